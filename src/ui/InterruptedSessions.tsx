// Sessions a closed tab or a crash left unfinished: one calm line each, offering to keep what was saved or delete it.
import type { SessionRow } from '../records/index.ts';
import { formatTime } from './GradeCorrection.tsx';
import { mainNumberOf } from './screens/SessionList.tsx';
import type { InterruptedActions, InterruptedView } from './review-types.ts';

/** "Jumping jacks with Mia on 3 May 2025, 10:02 stopped before the end; saved so far: 5 jumping jacks." */
export function interruptedLine(session: SessionRow, title: string, nickname: string | undefined): string {
  // The task's own headline of what was autosaved ("5 jumping jacks", "longest hold 6.2 s"), not a count of "items".
  const saved = session.itemCount === 0 ? 'nothing was saved yet' : `saved so far: ${mainNumberOf(session)}`;
  return `${title}${nickname ? ` with ${nickname}` : ''} on ${formatTime(session.startedAtMs)} stopped before the end; ${saved}.`;
}

export function InterruptedSessions({ view, actions, titleOf, nicknameOf }: {
  view: InterruptedView; actions: InterruptedActions; titleOf: (task: string) => string; nicknameOf: (childId: string) => string | undefined;
}) {
  const sessions = view.sessions.value;
  const message = view.message.value;
  if (sessions.length === 0 && !message) return null;
  return (
    <section class="interrupted" aria-label="Interrupted sessions">
      {sessions.map((s) => (
        <p key={s.id} data-testid="interrupted-session">
          {interruptedLine(s, titleOf(s.task), nicknameOf(s.childId))}{' '}
          <button type="button" class="secondary small" onClick={() => actions.keep(s)}>Keep what was saved</button>{' '}
          <button type="button" class="secondary small" onClick={() => actions.discard(s)}>Delete it</button>
        </p>
      ))}
      {message && <p class={`notice ${message.kind}`} role={message.kind === 'error' ? 'alert' : 'status'}>{message.text}</p>}
    </section>
  );
}
