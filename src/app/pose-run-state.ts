// What a pose run shows while a source runs (frame counts, "no one in view", speed, the frame drawn, progress) and
// the gate that opens and closes one set on the frame sink. Shared by the camera and the video-file controllers.
import { signal } from '@preact/signals';
import type { KeptTrack, PoseFrame } from '../analysis/index.ts';
import type { Notice, ShownFrame, SourceKind } from '../ui/index.ts';
import type { FrameSink } from './task-run.ts';

/**
 * Consecutive frames without a person before "no one in view" is shown. Source: chosen for the ~15-30 fps measured
 * live in Chromium; reason: about half a second, so a single missed frame (motion blur) does not flash a message.
 */
export const NO_PERSON_FRAMES = 10;
export const NO_PERSON_TEXT = 'No one is in view. Step back so the whole body, head to feet, is in the picture.';

export type PoseRunState = ReturnType<typeof createPoseRunState>;

/** `backendLabel` says what runs the model, for the set's record. */
export function createPoseRunState(sink: FrameSink | undefined, backendLabel: () => string) {
  const source = signal<SourceKind>('idle');
  const mirrored = signal(false);
  const fps = signal(0);
  const dropped = signal(0);
  const shown = signal<ShownFrame | null>(null);
  const progress = signal<{ done: number; total: number } | null>(null);
  const counts = signal({ frames: 0, withPerson: 0 });
  const notice = signal<Notice | null>(null);
  const track = signal<KeptTrack | null>(null);
  /** How the last video file's frames were read (VIDEO_SOURCE_LINES), null before any. */
  const videoReader = signal<string | null>(null);
  let emptyRun = 0;
  /** True between the sink's begin and end: one set per camera run or video file. */
  let setOpen = false;

  /** One analysed frame counted and passed to the set, the frame on screen left as it is (no picture was drawn). */
  const countFrame = (frame: PoseFrame, width: number, height: number): void => {
    const person = frame.keypoints !== null;
    counts.value = { frames: counts.value.frames + 1, withPerson: counts.value.withPerson + (person ? 1 : 0) };
    emptyRun = person ? 0 : emptyRun + 1;
    if (emptyRun >= NO_PERSON_FRAMES && notice.value === null) notice.value = { kind: 'info', text: NO_PERSON_TEXT };
    if (person && notice.value?.text === NO_PERSON_TEXT) notice.value = null;
    sink?.frame(frame, width, height);
  };

  return {
    source, mirrored, fps, dropped, shown, progress, counts, notice, track, videoReader,
    get setOpen() { return setOpen; },
    beginSet(kind: 'live' | 'file', fileName: string | null, model: string): void {
      setOpen = true;
      sink?.begin({ source: kind, fileName, model, backend: backendLabel() });
    },
    endSet(how: 'complete' | 'cancelled'): void {
      if (!setOpen) return;
      setOpen = false;
      sink?.end(how);
    },
    /** One analysed frame: counted, shown, and passed to the set. */
    showFrame(frame: PoseFrame, width: number, height: number, picture: CanvasImageSource | null): void {
      countFrame(frame, width, height);
      shown.value = { frame, width, height, picture };
    },
    countFrame,
    resetCounts(): void {
      counts.value = { frames: 0, withPerson: 0 };
      emptyRun = 0;
      fps.value = 0;
      dropped.value = 0;
      shown.value = null;
    },
  };
}
