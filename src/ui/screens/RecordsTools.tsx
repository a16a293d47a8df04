// The records on this device: backup export and import (checked, planned and confirmed before anything changes),
// the CSV export, and how much the device stores. Every refusal or result is one sentence in the records message.
import type { RecordsActions, RecordsView } from '../records-types.ts';

function ImportPlan({ view, actions }: { view: RecordsView; actions: RecordsActions }) {
  const plan = view.importPlan.value;
  if (!plan) return null;
  return (
    <div class="notice info" role="dialog" aria-label="Import a backup">
      <p>{plan.fileName}: {plan.summary}</p>
      <div class="controls">
        <button type="button" onClick={() => actions.confirmImport()}>Import it</button>
        <button type="button" class="secondary" onClick={() => actions.cancelImport()}>Do not import</button>
      </div>
    </div>
  );
}

export function RecordsMessage({ view }: { view: RecordsView }) {
  const message = view.message.value;
  if (!message) return null;
  return <p class={`notice ${message.kind}`} role={message.kind === 'error' ? 'alert' : 'status'} data-testid="records-message">{message.text}</p>;
}

export function RecordsTools({ view, actions }: { view: RecordsView; actions: RecordsActions }) {
  return (
    <section class="card records-tools" aria-labelledby="records-title">
      <h2 id="records-title">Your records on this device</h2>
      <p>Sessions stay on this device. Keep a backup file somewhere safe, or export a spreadsheet.</p>
      <div class="controls">
        <button type="button" class="secondary" onClick={() => actions.exportBackup()}>Export a backup</button>
        <label class="button secondary">
          Import a backup
          <input type="file" accept="application/json,.json" data-testid="backup-input" onChange={(e) => {
            const input = e.currentTarget;
            const file = input.files?.[0];
            input.value = '';
            if (file) actions.chooseImport(file);
          }} />
        </label>
        <button type="button" class="secondary" onClick={() => actions.exportCsv()}>Export CSV</button>
      </div>
      <ImportPlan view={view} actions={actions} />
      {view.storage.value && <p class="storage" data-testid="storage">{view.storage.value}</p>}
    </section>
  );
}
