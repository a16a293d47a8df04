// What the leave-one-clip-out eval reads of one labelled clip: its label, its fixture track's frames as the detectors
// see them (camera motion taken off, glitches dropped: the same chain TASK_TABLE puts in front of every task), and the
// result of the clip's own task with the shipped configuration (the reps whose values are evidence).
import { existsSync } from 'node:fs';
import { analyzeFrames, findTask, type PoseFrame, type SourceInfo, type TaskResult } from '../../analysis/index.ts';
import { motionFilterChain } from '../../analysis/filters/with-motion-filter.ts';
import { fixtureTrackPath, type ClipLabel } from '../clips.ts';
import { readTrackFile } from '../track-from-file.ts';

export type TrackModel = 'lightning' | 'thunder';

export interface ClipData {
  readonly label: ClipLabel;
  readonly model: TrackModel;
  readonly source: SourceInfo;
  /** The frames the detectors see (filtered), in time order: what the evidence is measured on. */
  readonly frames: readonly PoseFrame[];
  /** The track's own frames: what a task is given (the task table puts the same filters in front of it). */
  readonly rawFrames: readonly PoseFrame[];
  /** The clip's own task's result with the shipped configuration; undefined for a task the engine lacks. */
  readonly result: TaskResult | undefined;
}

/** The clip's data from its committed fixture track, or undefined when that track is absent. */
export function loadClipData(label: ClipLabel, model: TrackModel): ClipData | undefined {
  const path = fixtureTrackPath(label.file, model);
  if (!existsSync(path)) return undefined;
  const track = readTrackFile(path);
  const source: SourceInfo = { width: track.width, height: track.height, fps: track.fps };
  const chain = motionFilterChain(track.height);
  const frames = track.frames.map((f) => chain.apply(f));
  const task = findTask(label.task);
  const result = task === undefined ? undefined : analyzeFrames(task, source, track.frames);
  return { label, model, source, frames, rawFrames: track.frames, result };
}
