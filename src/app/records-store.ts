// The records side of the page: the picked child, its History (a live query), the storage line, and backup / CSV
// actions. Every RecordsError reaches the person as its own sentence; other failures go to the page's error handler.
import { computed, effect, signal } from '@preact/signals';
import {
  addChild, backupFileName, describeStorageUse, ensureGuest, exportBackup, exportCsv, heightOn, importBackup, inspectBackup,
  liveChildren, liveHistory, reassignSession, RecordsError, requestPersistentStorage, updateChild, type ChildRow, type HeightMeasurement,
  type RecordsDb, type SessionRow,
} from '../records/index.ts';
import type { Notice } from '../ui/index.ts';
import type { NewChildForm, RecordsActions, RecordsView } from '../ui/records-types.ts';
import { downloadBlob } from './download.ts';
import { liveSignal, type LiveSignal } from './live-signal.ts';

/** Remembers the picked child between visits (an id only: the records stay in IndexedDB). */
const PICKED_CHILD_KEY = 'springboard.childId';

const today = () => new Date().toISOString().slice(0, 10);

/** A profile's heights after the form: a height typed in (or changed) is measured today; an empty field adds none. */
function heightsOf(form: NewChildForm, before: readonly HeightMeasurement[]): HeightMeasurement[] {
  const text = form.heightCm.trim();
  if (text === '' || Number(text) === before.at(-1)?.heightCm) return [...before];
  return [...before.filter((h) => h.measuredOn !== today()), { heightCm: Number(text), measuredOn: today() }];
}

/** Where the picked child's id is remembered: localStorage in the page, a plain map in tests. */
export type Prefs = Pick<Storage, 'getItem' | 'setItem'>;

export function createRecordsStore(db: RecordsDb, report: (error: unknown) => void, prefs: Prefs = localStorage) {
  const childId = signal<string | null>(prefs.getItem(PICKED_CHILD_KEY));
  const storage = signal<string | null>(null);
  const message = signal<Notice | null>(null);
  const importPlan = signal<{ fileName: string; summary: string } | null>(null);
  let pendingImport: File | null = null;

  /** RecordsError sentences are shown as they are; anything else is unexpected and goes to the page's handler. */
  const fail = (error: unknown) => {
    if (error instanceof RecordsError) message.value = { kind: 'error', text: error.message };
    else report(error);
  };
  const info = (text: string) => { message.value = { kind: 'info', text }; };

  // A deleted (or never stored) picked child falls back to the first one.
  const children = liveSignal<readonly ChildRow[]>(liveChildren(db), [], fail, (rows) => {
    if (!rows.some((c) => c.id === childId.value)) childId.value = rows[0]?.id ?? null;
  });
  /** The picked child's live history; replaced (and the old one disposed) when another child is picked. */
  const historyLive = signal<LiveSignal<readonly SessionRow[]> | null>(null);
  const history = computed(() => historyLive.value?.value.value ?? []);
  const stopHistory = effect(() => {
    const id = childId.value;
    if (id) prefs.setItem(PICKED_CHILD_KEY, id);
    if (!id) { historyLive.value = null; return undefined; }
    const live = liveSignal<readonly SessionRow[]>(liveHistory(db, id), [], fail);
    historyLive.value = live;
    return () => live.dispose();
  });
  void (async () => {
    const persistence = await requestPersistentStorage();
    const use = await describeStorageUse();
    storage.value = use ? `${persistence.message} ${use.message}` : persistence.message;
  })().catch(fail);

  const actions: RecordsActions = {
    addChild(form: NewChildForm) {
      return addChild(db, { nickname: form.nickname, birthDate: form.birthDate, heights: heightsOf(form, []) })
        .then((row) => { childId.value = row.id; info(`The profile of ${row.nickname} is saved; sessions are now kept for ${row.nickname}.`); return row.id; })
        .catch((error: unknown) => { fail(error); return null; });
    },
    editChild(id, form) {
      // The stored row, not the live list (which may not have arrived yet): its heights are kept.
      return db.children.get(id)
        .then((current) => updateChild(db, id, { nickname: form.nickname, birthDate: form.birthDate, heights: heightsOf(form, current?.heights ?? []) }))
        .then((row) => { info(`The profile of ${row.nickname} is saved.`); return row.id; })
        .catch((error: unknown) => { fail(error); return null; });
    },
    useGuest() {
      return ensureGuest(db).then((row) => { childId.value = row.id; return row.id; }).catch((error: unknown) => { fail(error); return null; });
    },
    moveSession(sessionId, toChildId) {
      const name = children.value.value.find((c) => c.id === toChildId)?.nickname ?? 'the child';
      return reassignSession(db, sessionId, toChildId)
        .then(() => { info(`The session is moved to ${name}'s History.`); return true; })
        .catch((error: unknown) => { fail(error); return false; });
    },
    pickChild(id) { childId.value = id; message.value = null; },
    clearMessage() { message.value = null; },
    exportBackup() {
      exportBackup(db).then((blob) => {
        downloadBlob(blob, backupFileName(new Date()));
        info('The backup file is downloaded: keep it somewhere safe, for example on another device.');
      }, fail);
    },
    chooseImport(file) {
      pendingImport = file;
      inspectBackup(db, file).then((inspection) => {
        if (!inspection.ok) { pendingImport = null; message.value = { kind: 'error', text: inspection.reason }; return; }
        importPlan.value = { fileName: file.name, summary: inspection.summary };
      }, fail);
    },
    confirmImport() {
      const file = pendingImport;
      importPlan.value = null;
      pendingImport = null;
      if (!file) return;
      importBackup(db, file).then((done) => info(`The backup is imported. ${done.summary}`), fail);
    },
    cancelImport() { importPlan.value = null; pendingImport = null; info('Nothing was imported: your records are unchanged.'); },
    exportCsv() {
      exportCsv(db).then((files) => {
        downloadBlob(new Blob([files.sessions], { type: 'text/csv' }), `springboard-sessions-${today()}.csv`);
        downloadBlob(new Blob([files.items], { type: 'text/csv' }), `springboard-reps-${today()}.csv`);
        info('Two CSV files are downloaded for a spreadsheet: one row per session, and one row per rep, hold or crawl cycle.');
      }, fail);
    },
  };

  /** The picked child with the height measured closest before today (for distances in cm). */
  const pickedChild = () => {
    const child = children.value.value.find((c) => c.id === childId.value);
    return child ? { id: child.id, heightCm: heightOn(child, today()) } : null;
  };

  const view: RecordsView = { children: children.value, childId, history, storage, message, importPlan };
  /** Stops following the live queries (the page never does; tests do, to leave nothing subscribed). */
  const dispose = () => { stopHistory(); children.dispose(); };
  return { db, view, actions, pickedChild, dispose };
}
