// The result of a finished set: a headline, the summary lines, a table per rep / hold / cycle with units, the criteria
// grid and the flags. The raw result stays available in a collapsed details for a therapist who wants every number.
// A saved session's criterion marks can be corrected: each gets a small "correct" control, and corrections show the
// therapist's value beside the engine's with a marker, with the audit trail under the grid.
import { useId, useState } from 'preact/hooks';
import { headlineOf, isSummaryOf, isTaskId, type TaskResultBase } from '../analysis/index.ts';
import { correctSession, itemScoreText, type SessionReview } from '../records/index.ts';
import { AuditTrail, CorrectionForm, formatTime } from './GradeCorrection.tsx';
import { addressKey, asScore, auditTrail, modelWithOverrides, overrideLookup } from './override-model.ts';
import { resultModel, type GradeRef } from './result-model.ts';
import { ResultTable } from './ResultTable.tsx';
import type { ReviewActions } from './review-types.ts';
import type { Mode, TaskOutcome } from './types.ts';

/** A saved session's review and how to correct it; absent for a set that was not saved. */
export interface Grading {
  readonly sessionId: string;
  readonly review: SessionReview | undefined;
  readonly correct: ReviewActions['correct'];
}

/** The set's headline number (reps, seconds held, cycles), as History shows it; null for a task this version lacks. */
export function headlineValue(result: TaskResultBase): number | null {
  const { task } = result;
  // A full result holds its summary's fields; isSummaryOf checks them before headlineOf reads any.
  const summary = result as unknown as Readonly<Record<string, unknown>>;
  return isTaskId(task) && isSummaryOf(task, summary) ? headlineOf(task, summary).value : null;
}

/** The correction form for the mark being corrected, and the sentence once a correction is saved. */
function useCorrection(grading: Grading | undefined) {
  const [editing, setEditing] = useState<GradeRef | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const lookup = overrideLookup(grading?.review);
  const form = grading && editing && (
    <CorrectionForm key={addressKey(editing)} grade={editing}
      current={lookup.has(addressKey(editing)) ? asScore(lookup.get(addressKey(editing))!.value) : editing.engine}
      onClose={() => setEditing(null)}
      onSave={async (score, reason) => {
        const failure = await grading.correct({ sessionId: grading.sessionId, target: editing.target, index: editing.index,
          field: editing.field, newValue: score, reason });
        if (failure === null) setSaved(`The correction of ${editing.name} is saved; the engine's value is kept beside it.`);
        return failure;
      }} />
  );
  const onCorrect = grading ? (grade: GradeRef) => { setSaved(null); setEditing(grade); } : undefined;
  return { lookup, form, saved, onCorrect };
}

/** Stars for the family screen: one per counted item, up to a row's worth. */
const MAX_STARS = 20;

function Celebration({ count }: { count: number | null }) {
  if (count === null || count <= 0) return <p class="celebration" data-testid="celebration">Good try! Every go counts.</p>;
  return (
    <p class="celebration" data-testid="celebration">
      <span class="stars" aria-hidden="true">{'★'.repeat(Math.min(count, MAX_STARS))}</span> Well done!
    </p>
  );
}

/**
 * The engine's whole result as JSON, written only while opened. Reason: a 10-minute video's result is ~2 million
 * characters of JSON; built with the screen (and kept in the DOM) it was a third of the page's heap after the analysis.
 */
function EveryNumber({ result }: { result: unknown }) {
  const [open, setOpen] = useState(false);
  return (
    <details onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>Every number the engine produced (for therapists)</summary>
      {open && <pre>{JSON.stringify(result, null, 2)}</pre>}
    </details>
  );
}

export function ResultView({ outcome, grading, mode = 'therapist' }: { outcome: TaskOutcome; grading?: Grading; mode?: Mode }) {
  const titleId = useId();
  const { result, task } = outcome;
  const correction = useCorrection(grading);
  const engineModel = result ? resultModel(result) : null;
  const model = engineModel && modelWithOverrides(engineModel, correction.lookup, formatTime);
  const scored = grading?.review ? correctSession(grading.review).itemScore : undefined;
  const count = result ? headlineValue(result) : null;
  return (
    <section class="result" aria-labelledby={titleId} data-testid="result" data-mode={mode}>
      <h1 id={titleId} tabIndex={-1}>{task.title}</h1>
      <p class="result-headline" data-testid="result-headline">{model ? model.headline : 'No result'}</p>
      <p class="saved" data-testid="saved">{outcome.saved}</p>
      {model && mode === 'family' && <Celebration count={count} />}
      {model && mode === 'therapist' && (
        <>
          {scored?.corrected && <p class="corrected-score" data-testid="corrected-score">✎ {itemScoreText(scored)} (corrected by the therapist).</p>}
          <ul class="summary-lines">{model.lines.map((line) => <li key={line}>{line}</li>)}</ul>
          {model.tables.map((t) => <ResultTable key={t.caption} table={t} onCorrect={correction.onCorrect} />)}
          {correction.form}
          {correction.saved && <p class="notice info" role="status" data-testid="correction-saved">{correction.saved}</p>}
          <AuditTrail entries={auditTrail(grading?.review, engineModel)} />
        </>
      )}
      {model && model.flags.length > 0 && (
        <div class="flags">
          <h2>Worth a look</h2>
          <ul>{model.flags.map((f) => <li key={f}>{f}</li>)}</ul>
        </div>
      )}
      {model && mode === 'therapist' && (
        <>
          <EveryNumber result={result} />
          {!model.lines.some((line) => line.includes('not a diagnosis')) && <p class="reference">These numbers are a reference, not a diagnosis.</p>}
        </>
      )}
    </section>
  );
}
