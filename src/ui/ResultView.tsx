// The result of a finished set: a headline, the summary lines, a table per rep / hold / cycle with units, the criteria
// grid and the flags. The raw result stays available in a collapsed details for a therapist who wants every number.
import type { TaskOutcome } from './types.ts';
import { resultModel, type Table } from './result-model.ts';

function ResultTable({ table }: { table: Table }) {
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
                : <td key={j} class={cell.mark ?? ''} title={cell.title}>{cell.text}</td>))}
            </tr>
          ))}
        </tbody>
      </table>
      {table.notes.map((note) => <p key={note} class="table-note">{note}</p>)}
    </div>
  );
}

export function ResultView({ outcome }: { outcome: TaskOutcome }) {
  const { result, task } = outcome;
  const model = result ? resultModel(result) : null;
  return (
    <section class="result" aria-labelledby="result-title" data-testid="result">
      <h2 id="result-title">{task.title}</h2>
      <p class="result-headline" data-testid="result-headline">{model ? model.headline : 'No result'}</p>
      <p class="saved" data-testid="saved">{outcome.saved}</p>
      {model && (
        <>
          <ul class="summary-lines">{model.lines.map((line) => <li key={line}>{line}</li>)}</ul>
          {model.tables.map((t) => <ResultTable key={t.caption} table={t} />)}
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
