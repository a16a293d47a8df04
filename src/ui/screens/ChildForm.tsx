// Add or edit a child's profile: a nickname (required), and optionally a birth date and a height (for distances in
// cm; a changed height is recorded as measured today). Saving goes to the child's screen.
import { useState } from 'preact/hooks';
import { heightOn, type ChildRow } from '../../records/index.ts';
import type { NewChildForm, RecordsActions, RecordsView } from '../records-types.ts';
import { hrefOf, type Route } from '../router.ts';
import { RecordsMessage } from './RecordsTools.tsx';

export function ChildForm({ child, records, actions, go }: {
  child: ChildRow | null; records: RecordsView; actions: RecordsActions; go: (route: Route, options?: { replace?: boolean }) => void;
}) {
  const [nickname, setNickname] = useState(child?.nickname ?? '');
  const [birthDate, setBirthDate] = useState(child?.birthDate ?? '');
  const [heightCm, setHeightCm] = useState(String((child && heightOn(child, new Date().toISOString().slice(0, 10))) ?? ''));
  const [saving, setSaving] = useState(false);
  const submit = async (e: Event) => {
    e.preventDefault();
    setSaving(true);
    const form: NewChildForm = { nickname, birthDate, heightCm };
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
        <label>Birth date (optional) <input type="date" value={birthDate} onInput={(e) => setBirthDate(e.currentTarget.value)} /></label>
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
