// Composition root: picks the pose backend and model source, builds the pose run, the router and the mode, and
// renders the screens; the one top-level error handler turns anything unexpected into a sentence on screen.
import { h, render } from 'preact';
import { computed, signal } from '@preact/signals';
import { registerSW } from 'virtual:pwa-register';
import { findTask, TASKS, type TaskDefinition } from '../analysis/index.ts';
import { RecordsDb } from '../records/index.ts';
import { App, createHashRouter, UpdateBanner, type LiveSetModel, type ScreenParts, type PoseRunActions } from '../ui/index.ts';
import '../ui/app.css';
import { installBenchHook } from './bench-hook.ts';
import { sentenceOf } from './errors.ts';
import { createModeStore } from './mode-store.ts';
import { createProgressActions } from './progress-store.ts';
import { createRecordsStore } from './records-store.ts';
import { createInterrupted, createReviewActions } from './review-store.ts';
import { browserPoseRunDeps, createPoseRun } from './pose-run.ts';
import { createTaskRunner } from './task-run.ts';
import { createUpdatePrompt } from './update-prompt.ts';
import { browserCueOptions, createCues, type Cues } from './set/cues.ts';
import { createSetController } from './set/set-controller.ts';

const params = new URLSearchParams(location.search);
const backendParam = params.get('backend');
// ?backend=webgl|webgpu|wasm|cpu forces a backend (diagnosis, benches); otherwise the app chooses (pose/backend.ts).
const preferBackend = backendParam === 'webgl' || backendParam === 'webgpu' || backendParam === 'wasm' || backendParam === 'cpu' ? backendParam : undefined;
const modelBase = `${import.meta.env.BASE_URL}models/`;
const root = document.getElementById('app');
/** localStorage keys of the picked task and the mute toggle (preferences only; the records stay in IndexedDB). */
const TASK_KEY = 'springboard.task';
const MUTED_KEY = 'springboard.muted';
const SPOKEN_KEY = 'springboard.spoken';

/** Browsers allow sound only after a click: starting the camera or opening a file unlocks it. */
function withSound(actions: PoseRunActions, beeper: Cues): PoseRunActions {
  const unlock = () => { const why = beeper.unlock(); if (why) console.warn(why); };
  return {
    ...actions,
    startCamera: (video) => { unlock(); actions.startCamera(video); },
    openFile: (file) => { unlock(); actions.openFile(file); },
  };
}

function showFatal(error: unknown): void {
  const text = sentenceOf(error);
  if (root) root.innerHTML = '';
  const p = document.createElement('p');
  p.setAttribute('role', 'alert');
  p.className = 'notice error';
  p.textContent = text;
  (root ?? document.body).append(p);
}

try {
  if (!root) throw new Error('The page is missing its #app element');
  if (params.has('bench')) {
    installBenchHook(modelBase, preferBackend);
    root.textContent = 'Bench mode: waiting for the benchmark runner.';
  } else {
    // The pose run is created below; errors before that (none expected) go to the console and the fatal handler.
    let report: (error: unknown) => void = (error) => { throw error; };
    const onError = (error: unknown) => { console.error(error); report(error); };
    const records = createRecordsStore(new RecordsDb(), onError);
    const task = signal<TaskDefinition>(findTask(localStorage.getItem(TASK_KEY) ?? '') ?? TASKS[0]!);
    const muted = signal(localStorage.getItem(MUTED_KEY) === 'true');
    const spoken = signal(localStorage.getItem(SPOKEN_KEY) === 'true');
    const beeper = createCues(browserCueOptions(() => muted.value, () => spoken.value));
    const interrupted = createInterrupted(records.db);
    const runner = createTaskRunner({ db: records.db, task, child: records.pickedChild, beeper, muted, report: onError });
    const set = createSetController({
      runner: runner.sink, lastResult: () => runner.outcome.value?.result ?? null,
      clock: { after: (ms, fn) => { const id = setTimeout(fn, ms); return () => clearTimeout(id); } },
      cue: (what, n) => beeper.play(what, n),
    });
    const setMuted = (value: boolean) => { muted.value = value; localStorage.setItem(MUTED_KEY, String(value)); };
    const live: LiveSetModel = {
      view: set.view, actions: set.actions, live: runner.live, outcome: runner.outcome, muted, spoken, setMuted,
      setSpoken(value) { spoken.value = value; localStorage.setItem(SPOKEN_KEY, String(value)); },
      unlockSound() { const why = beeper.unlock(); if (why) console.warn(why); },
    };
    const poseRun = createPoseRun({ preferBackend, sink: set.sink }, browserPoseRunDeps(modelBase));
    report = poseRun.report;
    window.addEventListener('error', (e) => onError(e.error ?? e.message));
    window.addEventListener('unhandledrejection', (e) => onError(e.reason));
    const parts: ScreenParts = {
      tasks: { tasks: TASKS, task, live: runner.live, outcome: runner.outcome, muted },
      taskActions: {
        pickTask(id) { const t = findTask(id); if (t) { task.value = t; localStorage.setItem(TASK_KEY, id); } },
        setMuted,
      },
      records: records.view,
      recordsActions: records.actions,
      review: createReviewActions(records.db),
      interrupted: interrupted.view,
      interruptedActions: interrupted.actions,
      progress: createProgressActions(records.db),
      live,
    };
    const nav = createHashRouter();
    const modes = createModeStore();
    render(h(App, { view: poseRun.view, actions: withSound(poseRun.actions, beeper), parts, nav, modes }), root);
    // Offline install: the service worker exists in the build only (vite-plugin-pwa); a new version waits for idle.
    const idle = computed(() => poseRun.view.source.value === 'idle');
    const update = createUpdatePrompt(registerSW, idle, () => { location.reload(); }, onError);
    const updateRoot = document.getElementById('update');
    if (updateRoot) render(h(UpdateBanner, { prompt: update }), updateRoot);
  }
} catch (error) {
  console.error(error);
  showFatal(error);
}
