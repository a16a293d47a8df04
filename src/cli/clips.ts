// The real test clips beside the checkout (../shared/clips) and their hand-made labels. They are read in place, never
// copied into the project; where the folder is absent, callers skip with that reason.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CLIPS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'shared', 'clips');
export const FIXTURE_TRACKS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'tests', 'fixtures', 'tracks');

export interface ClipLabel {
  readonly file: string;
  readonly task: string;
  readonly view?: string;
  readonly expect: Readonly<Record<string, unknown>>;
  readonly truth: string;
  readonly source: string;
}

export const clipsAvailable = (): boolean => existsSync(join(CLIPS_DIR, 'labels.json'));

export function readLabels(): readonly ClipLabel[] {
  const raw = JSON.parse(readFileSync(join(CLIPS_DIR, 'labels.json'), 'utf8')) as { clips: ClipLabel[] };
  return raw.clips;
}

/** tests/fixtures/tracks/<folder>__<name>.<model>.track.json for a clip path such as "jumping-jacks/jj-white-wall.mp4". */
export function fixtureTrackPath(clipFile: string, model: 'lightning' | 'thunder' = 'lightning'): string {
  const name = clipFile.replace(/\.[^.]+$/, '').replace(/\//g, '__');
  return join(FIXTURE_TRACKS_DIR, `${name}.${model}.track.json`);
}
