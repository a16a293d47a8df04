// Add or edit a child's profile: a nickname (required), and optionally a birth date and a height (for distances in
// cm; a changed height is recorded as measured today). Saving goes to the child's screen. The birth date is one text
// field (one Tab stop), read by birthDateOf; a wrong one is said next to it and nothing is saved until it is right.
import { useRef, useState } from 'preact/hooks';
import { heightOn, type ChildRow } from '../../records/index.ts';
import type { NewChildForm, RecordsActions, RecordsView } from '../records-types.ts';
import { hrefOf, type Route } from '../router.ts';
import { BIRTH_DATE_HINT, birthDateOf, localToday } from './birth-date.ts';
import { RecordsMessage } from './RecordsTools.tsx';

export function ChildForm({ child, records, actions, go }: {
  child: ChildRow | null; records: RecordsView; actions: RecordsActions; go: (route: Route, options?: { replace?: boolean }) => void;
}) {
  const [nickname, setNickname] = useState(child?.nickname ?? '');
  const [birthText, setBirthText] = useState(child?.birthDate ?? '');
  const [birthError, setBirthError] = useState<string | null>(null);
  const birthRef = useRef<HTMLInputElement>(null);
  const [heightCm, setHeightCm] = useState(String((child && heightOn(child, new Date().toISOString().slice(0, 10))) ?? ''));
  const [saving, setSaving] = useState(false);
  const submit = async (e: Event) => {
    e.preventDefault();
    const birth = birthDateOf(birthText, localToday(new Date()));
    if (!birth.ok) { setBirthError(birth.message); birthRef.current?.focus(); return; }
    setSaving(true);
    const form: NewChildForm = { nickname, birthDate: birth.isoDate, heightCm };
    const id = child ? await actions.editChild(child.id, form) : await actions.addChild(form);
    setSaving(false);
    // Replace the form's entry: Back from the child's screen goes to the list, not to a filled-in form.
    if (id) go({ name: 'child', childId: id }, { replace: true });
  };
  return (
    <section class="card" aria-labelledby="child-form-title">
      <h1 id="child-form-title" tabIndex={-1}>{child ? `Edit ${child.nickname}'s profile` : 'Add a child'}</h1>
      <RecordsMessage view={records} />
      <form class="child-form" onSubmit={(e) => void submit(e)}>
        <label>Nickname <input data-testid="child-nickname" required maxLength={40} value={nickname} onInput={(e) => setNickname(e.currentTarget.value)} /></label>
        <BirthDateField input={birthRef} text={birthText} error={birthError} onText={setBirthText} onError={setBirthError} />
        <label>Height in cm (optional, for distances in cm)
          <input type="number" min={60} max={180} step={0.5} inputMode="decimal" value={heightCm} onInput={(e) => setHeightCm(e.currentTarget.value)} />
        </label>
        <div class="controls">
          <button type="submit" data-testid="save-child" disabled={saving}>Save the profile</button>
          <a class="button secondary" href={child ? hrefOf({ name: 'child', childId: child.id }) : hrefOf({ name: 'children' })}>Cancel</a>
        </div>
      </form>
    </section>
  );
}

/**
 * The birth date as one text field: numeric keypad, the browser's saved birthday offered, the format said under it.
 * Read when the field is left (a valid date is shown as stored, YYYY-MM-DD); once wrong, re-read on every key so the
 * message goes as soon as the date is right.
 */
function BirthDateField({ input, text, error, onText, onError }: {
  input: { current: HTMLInputElement | null }; text: string; error: string | null;
  onText: (text: string) => void; onError: (message: string | null) => void;
}) {
  const read = (typed: string) => birthDateOf(typed, localToday(new Date()));
  return (
    // Hint and message sit outside the <label>, so the field's name stays "Birth date (optional)" and they are its
    // description; above the input (as GOV.UK's date pattern does), so the form's inputs still line up at the bottom.
    <div class="field">
      <label for="child-birth-date">Birth date (optional)</label>
      <span id="birth-date-hint" class="hint">{BIRTH_DATE_HINT}</span>
      <span id="birth-date-error" class="field-error" data-testid="birth-date-error" aria-live="polite">{error}</span>
      <input ref={input} id="child-birth-date" data-testid="child-birth-date" inputMode="numeric" autoComplete="bday" maxLength={20} value={text}
        aria-describedby={error ? 'birth-date-error birth-date-hint' : 'birth-date-hint'} aria-invalid={error !== null}
        onInput={(e) => { onText(e.currentTarget.value); if (error !== null) { const r = read(e.currentTarget.value); onError(r.ok ? null : r.message); } }}
        onBlur={(e) => { const r = read(e.currentTarget.value); if (r.ok) onText(r.isoDate); onError(r.ok ? null : r.message); }} />
    </div>
  );
}
