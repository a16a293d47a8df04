// The records benchmarks' scenarios, shared by Node (fake-indexeddb) and headless Chromium (real IndexedDB, through
// records-harness/): the same code measures both, so the two figures differ only by the IndexedDB underneath.
import { addChild, loadHistory, saveSession, type RecordsDb, type SessionRow } from '../../records/index.ts';
import {
  SYNTHETIC_TRACK_META, TEN_MINUTES_30FPS_FRAMES, syntheticFrames, syntheticJumpResult, syntheticSessionInfo,
} from '../../records/synthetic.ts';
import { chunkBytes } from '../../records/track-codec.ts';
import { chunksOf } from '../../records/sessions.ts';

/** Runs per figure; the median is reported. 5 (+1 warm-up) keeps the whole group under a minute on a shared 2-core machine. */
export const RECORDS_BENCH_RUNS = 5;
/** Reps in a 10-minute two-foot-jump session: one a second, the most a child sustains (issue 6). */
export const REPS_IN_10_MINUTES = 600;
/** Sessions in the history benchmark (issue 6), plus other children's sessions so that the index has to select. */
export const HISTORY_SESSIONS = 1000;
const OTHER_CHILDREN_SESSIONS = 500;

export interface SaveFigures { readonly runsMs: readonly number[]; readonly trackBytes: number }

/** Saves a 10-minute 30 fps session with its track and 600 reps, `runs` times after one warm-up (not reported). */
export async function measureSave10MinSession(db: RecordsDb, runs = RECORDS_BENCH_RUNS): Promise<SaveFigures> {
  const { id } = await addChild(db, { nickname: 'Bench', birthDate: '2019-04-23' });
  const frames = syntheticFrames(TEN_MINUTES_30FPS_FRAMES);
  const result = syntheticJumpResult(REPS_IN_10_MINUTES);
  const runsMs: number[] = [];
  let last: SessionRow | undefined;
  for (let i = 0; i <= runs; i++) {
    const t0 = performance.now();
    last = await saveSession(db, syntheticSessionInfo(id, 1000 + i), result, { meta: SYNTHETIC_TRACK_META, frames });
    if (i > 0) runsMs.push(performance.now() - t0);
  }
  const chunks = await chunksOf(db, last!.id).toArray();
  return { runsMs, trackBytes: chunks.reduce((sum, c) => sum + chunkBytes(c), 0) };
}

/** Loads one child's history of 1,000 sessions, `runs` times after one warm-up. */
export async function measureLoadHistory(db: RecordsDb, runs = RECORDS_BENCH_RUNS): Promise<readonly number[]> {
  const { id } = await addChild(db, { nickname: 'History', birthDate: '2019-04-23' });
  const { id: otherId } = await addChild(db, { nickname: 'Other', birthDate: '2020-01-02' });
  const session = (childId: string, i: number): SessionRow => ({
    ...syntheticSessionInfo(childId, 1_600_000_000_000 + i * 86_400_000), id: `${childId}-${i}`, status: 'complete',
    summary: { task: 'two-foot-jump', count: 10, flags: ['legs not visible 0.4 s'] }, itemCount: 10, durationMs: 60_000, track: SYNTHETIC_TRACK_META, note: '',
  });
  await db.sessions.bulkAdd([
    ...Array.from({ length: HISTORY_SESSIONS }, (_, i) => session(id, i)),
    ...Array.from({ length: OTHER_CHILDREN_SESSIONS }, (_, i) => session(otherId, i)),
  ]);
  const runsMs: number[] = [];
  for (let i = 0; i <= runs; i++) {
    const t0 = performance.now();
    const history = await loadHistory(db, id);
    if (history.length !== HISTORY_SESSIONS) throw new Error(`history has ${history.length} sessions, expected ${HISTORY_SESSIONS}`);
    if (i > 0) runsMs.push(performance.now() - t0);
  }
  return runsMs;
}
