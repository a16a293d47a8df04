// A child's sessions, newest first: one row each with the date, the task, its main number and where it came from;
// each opens the saved session's own screen. Rows wrap on a narrow screen instead of scrolling sideways.
import { headlineOf, isSummaryOf, isTaskId } from '../../analysis/index.ts';
import type { SessionRow } from '../../records/index.ts';
import { formatTime } from '../GradeCorrection.tsx';
import { hrefOf } from '../router.ts';

/** When this page was loaded: a session still recording that started since is the set running now, not an interrupted one. */
const PAGE_LOADED_MS = Date.now();

const stateText = (s: SessionRow) => {
  if (s.status === 'complete') return '';
  return s.startedAtMs >= PAGE_LOADED_MS ? ' · in progress' : ' · interrupted';
};

/** The session's headline, as its task's definition reads it off the stored summary. */
export function mainNumberOf(session: SessionRow): string {
  const { task, summary } = session;
  if (isTaskId(task) && isSummaryOf(task, summary)) return headlineOf(task, summary).text;
  return `${session.itemCount} items`;
}

export function SessionList({ sessions, titleOf, limit }: { sessions: readonly SessionRow[]; titleOf: (task: string) => string; limit?: number }) {
  if (sessions.length === 0) return <p>No sessions yet. Finished sets appear here by themselves.</p>;
  const shown = limit === undefined ? sessions : sessions.slice(0, limit);
  return (
    <ul class="session-list">
      {shown.map((s) => {
        const when = formatTime(s.startedAtMs);
        return (
          <li key={s.id} data-testid="history-row" data-task={s.task} data-status={s.status}>
            <span class="session-when">{when}</span>
            <span class="session-task">{titleOf(s.task)}</span>
            <strong class="session-number">{mainNumberOf(s)}</strong>
            <span class="session-from">{s.source === 'file' ? `video ${s.fileName ?? ''}` : 'camera'}{stateText(s)}</span>
            <a class="button secondary small" aria-label={`Open the session of ${when}`} href={hrefOf({ name: 'session', sessionId: s.id })}>Open</a>
          </li>
        );
      })}
    </ul>
  );
}
