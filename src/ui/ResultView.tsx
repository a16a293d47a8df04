// The result of a finished set: a headline, the summary lines, a table per rep / hold / cycle with units, the criteria
// grid and the flags. The raw result stays available in a collapsed details for a therapist who wants every number.
// A saved session's criterion marks can be corrected: each gets a small "correct" control, and corrections show the
// therapist's value beside the engine's with a marker, with the audit trail under the grid.
import { useId, useState } from 'preact/hooks';
import { correctSession, itemScoreText, type SessionReview } from '../records/index.ts';
import { AuditTrail, CorrectionForm, formatTime } from './GradeCorrection.tsx';
import { addressKey, asScore, auditTrail, modelWithOverrides, overrideLookup } from './override-model.ts';
import { resultModel, type Cell, type GradeRef, type Table } from './result-model.ts';
import type { ReviewActions } from './review-types.ts';
import type { TaskOutcome } from './types.ts';

/** A saved session's review and how to correct it; absent for a set that was not saved. */
export interface Grading {
  readonly sessionId: string;
  readonly review: SessionReview | undefined;
  readonly correct: ReviewActions['correct'];
}

function MarkCell({ cell, onCorrect }: { cell: Cell; onCorrect: ((grade: GradeRef) => void) | undefined }) {
  const grade = cell.grade;
  return (
    <td class={`${cell.mark ?? ''}${cell.overridden ? ' overridden' : ''}`} title={cell.title} data-testid={grade ? 'grade-cell' : undefined}
      data-target={grade?.target} data-index={grade?.index} data-field={grade?.field} data-engine={grade ? String(grade.engine) : undefined}>
      {cell.overridden && <span class="override-marker" aria-label="corrected by the therapist">✎ </span>}
      {cell.text}
      {grade && onCorrect && (
        <button type="button" class="correct" aria-label={`Correct ${grade.name}`} onClick={() => onCorrect(grade)}>correct</button>
      )}
    </td>
  );
}

function ResultTable({ table, onCorrect }: { table: Table; onCorrect: ((grade: GradeRef) => void) | undefined }) {
  return (
    <div class="table-wrap">
      <table>
        <caption>{table.caption}</caption>
        <thead><tr>{table.head.map((h) => <th key={h} scope="col">{h}</th>)}</tr></thead>
        <tbody>
          {table.rows.map((row, i) => (
            <tr key={i}>
              {row.map((cell, j) => (j === 0
                ? <th key={j} scope="row">{cell.text}</th>
                : <MarkCell key={j} cell={cell} onCorrect={onCorrect} />))}
            </tr>
          ))}
        </tbody>
      </table>
      {table.notes.map((note) => <p key={note} class="table-note">{note}</p>)}
    </div>
  );
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

export function ResultView({ outcome, grading }: { outcome: TaskOutcome; grading?: Grading }) {
  const titleId = useId();
  const { result, task } = outcome;
  const correction = useCorrection(grading);
  const engineModel = result ? resultModel(result) : null;
  const model = engineModel && modelWithOverrides(engineModel, correction.lookup, formatTime);
  const scored = grading?.review ? correctSession(grading.review).itemScore : undefined;
  return (
    <section class="result" aria-labelledby={titleId} data-testid="result">
      <h2 id={titleId}>{task.title}</h2>
      <p class="result-headline" data-testid="result-headline">{model ? model.headline : 'No result'}</p>
      <p class="saved" data-testid="saved">{outcome.saved}</p>
      {model && (
        <>
          {scored?.corrected && <p class="corrected-score" data-testid="corrected-score">✎ {itemScoreText(scored)} (corrected by the therapist).</p>}
          <ul class="summary-lines">{model.lines.map((line) => <li key={line}>{line}</li>)}</ul>
          {model.tables.map((t) => <ResultTable key={t.caption} table={t} onCorrect={correction.onCorrect} />)}
          {correction.form}
          {correction.saved && <p class="notice info" role="status" data-testid="correction-saved">{correction.saved}</p>}
          <AuditTrail entries={auditTrail(grading?.review, engineModel)} />
          {model.flags.length > 0 && (
            <div class="flags">
              <h3>Worth a look</h3>
              <ul>{model.flags.map((f) => <li key={f}>{f}</li>)}</ul>
            </div>
          )}
          <details>
            <summary>Every number the engine produced (for therapists)</summary>
            <pre>{JSON.stringify(result, null, 2)}</pre>
          </details>
          <p class="reference">These numbers are a reference, not a diagnosis.</p>
        </>
      )}
    </section>
  );
}
