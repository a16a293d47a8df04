// A therapist's correction of one criterion mark: the new value (1 met, 0 not met, not scorable) and the reason, which
// the records layer requires and keeps; and the audit trail of every correction of the session (old -> new, when, why).
import { useState } from 'preact/hooks';
import type { AuditEntry } from './override-model.ts';
import { scoreText, type GradeRef } from './result-model.ts';

const CHOICES: readonly { readonly value: string; readonly score: 0 | 1 | null; readonly label: string }[] = [
  { value: '1', score: 1, label: '1 met' },
  { value: '0', score: 0, label: '0 not met' },
  { value: 'none', score: null, label: 'not scorable' },
];

const choiceOf = (score: 0 | 1 | null) => CHOICES.find((c) => c.score === score)!.value;

export const formatTime = (atMs: number): string =>
  new Date(atMs).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export interface CorrectionFormProps {
  readonly grade: GradeRef;
  /** The value shown now: the therapist's latest, or the engine's. */
  readonly current: 0 | 1 | null;
  /** Resolves null once saved, else the sentence to show. */
  readonly onSave: (score: 0 | 1 | null, reason: string) => Promise<string | null>;
  readonly onClose: () => void;
}

export function CorrectionForm({ grade, current, onSave, onClose }: CorrectionFormProps) {
  const [choice, setChoice] = useState(choiceOf(current === 1 ? 0 : 1));
  const [reason, setReason] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const submit = async (e: Event) => {
    e.preventDefault();
    setSaving(true);
    const why = await onSave(CHOICES.find((c) => c.value === choice)!.score, reason);
    setSaving(false);
    if (why === null) onClose(); else setFailure(why);
  };
  return (
    <form class="correction" data-testid="correction-form" onSubmit={(e) => void submit(e)}>
      <p><strong>Correct “{grade.name}”.</strong> The engine said {scoreText(grade.engine)}; it is kept beside your value.</p>
      <label>New value{' '}
        <select data-testid="correction-value" value={choice} onChange={(e) => setChoice(e.currentTarget.value)}>
          {CHOICES.map((c) => <option key={c.value} value={c.value}>{c.label}</option>)}
        </select>
      </label>
      <label>Reason (kept with the change){' '}
        <input data-testid="correction-reason" aria-required="true" maxLength={300} value={reason}
          onInput={(e) => setReason(e.currentTarget.value)} />
      </label>
      <button type="submit" disabled={saving}>Save the correction</button>{' '}
      <button type="button" class="secondary" onClick={onClose}>Cancel</button>
      {failure && <p class="notice error" role="alert" data-testid="correction-error">{failure}</p>}
    </form>
  );
}

export function AuditTrail({ entries }: { entries: readonly AuditEntry[] }) {
  if (entries.length === 0) return null;
  return (
    <details class="audit" data-testid="audit-trail">
      <summary>Corrections by the therapist ({entries.length})</summary>
      <ol>
        {entries.map((e) => (
          <li key={e.id}>
            {formatTime(e.atMs)} — {e.name}: {e.from} → {e.to}. Why: {e.reason}
            {e.orphaned && ' (a re-grade no longer finds this item; the correction is kept.)'}
          </li>
        ))}
      </ol>
    </details>
  );
}
