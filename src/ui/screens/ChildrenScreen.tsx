// Home: who is moving today? One big row per child (Guest last), a button to add a child, and "Guest" for a set
// before anyone has a profile. Sessions a closed tab left unfinished are offered back here first.
import { GUEST_CHILD_ID } from '../../records/index.ts';
import { InterruptedSessions } from '../InterruptedSessions.tsx';
import { hrefOf, type Route } from '../router.ts';
import type { RecordsActions, RecordsView } from '../records-types.ts';
import type { InterruptedActions, InterruptedView } from '../review-types.ts';
import { RecordsMessage, RecordsTools } from './RecordsTools.tsx';

export interface ChildrenScreenProps {
  readonly records: RecordsView;
  readonly recordsActions: RecordsActions;
  readonly interrupted: InterruptedView;
  readonly interruptedActions: InterruptedActions;
  readonly titleOf: (taskId: string) => string;
  readonly go: (route: Route) => void;
}

export function ChildrenScreen(p: ChildrenScreenProps) {
  const children = p.records.children.value;
  const people = [...children.filter((c) => c.id !== GUEST_CHILD_ID), ...children.filter((c) => c.id === GUEST_CHILD_ID)];
  return (
    <>
      <InterruptedSessions view={p.interrupted} actions={p.interruptedActions} titleOf={p.titleOf}
        nicknameOf={(id) => children.find((c) => c.id === id)?.nickname} />
      <section class="card" aria-labelledby="children-title">
        <h1 id="children-title" tabIndex={-1}>Who is moving today?</h1>
        <RecordsMessage view={p.records} />
        {people.length === 0 && <p>Add a child once so that sessions are kept in their History. Only a nickname is needed; it stays on this device.</p>}
        <ul class="child-list">
          {people.map((c) => (
            <li key={c.id}>
              <a class="child-row" data-testid="child-row" href={hrefOf({ name: 'child', childId: c.id })}>
                <span class="child-name">{c.nickname}</span>
                {c.id === GUEST_CHILD_ID && <span class="child-note">sessions waiting for a child</span>}
              </a>
            </li>
          ))}
        </ul>
        <div class="controls">
          <a class="button" data-testid="add-child" href={hrefOf({ name: 'add-child' })}>Add a child</a>
          {!children.some((c) => c.id === GUEST_CHILD_ID) && (
            <button type="button" class="secondary" data-testid="use-guest" onClick={() => {
              void p.recordsActions.useGuest().then((id) => { if (id) p.go({ name: 'child', childId: id }); });
            }}>Start as a guest</button>
          )}
        </div>
      </section>
      <RecordsTools view={p.records} actions={p.recordsActions} />
    </>
  );
}
