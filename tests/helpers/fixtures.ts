// Golden-test helper: runs a task's batch path (the same code as live) on a clip's committed fixture track.
import { existsSync } from 'node:fs';
import { expect, it } from 'vitest';
import { analyzeFrames, type TaskDefinition, type TaskResultBase } from '../../src/analysis/index.ts';
import { fixtureTrackPath } from '../../src/cli/clips.ts';
import { readTrackFile } from '../../src/cli/track-from-file.ts';

export function analyzeFixture<R extends TaskResultBase>(
  task: TaskDefinition<R>, clipFile: string, model: 'lightning' | 'thunder' = 'lightning',
): R & { readonly frameCount: number } {
  const path = fixtureTrackPath(clipFile, model);
  if (!existsSync(path)) throw new Error(`fixture track ${path} is missing: run npm run fixtures -- ${clipFile}`);
  const track = readTrackFile(path);
  const result = analyzeFrames(task, { width: track.width, height: track.height, fps: track.fps }, track.frames);
  return { ...result, frameCount: track.frames.length };
}

/** A clip's labelled count and the tolerance the label allows. */
export interface GoldenCount {
  readonly file: string;
  readonly task: string;
  readonly count: number;
  readonly tolerance: number;
}

/** One test per clip: the count found is within the clip's tolerance of its label. */
export function itCountsEachClip<G extends GoldenCount>(goldens: readonly G[], countOf: (g: G) => number): void {
  for (const g of goldens) {
    it(`counts ${g.count}±${g.tolerance} ${g.task} reps in ${g.file}`, () => {
      expect(Math.abs(countOf(g) - g.count)).toBeLessThanOrEqual(g.tolerance);
    });
  }
}
