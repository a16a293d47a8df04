// One result per set: a live run (the app asks for the result so far after every counted event, to autosave it) must
// end with exactly the result of the same frames analysed in one batch, for every task on every fixture track.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE_TRACKS_DIR } from '../../cli/clips.ts';
import { readTrackFile } from '../../cli/track-from-file.ts';
import { TASKS, analyzeFrames } from '../index.ts';
import type { PoseFrame, SourceInfo } from '../types.ts';
import type { TaskDefinition, TaskResultBase } from './types.ts';

const TRACK_FILES = readdirSync(FIXTURE_TRACKS_DIR).filter((f) => f.endsWith('.track.json')).sort();

/** What src/app/task-run.ts does per frame: push, read progress, and read the result so far when something counted. */
function liveRun(task: TaskDefinition<TaskResultBase>, source: SourceInfo, frames: readonly PoseFrame[]) {
  const analyzer = task.create(source);
  let lastCount = 0;
  let reads = 0;
  for (const frame of frames) {
    const events = analyzer.push(frame);
    const { count } = analyzer.progress();
    if (events.length > 0 || count > lastCount) {
      const first = analyzer.snapshot();
      expect(analyzer.snapshot()).toEqual(first); // a read twice in a row reads the same
      reads++;
    }
    lastCount = count;
  }
  const result = analyzer.finish();
  expect(analyzer.finish()).toEqual(result); // ending twice gives the same final result
  return { result, reads };
}

describe('live result equals batch result', () => {
  it('finds the fixture tracks of both models', () => {
    expect(TRACK_FILES.filter((f) => f.includes('.lightning.')).length).toBeGreaterThan(10);
    expect(TRACK_FILES.filter((f) => f.includes('.thunder.')).length).toBe(TRACK_FILES.filter((f) => f.includes('.lightning.')).length);
  });

  for (const file of TRACK_FILES) {
    it(`every task on ${file}`, () => {
      const track = readTrackFile(join(FIXTURE_TRACKS_DIR, file));
      const source = { width: track.width, height: track.height, fps: track.fps };
      let reads = 0;
      for (const task of TASKS) {
        const live = liveRun(task, source, track.frames);
        reads += live.reads;
        expect({ task: task.id, result: live.result }).toEqual({ task: task.id, result: analyzeFrames(task, source, track.frames) });
      }
      // The live reads happened (a track with no event in any task would test nothing but the batch path twice).
      if (!file.startsWith('stills__')) expect(reads).toBeGreaterThan(0);
    });
  }
});
