// The app's screens by address (hash routes): children, a child, a task's set-up, the live set, the result, a saved
// session, the recorded-video screen, progress and settings. The route's child and task become the picked ones, so
// a set always has a child (or Guest). On every new screen the view starts at the top with its heading focused.
import { useEffect, useState } from 'preact/hooks';
import type { ReadonlySignal } from '@preact/signals';
import { findTask, type TaskDefinition } from '../analysis/index.ts';
import { ProgressScreen } from './progress/ProgressScreen.tsx';
import type { ProgressActions } from './progress/types.ts';
import type { RecordsActions, RecordsView, TaskActions, TaskView } from './records-types.ts';
import type { InterruptedActions, InterruptedView, ReviewActions } from './review-types.ts';
import type { Route } from './router.ts';
import { ChildForm } from './screens/ChildForm.tsx';
import { ChildrenScreen } from './screens/ChildrenScreen.tsx';
import { ChildScreen } from './screens/ChildScreen.tsx';
import { Status } from './screens/pose-parts.tsx';
import { LiveSet } from './set/LiveSet.tsx';
import type { LiveSetModel } from './set/types.ts';
import { ResultScreen, SessionScreen } from './screens/ResultScreen.tsx';
import { SettingsScreen } from './screens/SettingsScreen.tsx';
import { SetupScreen } from './screens/SetupScreen.tsx';
import { Shell } from './screens/Shell.tsx';
import { VideoScreen } from './screens/VideoScreen.tsx';
import type { ModeStore, PoseRunActions, PoseRunView } from './types.ts';

/** The task and records sides of the app (the composition root builds them). */
export interface ScreenParts {
  readonly tasks: TaskView;
  readonly taskActions: TaskActions;
  readonly records: RecordsView;
  readonly recordsActions: RecordsActions;
  /** Following and correcting a saved session's grades. */
  readonly review: ReviewActions;
  readonly interrupted: InterruptedView;
  readonly interruptedActions: InterruptedActions;
  /** A child's progress charts and review report. */
  readonly progress: ProgressActions;
  /** The live set (camera, setup check, protocol, cues). */
  readonly live: LiveSetModel;
}

export interface Navigation {
  readonly route: ReadonlySignal<Route>;
  go(route: Route, options?: { readonly replace?: boolean }): void;
}

export interface AppProps {
  readonly view: PoseRunView;
  readonly actions: PoseRunActions;
  readonly parts: ScreenParts;
  readonly nav: Navigation;
  readonly modes: ModeStore;
}

const childOf = (route: Route): string | null => ('childId' in route ? route.childId : null);
const taskOf = (route: Route): string | null => ('taskId' in route ? route.taskId : null);

/** The route's child and task become the picked ones; a new screen starts at the top with its heading focused. */
function useRouteEffects({ nav, parts }: AppProps, route: Route) {
  const childId = childOf(route);
  const taskId = taskOf(route);
  useEffect(() => {
    if (childId && parts.records.childId.peek() !== childId && parts.records.children.value.some((c) => c.id === childId)) parts.recordsActions.pickChild(childId);
  }, [childId, parts, parts.records.children.value]);
  useEffect(() => { if (taskId) parts.taskActions.pickTask(taskId); }, [taskId, parts]);
  useEffect(() => {
    parts.recordsActions.clearMessage();
    window.scrollTo(0, 0);
    document.querySelector<HTMLElement>('main h1[tabindex="-1"]')?.focus({ preventScroll: true });
  }, [nav.route.value, parts.recordsActions]);
}

function Screen(props: AppProps & { route: Route }) {
  const { view, actions, parts, nav, modes, route } = props;
  const mode = modes.mode.value;
  const tasks = parts.tasks.tasks;
  const titleOf = (id: string) => tasks.find((t) => t.id === id)?.title ?? id;
  const childById = (id: string) => parts.records.children.value.find((c) => c.id === id);
  const [showAll, setShowAll] = useState(false);
  const go: Navigation['go'] = (to, options) => nav.go(to, options);
  const shared = { records: parts.records, recordsActions: parts.recordsActions, review: parts.review, mode, go };
  switch (route.name) {
    case 'children':
      return <ChildrenScreen records={parts.records} recordsActions={parts.recordsActions} interrupted={parts.interrupted}
        interruptedActions={parts.interruptedActions} titleOf={titleOf} go={go} />;
    case 'add-child':
      return <ChildForm child={null} records={parts.records} actions={parts.recordsActions} go={go} />;
    case 'edit-child': {
      const child = childById(route.childId);
      return child ? <ChildForm key={child.id} child={child} records={parts.records} actions={parts.recordsActions} go={go} /> : <NotFound />;
    }
    case 'child':
      return <ChildScreen childId={route.childId} records={parts.records} tasks={tasks} mode={mode} showAll={showAll} onShowAll={() => setShowAll(true)} />;
    case 'progress': {
      const child = childById(route.childId);
      return child
        ? <ProgressScreen key={`${child.id}/${route.view}`} target={{ child, view: route.view }} tasks={tasks} actions={parts.progress}
          onClose={() => nav.go({ name: 'child', childId: child.id })} />
        : <NotFound />;
    }
    case 'setup':
      return <SetupScreen childId={route.childId} task={findTask(route.taskId)} nickname={childById(route.childId)?.nickname} />;
    case 'result':
      return <ResultScreen {...shared} outcome={parts.tasks.outcome.value} childId={parts.records.childId.value} />;
    case 'session':
      return <SessionScreen key={route.sessionId} {...shared} sessionId={route.sessionId} tasks={tasks} />;
    case 'video':
      return <VideoScreen {...shared} view={view} actions={actions} tasks={parts.tasks} taskActions={parts.taskActions} />;
    case 'settings':
      return <SettingsScreen view={view} actions={actions} modes={modes} tasks={parts.tasks} taskActions={parts.taskActions} />;
    case 'live':
    case 'not-found':
      return <NotFound />;
  }
}

function NotFound() {
  return <section class="card"><h1 tabIndex={-1}>Nothing is at this address</h1><p><a href="#/">Go to the children</a>.</p></section>;
}

function LiveRoute(props: AppProps & { childId: string; task: TaskDefinition | undefined }) {
  const { parts, nav, childId, task } = props;
  const child = parts.records.children.value.find((c) => c.id === childId);
  // Until the route's child and task are the picked ones, the set would count for someone else: wait.
  if (!child || !task || parts.records.childId.value !== childId || parts.tasks.task.value.id !== task.id) {
    return <Shell modes={props.modes}><section class="card"><h1 tabIndex={-1}>Getting the set ready…</h1>
      {!child && <p>This child is not on this device. <a href="#/">Pick a child</a>.</p>}</section></Shell>;
  }
  return (
    <>
      <LiveSet mode={props.modes.mode.value} child={child} task={task} sounds={!parts.tasks.muted.value} poseRun={props.view}
        poseActions={props.actions} model={parts.live}
        onLeave={(how) => nav.go(how === 'done' ? { name: 'result' } : { name: 'setup', childId, taskId: task.id }, { replace: true })} />
      {/* What runs the model and how fast, out of the way: one small line to open. */}
      <details class="live-status"><summary>Model</summary><Status view={props.view} /></details>
    </>
  );
}

export function App(props: AppProps) {
  const route = props.nav.route.value;
  useRouteEffects(props, route);
  if (route.name === 'live') return <LiveRoute {...props} childId={route.childId} task={findTask(route.taskId)} />;
  return <Shell modes={props.modes}><Screen {...props} route={route} /></Shell>;
}
