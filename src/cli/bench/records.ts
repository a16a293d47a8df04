// Records benchmarks (issue 6): saving a 10-minute 30 fps session with its track, loading a child's history of 1,000
// sessions, and the stored size of a 10-minute track. Measured on fake-indexeddb in Node and, for the two timings, on
// the real IndexedDB of headless Chromium (names ending in .chromium), with the same scenario code.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { RecordsDb } from '../../records/index.ts';
import { openRecordsHarness } from './records-harness/build.ts';
import { HISTORY_SESSIONS, RECORDS_BENCH_RUNS, REPS_IN_10_MINUTES, measureLoadHistory, measureSave10MinSession } from './records-scenarios.ts';
import { median, type BenchGroup, type BenchResult } from './types.ts';

const freshDb = () => new RecordsDb({ indexedDB: new IDBFactory(), IDBKeyRange });
const saveNote = (where: string) => `${where}; 18,000 frames + ${REPS_IN_10_MINUTES} reps in one transaction; median of ${RECORDS_BENCH_RUNS} runs after a warm-up; target < 200`;
const historyNote = (where: string) => `${where}; ${HISTORY_SESSIONS} sessions of one child among 1,500; median of ${RECORDS_BENCH_RUNS}; target < 300`;

const group: BenchGroup = {
  name: 'records',
  async run(signal) {
    const results: BenchResult[] = [];
    const save = await measureSave10MinSession(freshDb());
    results.push({ name: 'records.save-10min-session.ms', value: median(save.runsMs), unit: 'ms', note: saveNote('fake-indexeddb in Node') });
    results.push({ name: 'records.track-10min.bytes', value: save.trackBytes, unit: 'bytes', note: 'quantised track chunks as stored; target < 2,000,000' });
    const history = await measureLoadHistory(freshDb());
    results.push({ name: 'records.load-history-1000.ms', value: median(history), unit: 'ms', note: historyNote('fake-indexeddb in Node') });
    signal?.throwIfAborted();

    const harness = await openRecordsHarness();
    try {
      const browserSave = await harness.call('benchSave', RECORDS_BENCH_RUNS);
      results.push({ name: 'records.save-10min-session.ms.chromium', value: median(browserSave.runsMs), unit: 'ms', note: saveNote('real IndexedDB, headless Chromium') });
      const browserHistory = await harness.call('benchLoadHistory', RECORDS_BENCH_RUNS);
      results.push({ name: 'records.load-history-1000.ms.chromium', value: median(browserHistory), unit: 'ms', note: historyNote('real IndexedDB, headless Chromium') });
    } finally {
      await harness.close();
    }
    return results;
  },
};

export default group;
