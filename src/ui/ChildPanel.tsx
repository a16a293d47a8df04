// The child the sessions are kept for: pick one from the list, or add a profile once (nickname; birth date and height
// are optional). Sessions run without a child too, but are then not kept.
import { useState } from 'preact/hooks';
import type { RecordsActions, RecordsView } from './records-types.ts';

function NewChildForm({ actions, onDone }: { actions: RecordsActions; onDone?: () => void }) {
  const [nickname, setNickname] = useState('');
  const [birthDate, setBirthDate] = useState('');
  const [heightCm, setHeightCm] = useState('');
  return (
    <form class="child-form" onSubmit={(e) => {
      e.preventDefault();
      actions.addChild({ nickname, birthDate, heightCm });
      onDone?.();
    }}>
      <label>Nickname <input data-testid="child-nickname" required maxLength={40} value={nickname} onInput={(e) => setNickname(e.currentTarget.value)} /></label>
      <label>Birth date (optional) <input type="date" value={birthDate} onInput={(e) => setBirthDate(e.currentTarget.value)} /></label>
      <label>Height in cm (optional, for distances in cm)
        <input type="number" min={60} max={180} step={0.5} inputMode="decimal" value={heightCm} onInput={(e) => setHeightCm(e.currentTarget.value)} />
      </label>
      <button type="submit">Save the profile</button>
    </form>
  );
}

export function ChildPanel({ view, actions, onOpenProgress }: {
  view: RecordsView; actions: RecordsActions; onOpenProgress?: (view: 'progress' | 'report') => void;
}) {
  const [adding, setAdding] = useState(false);
  const children = view.children.value;
  if (children.length === 0) {
    return (
      <section class="child-panel" aria-labelledby="child-title">
        <h2 id="child-title">Who is moving today?</h2>
        <p>Add a child once so that sessions are kept in History. Only a nickname is needed; it stays on this device.</p>
        <NewChildForm actions={actions} />
      </section>
    );
  }
  return (
    <section class="child-panel" aria-labelledby="child-title">
      <h2 id="child-title">Child</h2>
      <div class="task-row">
        <label>
          <span class="visually-hidden">Child</span>
          <select data-testid="child-picker" value={view.childId.value ?? ''} onChange={(e) => actions.pickChild(e.currentTarget.value)}>
            {children.map((c) => <option key={c.id} value={c.id}>{c.nickname}</option>)}
          </select>
        </label>
        {onOpenProgress && view.childId.value && (
          <button type="button" data-testid="open-progress" onClick={() => onOpenProgress('progress')}>See progress</button>
        )}
        {!adding && <button type="button" class="secondary" onClick={() => setAdding(true)}>Add another child</button>}
      </div>
      {adding && <NewChildForm actions={actions} onDone={() => setAdding(false)} />}
    </section>
  );
}
