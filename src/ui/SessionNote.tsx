// A note on a saved session (how the child was that day, shoes, a helper in the picture...), kept with the records,
// the backup, the CSV and the review report. On paper it prints as text.
import { useEffect, useState } from 'preact/hooks';
import type { ReviewActions } from './review-types.ts';

export function SessionNote({ sessionId, saved, actions }: { sessionId: string; saved: string; actions: ReviewActions }) {
  const [text, setText] = useState(saved);
  const [message, setMessage] = useState<string | null>(null);
  useEffect(() => setText(saved), [saved]);
  return (
    <form class="session-note" onSubmit={(e) => {
      e.preventDefault();
      void actions.setNote(sessionId, text).then((failure) => setMessage(failure ?? 'The note is saved with this session.'));
    }}>
      <label>Note on this session
        <textarea data-testid="session-note" rows={2} maxLength={2000} value={text} onInput={(e) => setText(e.currentTarget.value)} />
      </label>
      <p class="print-only">{saved ? `Note: ${saved}` : ''}</p>
      <button type="submit" class="secondary small">Save the note</button>
      {message && <p role="status">{message}</p>}
    </form>
  );
}
