// One set of one task: every pose frame (live camera or video file, the same path) is pushed to the task's analyser;
// the big counter, the status line and the praise are published as signals, a beep marks each counted item, and the
// session is autosaved through the records layer after every event and completed with its track at the end.
import { signal, type ReadonlySignal } from '@preact/signals';
import type { PoseFrame, SourceInfo, TaskAnalyzer, TaskDefinition, TaskResultBase } from '../analysis/index.ts';
import { deleteSession, ENGINE_VERSION, startSession, type LiveSetRecord, type RecordsDb, type SessionAutosave, type SessionSource } from '../records/index.ts';
import type { TaskLive, TaskOutcome } from '../ui/index.ts';
import { praiseFor, type Beeper } from './cheer.ts';
import { lastItemMarks } from './set/marks.ts';

/**
 * Frame rate assumed when the first two frames share a timestamp (frames per second). Source: the webcams and phone
 * clips this app meets run at 30 fps; reason: the analysers only use it for a timing uncertainty of one frame.
 */
const FALLBACK_FPS = 30;

/**
 * Frames after which the set is autosaved even without a new event (frames). Source: 10 s at the 30 fps of webcams and
 * phone clips. Reason: the autosave holds its frames as plain keypoint arrays (~1.4 KB each) until the next save, so a
 * long stretch without a counted item (a long hold, a pause, a 10-minute video of something else) would keep them all;
 * one more write every 10 s (a ~25 KB chunk and the items row, ~10 ms) costs nothing a person notices.
 */
export const AUTOSAVE_EVERY_FRAMES = 300;

export interface RunStart {
  readonly source: SessionSource;
  readonly fileName: string | null;
  readonly model: string;
  readonly backend: string;
  /** How the live set saves this run (protocol step, setup override); absent: saved as a plain set. */
  readonly session?: SessionPlan;
}

/** The live set's word on one run: whether to save it (a practice trial is not), and its trial and setup override. */
export interface SessionPlan {
  readonly save: boolean;
  readonly live: LiveSetRecord | null;
}

/** What the session controller feeds: a run begins, frames arrive in time order, and the run ends. */
export interface FrameSink {
  begin(start: RunStart): void;
  frame(frame: PoseFrame, width: number, height: number): void;
  end(outcome: 'complete' | 'cancelled'): void;
}

export interface TaskRunDeps {
  readonly db: RecordsDb;
  readonly task: ReadonlySignal<TaskDefinition>;
  /** The child the session is saved for (null: nothing is saved), with the height to report cm. */
  readonly child: () => { readonly id: string; readonly heightCm: number | undefined } | null;
  readonly beeper: Beeper;
  readonly muted: ReadonlySignal<boolean>;
  readonly report: (error: unknown) => void;
}

interface Run {
  readonly start: RunStart;
  readonly task: TaskDefinition;
  readonly startedAtMs: number;
  readonly early: PoseFrame[];
  analyzer?: TaskAnalyzer;
  saver?: Promise<SessionAutosave | null>;
  lastCount: number;
  /** Frames pushed since the last autosave. */
  unsaved: number;
}

export function createTaskRunner(deps: TaskRunDeps) {
  const live = signal<TaskLive | null>(null);
  const outcome = signal<TaskOutcome | null>(null);
  let run: Run | undefined;

  const startSaving = (r: Run, source: SourceInfo): Promise<SessionAutosave | null> => {
    const child = deps.child();
    const plan = r.start.session;
    if (!child || plan?.save === false) return Promise.resolve(null);
    const info = {
      childId: child.id, task: r.task.id, protocol: 'default', settings: {}, startedAtMs: r.startedAtMs,
      ...(plan?.live ? { live: plan.live } : {}),
      source: r.start.source, fileName: r.start.fileName, model: r.start.model, backend: r.start.backend, engineVersion: ENGINE_VERSION,
    };
    const meta = { model: r.start.model, source: r.start.fileName ?? 'camera', width: source.width, height: source.height, fps: source.fps };
    return startSession(deps.db, info, meta);
  };

  /** The analyser starts at the second frame: the frame interval gives the nominal fps the analysers need. */
  const createAnalyzer = (r: Run, width: number, height: number): TaskAnalyzer => {
    const [a, b] = r.early;
    const intervalMs = (b?.tMs ?? 0) - (a?.tMs ?? 0);
    const fps = intervalMs > 0 ? Math.round(100_000 / intervalMs) / 100 : FALLBACK_FPS;
    const source: SourceInfo = { width, height, fps, childHeightCm: deps.child()?.heightCm };
    // A failed start is said once; the set still runs and shows its result, unsaved.
    r.saver = startSaving(r, source).catch((error: unknown) => { deps.report(error); return null; });
    return r.task.create(source);
  };

  const save = (r: Run, what: (s: SessionAutosave) => Promise<unknown>) => {
    void r.saver?.then((s) => (s ? what(s) : undefined)).catch(deps.report);
  };

  const push = (r: Run, analyzer: TaskAnalyzer, frame: PoseFrame) => {
    void r.saver?.then((s) => s?.addFrame(frame)).catch(deps.report); // addFrame only buffers: nothing to wait for
    const events = analyzer.push(frame);
    const progress = analyzer.progress();
    const counted = progress.count > r.lastCount;
    r.lastCount = progress.count;
    if (counted && !deps.muted.value) deps.beeper.beep();
    const praise = counted ? praiseFor(progress.count) : live.value?.praise ?? null;
    const marks = live.value?.marks;
    live.value = { ...progress, praise, lastEvent: events.at(-1)?.message ?? live.value?.lastEvent ?? null, ...(marks ? { marks } : {}) };
    r.unsaved++;
    if (events.length > 0 || counted || r.unsaved >= AUTOSAVE_EVERY_FRAMES) {
      r.unsaved = 0;
      const soFar = analyzer.snapshot();
      save(r, (s) => s.saveProgress(soFar));
      // The newest rep's marks, from the same report the result screen draws.
      if (counted) live.value = { ...live.value, marks: lastItemMarks(r.task.report(soFar)) };
    }
  };

  const finishRun = (r: Run): void => {
    const analyzer = r.analyzer;
    if (!analyzer) {
      outcome.value = { task: r.task, result: null, saved: 'The set was too short to analyse (fewer than two frames): start again and keep going a little longer.' };
      return;
    }
    const result: TaskResultBase = analyzer.finish();
    const saved = r.start.session?.save === false ? 'A practice trial: shown, not saved.'
      : deps.child() ? 'Saving this session…' : 'Not saved: add or pick a child above to keep sessions in History.';
    outcome.value = { task: r.task, result, saved };
    void r.saver?.then(async (s) => {
      if (!s) return;
      await s.finish(result);
      if (outcome.value?.result === result) outcome.value = { ...outcome.value, saved: 'Saved in History.', sessionId: s.sessionId };
    }).catch(deps.report);
  };

  const sink: FrameSink = {
    begin(start) {
      run = { start, task: deps.task.value, startedAtMs: Date.now(), early: [], lastCount: 0, unsaved: 0 };
      outcome.value = null;
      live.value = { count: 0, unit: '', status: 'Getting ready…', praise: null, lastEvent: null };
    },
    frame(frame, width, height) {
      const r = run;
      if (!r) return;
      if (!r.analyzer) {
        r.early.push(frame);
        if (r.early.length < 2) return;
        const analyzer = (r.analyzer = createAnalyzer(r, width, height));
        for (const f of r.early) push(r, analyzer, f);
        return;
      }
      push(r, r.analyzer, frame);
    },
    end(how) {
      const r = run;
      run = undefined;
      live.value = null;
      if (!r) return;
      if (how === 'complete') { finishRun(r); return; }
      // A cancelled set is not kept: its autosaved part is removed so that History holds only finished sets.
      void r.saver?.then((s) => (s ? deleteSession(deps.db, s.sessionId) : undefined)).catch(deps.report);
    },
  };

  return { sink, live: live as ReadonlySignal<TaskLive | null>, outcome: outcome as ReadonlySignal<TaskOutcome | null> };
}
