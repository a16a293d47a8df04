import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeFrames, findTask, trackFromText } from '../analysis/index.ts';
import { fixtureTrackPath } from '../cli/clips.ts';
import { praiseFor, PRAISE_MILESTONE_REPS } from '../app/cheer.ts';
import { mainNumberOf } from './screens/SessionList.tsx';
import { criteriaTable, resultModel } from './result-model.ts';
import type { SessionRow } from '../records/index.ts';

function jumpingJackResult() {
  const parsed = trackFromText(readFileSync(fixtureTrackPath('jumping-jacks/jj-white-wall.mp4'), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.reason);
  const t = parsed.track;
  return analyzeFrames(findTask('jumping-jack')!, { width: t.width, height: t.height, fps: t.fps }, t.frames);
}

describe('the result screen model', () => {
  it('shows one table row per jumping jack with units in the headers and a criteria grid with one column per jack', () => {
    const model = resultModel(jumpingJackResult());
    expect(model.headline).toBe('12 jumping jacks');
    const [reps, criteria] = model.tables;
    expect(reps!.rows).toHaveLength(12);
    expect(reps!.head).toContain('Leg spread (× hip width)');
    expect(criteria!.head).toHaveLength(13);
    expect(criteria!.rows.flat().filter((c) => c.mark !== undefined).every((c) => c.title !== undefined)).toBe(true);
    expect(model.lines[0]).toMatch(/^Item score: \d+ of \d+ \(CTAPE #22/);
  });

  it('reads "not scorable" with the reason, once per reason, where a criterion could not be scored', () => {
    const hidden = { id: 'arms', label: 'Arms up', score: null, evidence: 'wrists not visible' } as const;
    const table = criteriaTable('Criteria', 'Jump', [[hidden], [hidden]])!;
    expect(table.rows[0]!.slice(1).map((c) => c.text)).toEqual(['not scorable', 'not scorable']);
    expect(table.notes).toEqual(['Not scorable in jump 1, 2 — Arms up: wrists not visible.']);
  });
});

describe('History and praise', () => {
  const row = (task: string, summary: SessionRow['summary'], itemCount = 0): SessionRow => ({
    id: 's1', childId: 'c1', task, protocol: 'default', settings: {}, startedAtMs: 0, source: 'live', fileName: null,
    model: 'movenet-lightning', backend: 'cpu', engineVersion: '1', status: 'complete', summary, itemCount, durationMs: 0, track: null, note: '',
  });

  it('lists a session by its task\'s headline: count, longest hold or crawl cycles', () => {
    expect(mainNumberOf(row('jumping-jack', { task: 'jumping-jack', count: 12 }))).toBe('12 jumping jacks');
    expect(mainNumberOf(row('single-leg-stance', { task: 'single-leg-stance', longestHoldS: { left: 4.2, right: null } }))).toBe('Longest hold 4.2 s');
    expect(mainNumberOf(row('tandem-stance', { task: 'tandem-stance', longestHoldS: 3.04 }))).toBe('Longest hold 3.0 s');
    expect(mainNumberOf(row('crawl', { task: 'crawl', cycles: 1 }))).toBe('1 crawl cycle');
  });

  it('lists a session it cannot read (no summary yet, or a task this version lacks) by its item count', () => {
    expect(mainNumberOf(row('hop', {}, 3))).toBe('3 items');
    expect(mainNumberOf(row('skipping', { task: 'skipping', count: 4 }, 4))).toBe('4 items');
  });

  it('names the count every few reps and varies the word in between', () => {
    expect(praiseFor(PRAISE_MILESTONE_REPS)).toBe(`${PRAISE_MILESTONE_REPS} already — fantastic!`);
    expect(praiseFor(1)).not.toBe(praiseFor(2));
  });
});
