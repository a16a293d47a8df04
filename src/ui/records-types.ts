// What the records panels (child profile, History, backup and CSV) need from the composition root.
import type { ReadonlySignal } from '@preact/signals';
import type { TaskDefinition } from '../analysis/index.ts';
import type { ChildRow, SessionRow } from '../records/index.ts';
import type { Notice, TaskLive, TaskOutcome } from './types.ts';

export interface NewChildForm {
  readonly nickname: string;
  /** YYYY-MM-DD or '' when not given. */
  readonly birthDate: string;
  /** '' when not given. */
  readonly heightCm: string;
}

export interface RecordsView {
  readonly children: ReadonlySignal<readonly ChildRow[]>;
  readonly childId: ReadonlySignal<string | null>;
  /** The picked child's sessions, newest first (a live query: a saved session appears by itself). */
  readonly history: ReadonlySignal<readonly SessionRow[]>;
  /** requestPersistentStorage's sentence and the disk use, once known. */
  readonly storage: ReadonlySignal<string | null>;
  readonly message: ReadonlySignal<Notice | null>;
  /** A backup checked and waiting for the person's confirmation. */
  readonly importPlan: ReadonlySignal<{ readonly fileName: string; readonly summary: string } | null>;
}

export interface RecordsActions {
  addChild(form: NewChildForm): void;
  pickChild(id: string): void;
  exportBackup(): void;
  chooseImport(file: File): void;
  confirmImport(): void;
  cancelImport(): void;
  exportCsv(): void;
}

export interface TaskView {
  readonly tasks: readonly TaskDefinition[];
  readonly task: ReadonlySignal<TaskDefinition>;
  readonly live: ReadonlySignal<TaskLive | null>;
  readonly outcome: ReadonlySignal<TaskOutcome | null>;
  readonly muted: ReadonlySignal<boolean>;
}

export interface TaskActions {
  pickTask(id: string): void;
  setMuted(muted: boolean): void;
}
