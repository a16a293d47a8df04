// What the progress view and the review report need from the composition root (built over the records layer).
import type { ChildRow, ProgressSession, ReportNote } from '../../records/index.ts';

export interface ProgressActions {
  /** The child's sessions with their results and corrections; rejects with a sentence-bearing error. */
  load(childId: string): Promise<readonly ProgressSession[]>;
  loadReportNote(childId: string, fromDay: string, toDay: string): Promise<ReportNote | undefined>;
  /** Resolves null once saved, else the sentence to show. */
  saveReportNote(childId: string, fromDay: string, toDay: string, note: ReportNote): Promise<string | null>;
}

export interface ProgressTarget {
  readonly child: ChildRow;
  /** "progress" opens the charts; "report" the printable review report. */
  readonly view: 'progress' | 'report';
}
