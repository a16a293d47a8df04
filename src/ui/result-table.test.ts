import { describe, expect, it } from 'vitest';
import { firstReps } from './ResultTable.tsx';
import type { Cell, Table } from './result-model.ts';

const grade = (index: number): Cell => ({ text: '1 ✓', mark: 'met', grade: { target: 'rep', index, field: 'arms', engine: 1, name: `arms in jack ${index + 1}` } });

/** A criteria grid: a column per rep (head "Criterion", "Jack 1" ...), a row per criterion. */
const grid = (reps: number): Table => ({
  caption: 'Criteria', notes: [],
  head: ['Criterion', ...Array.from({ length: reps }, (_, i) => `Jack ${i + 1}`)],
  rows: [[{ text: 'Arms overhead' }, ...Array.from({ length: reps }, (_, i) => grade(i))]],
});

/** An item list: a row per rep. */
const list = (reps: number): Table => ({
  caption: 'Jumps', notes: ['a note'], head: ['Jump', 'Height'],
  rows: Array.from({ length: reps }, (_, i) => [{ text: String(i + 1) }, { text: `${i} cm` }]),
});

describe('firstReps (the result screen draws the first reps of a long set, the rest on request)', () => {
  it('cuts a criteria grid by its rep columns, keeping the criterion column', () => {
    const { shown, total } = firstReps(grid(120), 50);
    expect(total).toBe(120);
    expect(shown.head).toHaveLength(51);
    expect(shown.head[0]).toBe('Criterion');
    expect(shown.rows[0]).toHaveLength(51);
    expect(shown.rows[0]![50]!.grade?.index).toBe(49);
  });

  it('cuts an item list by its rows and keeps its notes', () => {
    const { shown, total } = firstReps(list(80), 50);
    expect(total).toBe(80);
    expect(shown.rows).toHaveLength(50);
    expect(shown.notes).toEqual(['a note']);
  });

  it('leaves a short set whole', () => {
    const table = list(12);
    const { shown, total } = firstReps(table, 50);
    expect(total).toBe(12);
    expect(shown.rows).toEqual(table.rows);
  });
});
