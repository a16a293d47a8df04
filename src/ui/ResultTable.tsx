// One table of the result screen, shown as a grid only where it fits: on a narrower screen (a phone, or a long set's
// criteria grid) it becomes one card per rep with its criteria inside, so nothing scrolls sideways. The grid's
// natural width is measured once it is laid out; a resize compares the space with that width.
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Cell, GradeRef, Table } from './result-model.ts';

type OnCorrect = ((grade: GradeRef) => void) | undefined;

/** A mark (✓ met, ✗ not met, not scorable) and, apart from it, a clearly labelled control to change it. */
function Mark({ cell, onCorrect, as: Tag }: { cell: Cell; onCorrect: OnCorrect; as: 'td' | 'div' }) {
  const grade = cell.grade;
  return (
    <Tag class={`mark-cell ${cell.mark ?? ''}${cell.overridden ? ' overridden' : ''}`} title={cell.title} data-testid={grade ? 'grade-cell' : undefined}
      data-target={grade?.target} data-index={grade?.index} data-field={grade?.field} data-engine={grade ? String(grade.engine) : undefined}>
      <span class="mark">
        {cell.overridden && <span class="override-marker" aria-label="corrected by the therapist">✎ </span>}
        {cell.text}
      </span>
      {grade && onCorrect && (
        <button type="button" class="correct" aria-label={`Change the mark of ${grade.name}`} onClick={() => onCorrect(grade)}>change</button>
      )}
    </Tag>
  );
}

function Grid({ table, onCorrect }: { table: Table; onCorrect: OnCorrect }) {
  return (
    <table>
      <caption>{table.caption}</caption>
      <thead><tr>{table.head.map((h) => <th key={h} scope="col">{h}</th>)}</tr></thead>
      <tbody>
        {table.rows.map((row, i) => (
          <tr key={i}>
            {row.map((cell, j) => (j === 0 ? <th key={j} scope="row">{cell.text}</th> : <Mark key={j} as="td" cell={cell} onCorrect={onCorrect} />))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Cards: a criteria grid (a column per rep) gives a card per rep; a table with a row per rep gives a card per row. */
function Cards({ table, onCorrect }: { table: Table; onCorrect: OnCorrect }) {
  const perColumn = repsAreColumns(table);
  const cards = perColumn
    ? table.head.slice(1).map((title, j) => ({ title, entries: table.rows.map((row) => ({ label: row[0]?.text ?? '', cell: row[j + 1]! })) }))
    : table.rows.map((row) => ({ title: row[0]?.text ?? '', entries: row.slice(1).map((cell, j) => ({ label: table.head[j + 1] ?? '', cell })) }));
  return (
    <div class="result-cards" role="group" aria-label={table.caption}>
      <h2 class="cards-caption">{table.caption}</h2>
      <ol class="cards">
        {cards.map((card) => (
          <li key={card.title} class="result-card">
            <h3>{card.title}</h3>
            <dl>
              {card.entries.map((e, k) => (
                <div key={k} class="card-entry"><dt>{e.label}</dt><dd><Mark as="div" cell={e.cell} onCorrect={onCorrect} /></dd></div>
              ))}
            </dl>
          </li>
        ))}
      </ol>
    </div>
  );
}

/** Whether the grid fits its box: measured on the grid itself, then kept as its width for later resizes. */
function useGridFits() {
  const box = useRef<HTMLDivElement>(null);
  const neededPx = useRef<number | null>(null);
  const [fits, setFits] = useState(true);
  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return undefined;
    const check = () => {
      const table = el.querySelector('table');
      if (table) neededPx.current = table.scrollWidth;
      if (neededPx.current !== null) setFits(neededPx.current <= el.clientWidth);
    };
    check();
    if (typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(check);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return { box, fits };
}

/**
 * Reps shown before "Show all". Reason: a 10-minute video of jumping gives ~1,300 reps; drawn all at once they are tens
 * of thousands of DOM nodes and most of the page's memory (the file-heap bench), while a therapist reads the first
 * trials' reps and the summary. 50 covers every standard trial (BOT-2 counts at most 30-50 reps a trial).
 */
export const REPS_SHOWN_FIRST = 50;

/** Whether a table's reps are its columns (a criteria grid: a column per rep) rather than its rows. */
const repsAreColumns = (table: Table): boolean => table.rows.some((row) => row.slice(1).some((c) => c.grade));

/** The table cut to its first `reps` reps, and how many it has in all. */
export function firstReps(table: Table, reps: number): { shown: Table; total: number } {
  if (repsAreColumns(table)) {
    const total = table.head.length - 1;
    return { shown: { ...table, head: table.head.slice(0, reps + 1), rows: table.rows.map((row) => row.slice(0, reps + 1)) }, total };
  }
  return { shown: { ...table, rows: table.rows.slice(0, reps) }, total: table.rows.length };
}

export function ResultTable({ table, onCorrect }: { table: Table; onCorrect: OnCorrect }) {
  const { box, fits } = useGridFits();
  const [all, setAll] = useState(false);
  const { shown, total } = all ? { shown: table, total: 0 } : firstReps(table, REPS_SHOWN_FIRST);
  const hidden = all ? 0 : total - REPS_SHOWN_FIRST;
  return (
    <div class="table-wrap" ref={box} data-layout={fits ? 'grid' : 'cards'}>
      {fits ? <Grid table={shown} onCorrect={onCorrect} /> : <Cards table={shown} onCorrect={onCorrect} />}
      {hidden > 0 && (
        <p class="table-more">
          The first {REPS_SHOWN_FIRST} of {total} are shown.{' '}
          <button type="button" class="secondary small" data-testid="show-all-reps" onClick={() => setAll(true)}>Show all {total}</button>
        </p>
      )}
      {table.notes.map((note) => <p key={note} class="table-note">{note}</p>)}
    </div>
  );
}
