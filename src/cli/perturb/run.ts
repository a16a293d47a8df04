// Makes one perturbed copy of a clip with ffmpeg in a temporary folder and turns it into a keypoint track with the
// Node pose pipeline (the same path as npm run analyze). Tracks are cached beside the video, so that a table can be
// re-judged with a changed engine without running the pose model again.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Track } from '../../analysis/index.ts';
import type { PoseEstimator } from '../../pose/estimator.ts';
import { findFfmpeg } from '../ffmpeg.ts';
import { extractTrack, readTrackFile } from '../track-from-file.ts';
import type { ClipGeometry, Perturbation } from './perturbations.ts';

/** Width, height and frame count of a clip (frames counted by decoding: some clips vary their rate). */
export function clipGeometry(file: string): ClipGeometry {
  const res = spawnSync(findFfmpeg().path, ['-hide_banner', '-nostdin', '-i', file, '-map', '0:v:0', '-f', 'null', '-'], { encoding: 'utf8' });
  const text = res.stderr ?? '';
  const size = /Video: .*?, (\d{2,5})x(\d{2,5})/.exec(text);
  const frames = [...text.matchAll(/frame=\s*(\d+)/g)].pop();
  if (!size || !frames) throw new Error(`ffmpeg could not read the size of ${file}.`);
  return { width: Number(size[1]), height: Number(size[2]), frames: Number(frames[1]) };
}

/** The perturbed copy of clipFile in dir (made once). */
export function perturbClip(clipFile: string, p: Perturbation, g: ClipGeometry, dir: string, stem: string): string {
  const out = join(dir, `${stem}.${p.id}.mp4`);
  if (existsSync(out)) return out;
  const spec = p.build(g);
  const filter = spec.complex !== undefined ? ['-filter_complex', spec.complex] : ['-vf', spec.vf ?? 'null'];
  const encode = ['-an', '-c:v', 'libx264', '-preset', 'veryfast', '-pix_fmt', 'yuv420p', '-crf', '18', ...(spec.output ?? [])];
  execFileSync(findFfmpeg().path, ['-hide_banner', '-nostdin', '-loglevel', 'error', '-y', '-i', clipFile, ...filter, ...encode, out],
    { stdio: ['ignore', 'ignore', 'pipe'] });
  return out;
}

/** The track of a perturbed video, from the cache when it was extracted before. */
export async function trackOf(video: string, estimator: PoseEstimator | undefined): Promise<Track> {
  const cached = `${video}.track.json`;
  if (existsSync(cached)) return readTrackFile(cached);
  if (estimator === undefined) throw new Error(`no cached track for ${video}, and no pose model to make one.`);
  const { track } = await extractTrack(video, { estimator });
  writeFileSync(cached, JSON.stringify(track));
  return track;
}

export const readJson = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));
