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
  /** Resolves the new child's id once saved, null when refused (the sentence is in the view's message). */
  addChild(form: NewChildForm): Promise<string | null>;
  /** Saves a changed profile (a new height is measured today); resolves its id, or null when refused. */
  editChild(id: string, form: NewChildForm): Promise<string | null>;
  /** Picks the Guest profile, making it the first time; resolves its id, or null when it could not be saved. */
  useGuest(): Promise<string | null>;
  /** Moves a saved session (a Guest's, usually) to another child's History; resolves true once moved. */
  moveSession(sessionId: string, childId: string): Promise<boolean>;
  pickChild(id: string): void;
  /** Forgets the last sentence (a new screen starts without the previous screen's message). */
  clearMessage(): void;
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
