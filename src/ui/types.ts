// What the screen needs from the composition root: read-only signals to show and actions to call.
import type { ReadonlySignal } from '@preact/signals';
import type { KeptTrack, ModelName, PoseFrame, TaskDefinition, TaskResultBase } from '../analysis/index.ts';
import type { ModelChoice } from '../pose/index.ts';

export type SourceKind = 'idle' | 'camera' | 'file';

export interface Notice {
  readonly kind: 'error' | 'info';
  readonly text: string;
}

/** The latest analysed frame and the picture to draw under it (null: draw only the skeleton over the live video). */
export interface ShownFrame {
  readonly frame: PoseFrame;
  readonly width: number;
  readonly height: number;
  readonly picture: CanvasImageSource | null;
}

/** What the pose run (camera or video file through the pose model) shows. */
export interface PoseRunView {
  /** Backend in use and why, e.g. "wasm: WebAssembly (no graphics card for WebGL)"; null while starting. */
  readonly backend: ReadonlySignal<string | null>;
  /** The model picked. */
  readonly model: ReadonlySignal<ModelChoice>;
  /** The model loaded and running (null while loading). */
  readonly modelInUse: ReadonlySignal<ModelName | null>;
  /** A sentence while something slow happens (loading the model), else null. */
  readonly busy: ReadonlySignal<string | null>;
  readonly source: ReadonlySignal<SourceKind>;
  readonly mirrored: ReadonlySignal<boolean>;
  /** Analysed frames per second (live) or frames per second of analysis (file). */
  readonly fps: ReadonlySignal<number>;
  /** Camera frames not analysed because the pose model was busy with a newer one (live only; 0 for a file). */
  readonly dropped: ReadonlySignal<number>;
  readonly shown: ReadonlySignal<ShownFrame | null>;
  readonly progress: ReadonlySignal<{ readonly done: number; readonly total: number } | null>;
  /** Frames analysed since the source started, and how many of them had a person. */
  readonly counts: ReadonlySignal<{ readonly frames: number; readonly withPerson: number }>;
  /** How the video file's frames are read (WebCodecs, or the browser's player where WebCodecs cannot); null before a file. */
  readonly videoReader: ReadonlySignal<string | null>;
  readonly notice: ReadonlySignal<Notice | null>;
  /** The last video file analysed in full, ready to save (kept compactly); null before any. */
  readonly track: ReadonlySignal<KeptTrack | null>;
}

/** What the person can do with the pose run. */
export interface PoseRunActions {
  setModel(model: ModelChoice): void;
  startCamera(video: HTMLVideoElement): void;
  stop(): void;
  openFile(file: File): void;
  /** Downloads the last analysed video as a springboard track file (the CLI reads it: npm run analyze). */
  saveTrack(): void;
}

/** The running set, as the big counter shows it. */
export interface TaskLive {
  /** progress().count and its unit ("jumps", "s held"); the status says what the engine sees now. */
  readonly count: number;
  readonly unit: string;
  readonly status: string;
  /** A word of praise after the last counted item; null before the first. */
  readonly praise: string | null;
  /** The last event's sentence, e.g. "Jump 3". */
  readonly lastEvent: string | null;
  /** The newest rep's criteria marks (therapist feedback); absent before the first rep or for ungraded tasks. */
  readonly marks?: readonly LiveMark[];
}

/** One criterion of the newest rep, as the live set shows it to a therapist. */
export interface LiveMark {
  readonly label: string;
  readonly mark: 'met' | 'not-met' | 'not-scorable';
}

/** A finished set: its result (null when too short to analyse) and a sentence on whether it was saved. */
export interface TaskOutcome {
  readonly task: TaskDefinition;
  readonly result: TaskResultBase | null;
  readonly saved: string;
  readonly sessionId?: string;
}

/** The screen mode of this device: therapist (criteria marks, protocol, corrections) or family (counter, stars). */
export type Mode = 'family' | 'therapist';

export interface ModeStore {
  readonly mode: ReadonlySignal<Mode>;
  setMode(mode: Mode): void;
}
