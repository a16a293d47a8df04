// The result of a set: the one just finished (live or from a video) or a saved session opened from History. The same
// screen for both paths; a Guest's session offers to move it to a child's History.
import { useState } from 'preact/hooks';
import type { TaskDefinition } from '../../analysis/index.ts';
import { GUEST_CHILD_ID, type ChildRow } from '../../records/index.ts';
import { GradedResult, SavedSessionView } from '../SavedSession.tsx';
import { hrefOf, type Route } from '../router.ts';
import type { RecordsActions, RecordsView } from '../records-types.ts';
import type { ReviewActions } from '../review-types.ts';
import type { Mode, TaskOutcome } from '../types.ts';
import { headlineValue } from '../ResultView.tsx';
import { RecordsMessage } from './RecordsTools.tsx';

/** Moves a Guest's session to a child: pick the child, then one button. */
export function GiveToChild({ sessionId, children, actions, go }: {
  sessionId: string; children: readonly ChildRow[]; actions: RecordsActions; go: (route: Route) => void;
}) {
  const others = children.filter((c) => c.id !== GUEST_CHILD_ID);
  const [to, setTo] = useState(others[0]?.id ?? '');
  if (others.length === 0) {
    return <p class="give-to-child">This set is kept under Guest. <a href={hrefOf({ name: 'add-child' })}>Add the child's profile</a>, then open this session from Guest's History to move it there.</p>;
  }
  return (
    <form class="give-to-child controls" data-testid="give-to-child" onSubmit={(e) => {
      e.preventDefault();
      void actions.moveSession(sessionId, to).then((moved) => { if (moved) go({ name: 'child', childId: to }); });
    }}>
      <label>This set is kept under Guest. Move it to{' '}
        <select data-testid="give-to-child-picker" value={to} onChange={(e) => setTo(e.currentTarget.value)}>
          {others.map((c) => <option key={c.id} value={c.id}>{c.nickname}</option>)}
        </select>
      </label>
      <button type="submit">Move to this child's History</button>
    </form>
  );
}

export interface ResultScreenProps {
  readonly outcome: TaskOutcome | null;
  readonly childId: string | null;
  readonly records: RecordsView;
  readonly recordsActions: RecordsActions;
  readonly review: ReviewActions;
  readonly mode: Mode;
  readonly go: (route: Route) => void;
}

/** The set just finished in this visit. */
export function ResultScreen(p: ResultScreenProps) {
  const { outcome, childId } = p;
  if (!outcome) {
    return <section class="card"><h1 tabIndex={-1}>No set has finished yet</h1><p><a href={hrefOf({ name: 'children' })}>Pick a child and a task</a> to start one.</p></section>;
  }
  const count = outcome.result ? headlineValue(outcome.result) : null;
  return (
    <section class="card" data-testid="set-summary" data-count={count ?? ''}>
      <GradedResult outcome={outcome} review={p.review} mode={p.mode} />
      <RecordsMessage view={p.records} />
      {outcome.sessionId && childId === GUEST_CHILD_ID && (
        <GiveToChild sessionId={outcome.sessionId} children={p.records.children.value} actions={p.recordsActions} go={p.go} />
      )}
      {childId && (
        <div class="controls">
          <a class="button" href={hrefOf({ name: 'setup', childId, taskId: outcome.task.id })}>Another set</a>
          <a class="button secondary" href={hrefOf({ name: 'child', childId })}>Back to {p.records.children.value.find((c) => c.id === childId)?.nickname ?? 'the child'}</a>
        </div>
      )}
    </section>
  );
}

/** A saved session opened from History. */
export function SessionScreen({ sessionId, tasks, ...p }: Omit<ResultScreenProps, 'outcome' | 'childId'> & { sessionId: string; tasks: readonly TaskDefinition[] }) {
  return (
    <section class="card">
      <SavedSessionView sessionId={sessionId} tasks={tasks} review={p.review} mode={p.mode} onClose={() => history.back()}
        extra={(session) => (
          <>
            <RecordsMessage view={p.records} />
            {session.childId === GUEST_CHILD_ID && <GiveToChild sessionId={sessionId} children={p.records.children.value} actions={p.recordsActions} go={p.go} />}
          </>
        )} />
    </section>
  );
}
