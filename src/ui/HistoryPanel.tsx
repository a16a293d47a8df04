// History: the picked child's sessions, newest first, with the main number of each (count, longest hold or cycles);
// storage status, and backup / CSV export and backup import (checked, planned and confirmed before anything changes).
import { useState } from 'preact/hooks';
import { headlineOf, isSummaryOf, isTaskId, type TaskDefinition } from '../analysis/index.ts';
import type { SessionRow } from '../records/index.ts';
import type { RecordsActions, RecordsView } from './records-types.ts';
import type { ReviewActions } from './review-types.ts';
import { SavedSessionView } from './SavedSession.tsx';

/** The session's main number, read from its stored summary (the engine's result without its item arrays). */
/** The session's headline, as its task's definition reads it off the stored summary. */
export function mainNumberOf(session: SessionRow): string {
  const { task, summary } = session;
  if (isTaskId(task) && isSummaryOf(task, summary)) return headlineOf(task, summary).text;
  return `${session.itemCount} items`;
}

function HistoryRow({ session, title, onOpen }: { session: SessionRow; title: string; onOpen: () => void }) {
  const when = new Date(session.startedAtMs).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <tr data-testid="history-row" data-task={session.task} data-status={session.status}>
      <td>{when}</td>
      <td>{title}</td>
      <td>{mainNumberOf(session)}</td>
      <td>{session.source === 'file' ? `video ${session.fileName ?? ''}` : 'camera'}</td>
      <td>{session.status === 'complete' ? 'finished' : 'interrupted'}</td>
      <td><button type="button" class="secondary small" aria-label={`Open the session of ${when}`} onClick={onOpen}>Open</button></td>
    </tr>
  );
}

function ImportPlan({ view, actions }: { view: RecordsView; actions: RecordsActions }) {
  const plan = view.importPlan.value;
  if (!plan) return null;
  return (
    <div class="notice info" role="dialog" aria-label="Import a backup">
      <p>{plan.fileName}: {plan.summary}</p>
      <button type="button" onClick={() => actions.confirmImport()}>Import it</button>{' '}
      <button type="button" class="secondary" onClick={() => actions.cancelImport()}>Do not import</button>
    </div>
  );
}

export function HistoryPanel({ view, actions, tasks, review, onOpenProgress }: {
  view: RecordsView; actions: RecordsActions; tasks: readonly TaskDefinition[]; review: ReviewActions;
  onOpenProgress?: (view: 'progress' | 'report') => void;
}) {
  const [openId, setOpenId] = useState<string | null>(null);
  const sessions = view.history.value;
  const message = view.message.value;
  const titleOf = (id: string) => tasks.find((t) => t.id === id)?.title ?? id;
  return (
    <section class="history" aria-labelledby="history-title">
      <h2 id="history-title">History</h2>
      {message && <p class={`notice ${message.kind}`} role={message.kind === 'error' ? 'alert' : 'status'} data-testid="records-message">{message.text}</p>}
      {sessions.length === 0
        ? <p>No sessions yet. Finished sets appear here by themselves.</p>
        : (
          <div class="table-wrap">
            <table>
              <thead><tr><th scope="col">Date</th><th scope="col">Task</th><th scope="col">Result</th><th scope="col">From</th><th scope="col">State</th><th scope="col"><span class="visually-hidden">Open</span></th></tr></thead>
              <tbody>{sessions.map((s) => <HistoryRow key={s.id} session={s} title={titleOf(s.task)} onOpen={() => setOpenId(s.id)} />)}</tbody>
            </table>
          </div>
        )}
      {openId && <SavedSessionView key={openId} sessionId={openId} tasks={tasks} review={review} onClose={() => setOpenId(null)} />}
      <div class="controls">
        {onOpenProgress && sessions.length > 0 && <>
          <button type="button" class="secondary" data-testid="history-progress" onClick={() => onOpenProgress('progress')}>Progress charts</button>
          <button type="button" class="secondary" data-testid="history-report" onClick={() => onOpenProgress('report')}>Review report</button>
        </>}
        <button type="button" class="secondary" onClick={() => actions.exportBackup()}>Export a backup</button>
        <label class="button secondary">
          Import a backup
          <input type="file" accept="application/json,.json" data-testid="backup-input" onChange={(e) => {
            const input = e.currentTarget;
            const file = input.files?.[0];
            input.value = '';
            if (file) actions.chooseImport(file);
          }} />
        </label>
        <button type="button" class="secondary" onClick={() => actions.exportCsv()}>Export CSV</button>
      </div>
      <ImportPlan view={view} actions={actions} />
      {view.storage.value && <p class="storage" data-testid="storage">{view.storage.value}</p>}
    </section>
  );
}
