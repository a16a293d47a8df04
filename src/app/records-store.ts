// The records side of the page: the picked child, its History (a live query), the storage line, and backup / CSV
// actions. Every RecordsError reaches the person as its own sentence; other failures go to the page's error handler.
import { effect, signal } from '@preact/signals';
import {
  addChild, backupFileName, describeStorageUse, exportBackup, exportCsv, heightOn, importBackup, inspectBackup,
  liveChildren, liveHistory, RecordsError, requestPersistentStorage, type ChildRow, type RecordsDb, type SessionRow,
} from '../records/index.ts';
import type { Notice } from '../ui/index.ts';
import type { NewChildForm, RecordsActions, RecordsView } from '../ui/records-types.ts';
import { downloadBlob } from './download.ts';

/** Remembers the picked child between visits (an id only: the records stay in IndexedDB). */
const PICKED_CHILD_KEY = 'springboard.childId';

const today = () => new Date().toISOString().slice(0, 10);

export function createRecordsStore(db: RecordsDb, report: (error: unknown) => void) {
  const children = signal<readonly ChildRow[]>([]);
  const childId = signal<string | null>(localStorage.getItem(PICKED_CHILD_KEY));
  const history = signal<readonly SessionRow[]>([]);
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

  liveChildren(db).subscribe({
    next: (rows) => {
      children.value = rows;
      if (!rows.some((c) => c.id === childId.value)) childId.value = rows[0]?.id ?? null;
    },
    error: fail,
  });
  effect(() => {
    const id = childId.value;
    if (id) localStorage.setItem(PICKED_CHILD_KEY, id);
    history.value = [];
    if (!id) return undefined;
    const sub = liveHistory(db, id).subscribe({ next: (rows) => { history.value = rows; }, error: fail });
    return () => sub.unsubscribe();
  });
  void (async () => {
    const persistence = await requestPersistentStorage();
    const use = await describeStorageUse();
    storage.value = use ? `${persistence.message} ${use.message}` : persistence.message;
  })().catch(fail);

  const actions: RecordsActions = {
    addChild(form: NewChildForm) {
      const heightCm = form.heightCm.trim() === '' ? undefined : Number(form.heightCm);
      const heights = heightCm === undefined ? [] : [{ heightCm, measuredOn: today() }];
      addChild(db, { nickname: form.nickname, birthDate: form.birthDate, heights })
        .then((row) => { childId.value = row.id; info(`The profile of ${row.nickname} is saved; sessions are now kept for ${row.nickname}.`); }, fail);
    },
    pickChild(id) { childId.value = id; message.value = null; },
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
    const child = children.value.find((c) => c.id === childId.value);
    return child ? { id: child.id, heightCm: heightOn(child, today()) } : null;
  };

  const view: RecordsView = { children, childId, history, storage, message, importPlan };
  return { db, view, actions, pickedChild };
}
