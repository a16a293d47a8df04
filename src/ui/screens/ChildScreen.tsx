// One child: start a task (a big tile each), personal bests, the recent sessions (History), progress charts and the
// review report, and the profile. A task tile leads to its set-up screen; nothing starts without this child.
import type { TaskDefinition } from '../../analysis/index.ts';
import { formatTime } from '../GradeCorrection.tsx';
import { hrefOf } from '../router.ts';
import type { RecordsView } from '../records-types.ts';
import type { Mode } from '../types.ts';
import { personalBests } from './bests.ts';
import { CAMERA_SETUP } from './camera-setup.ts';
import { RecordsMessage } from './RecordsTools.tsx';
import { SessionList } from './SessionList.tsx';
import { isTaskId } from '../../analysis/index.ts';

/** Sessions listed on the child's screen before "show all". */
const RECENT_SESSIONS = 8;

function TaskTiles({ childId, tasks }: { childId: string; tasks: readonly TaskDefinition[] }) {
  return (
    <ul class="task-tiles">
      {tasks.map((t) => (
        <li key={t.id}>
          <a class="task-tile" data-testid={`task-${t.id}`} href={hrefOf({ name: 'setup', childId, taskId: t.id })}>
            <span class="tile-title">{t.title}</span>
            {isTaskId(t.id) && <span class="tile-view">{CAMERA_SETUP[t.id].view} view</span>}
          </a>
        </li>
      ))}
    </ul>
  );
}

export function ChildScreen({ childId, records, tasks, mode, showAll, onShowAll }: {
  childId: string; records: RecordsView; tasks: readonly TaskDefinition[]; mode: Mode; showAll: boolean; onShowAll: () => void;
}) {
  const child = records.children.value.find((c) => c.id === childId);
  if (!child) {
    return (
      <section class="card">
        <h1 tabIndex={-1}>This child is not on this device</h1>
        <p>The profile may have been deleted, or this address comes from another device. <a href={hrefOf({ name: 'children' })}>Pick a child</a>.</p>
      </section>
    );
  }
  // The history follows the picked child; until the pick reaches it, the list belongs to someone else.
  const sessions = records.childId.value === childId ? records.history.value : [];
  const bests = personalBests(sessions, tasks);
  const titleOf = (id: string) => tasks.find((t) => t.id === id)?.title ?? id;
  return (
    <>
      <section class="card" aria-labelledby="child-title">
        <h1 id="child-title" tabIndex={-1}>{child.nickname}</h1>
        <RecordsMessage view={records} />
        <h2>Start a task</h2>
        <TaskTiles childId={childId} tasks={tasks} />
        <div class="controls">
          <a class="button secondary" href={hrefOf({ name: 'video' })} data-testid="open-video">Analyse a recorded video</a>
          <a class="button secondary" href={hrefOf({ name: 'edit-child', childId })}>Edit the profile</a>
        </div>
      </section>
      {bests.length > 0 && (
        <section class="card" aria-labelledby="bests-title">
          <h2 id="bests-title">{mode === 'family' ? '★ ' : ''}Personal bests</h2>
          <ul class="bests">
            {bests.map((b) => <li key={b.taskId}><span>{b.title}</span> <strong>{b.text}</strong> <span class="when">{formatTime(b.startedAtMs)}</span></li>)}
          </ul>
        </section>
      )}
      <section class="card history" aria-labelledby="history-title">
        <h2 id="history-title">History</h2>
        <SessionList sessions={sessions} titleOf={titleOf} limit={showAll ? undefined : RECENT_SESSIONS} />
        <div class="controls">
          {!showAll && sessions.length > RECENT_SESSIONS && <button type="button" class="secondary" onClick={onShowAll}>Show all {sessions.length} sessions</button>}
          {sessions.length > 0 && <>
            <a class="button secondary" data-testid="open-progress" href={hrefOf({ name: 'progress', childId, view: 'progress' })}>Progress charts</a>
            <a class="button secondary" data-testid="history-report" href={hrefOf({ name: 'progress', childId, view: 'report' })}>Review report</a>
          </>}
        </div>
      </section>
    </>
  );
}
