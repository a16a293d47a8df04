// Result screen models of the balance holds (single-leg and tandem stance) and the crawl.
import type { BalanceError, CrawlResult, SingleLegStanceResult, TandemStanceResult } from '../analysis/index.ts';
import { num, text, type ResultModel, type Table } from './result-parts.ts';

const errorsText = (errors: readonly BalanceError[]) =>
  (errors.length === 0 ? 'none' : errors.map((e) => `${e.kind} at ${num(e.tMs / 1000, 1)} s`).join('; '));

const heldText = (h: { durationS: number; uncertaintyS: number }) => `${num(h.durationS, 1)} ± ${num(h.uncertaintyS, 2)}`;

const errorScoreLine = (score: number | null) =>
  (score === null ? 'Error score: not counted (only a timed trial has one).' : `Error score (BESS style): ${score}.`);

export function balanceModel(r: SingleLegStanceResult): ResultModel {
  const holds: Table = {
    caption: 'Each hold (sides are the child\'s own)',
    head: ['Hold', 'Standing leg', 'Held (s)', 'Ended by', 'Most trunk lean (°)', 'Arms out', 'Errors'],
    rows: r.holds.map((h, i) => [text(String(i + 1)), text(h.standingLeg), text(heldText(h)), text(h.endReason),
      text(num(h.maxTrunkLeanDeg)), text(String(h.armExcursions)), text(errorsText(h.errors))]),
    notes: [],
  };
  const longest = Math.max(r.longestHoldS.left ?? 0, r.longestHoldS.right ?? 0);
  return {
    headline: `Longest hold ${num(longest, 1)} s`,
    lines: [
      `Longest hold on the left leg: ${r.longestHoldS.left === null ? 'none' : `${num(r.longestHoldS.left, 1)} s`}; `
        + `on the right leg: ${r.longestHoldS.right === null ? 'none' : `${num(r.longestHoldS.right, 1)} s`}.`,
      errorScoreLine(r.errorScore), `Protocol: ${r.protocol}.`,
    ],
    tables: r.holds.length > 0 ? [holds] : [],
    flags: r.flags,
  };
}

export function tandemModel(r: TandemStanceResult): ResultModel {
  const holds: Table = {
    caption: 'Each hold (sides are the child\'s own)',
    head: ['Hold', 'Front foot', 'View', 'Held (s)', 'Ended by', 'Errors'],
    rows: r.holds.map((h, i) => [text(String(i + 1)), text(h.frontFoot ?? 'not seen (front view)'), text(h.view), text(heldText(h)),
      text(h.endReason), text(errorsText(h.errors))]),
    notes: r.notJudged.map((why) => `Not judged in this view: ${why}.`),
  };
  return {
    headline: `Longest hold ${num(r.longestHoldS ?? 0, 1)} s`,
    lines: [`Camera view: ${r.view}.`, errorScoreLine(r.errorScore), `Protocol: ${r.protocol}.`],
    tables: r.holds.length > 0 ? [holds] : [],
    flags: r.flags,
  };
}

export function crawlModel(r: CrawlResult): ResultModel {
  const cycles: Table = {
    caption: 'Each crawl cycle',
    head: ['Cycle', 'Leading hand', 'Start (s)', 'End (s)', 'Duration (s)'],
    rows: r.cycleList.map((c, i) => [text(String(i + 1)), text(c.hand), text(num(c.startMs / 1000, 1)), text(num(c.endMs / 1000, 1)),
      text(num((c.endMs - c.startMs) / 1000, 2))]),
    notes: [],
  };
  return {
    headline: `${r.cycles} crawl ${r.cycles === 1 ? 'cycle' : 'cycles'}`,
    lines: [
      `Pattern: ${r.pattern} (confidence ${num(100 * r.confidence)}%). Posture: ${r.posture}. Camera view: ${r.view}.`,
      `Cadence: ${r.cadencePerMin === null ? 'not measured' : `${num(r.cadencePerMin)} cycles per minute`}; `
        + `left/right symmetry: ${r.symmetry === null ? 'not measured' : num(r.symmetry, 2)} (1 = even).`,
      `Distance: ${r.distanceM === null ? 'not measured in a front view' : `${num(r.distanceM, 2)} m`}; duration ${num(r.durationS, 1)} s.`,
      ...r.evidence,
      `${r.gmfmHint} (reference, not a diagnosis).`,
    ],
    tables: r.cycleList.length > 0 ? [cycles] : [],
    flags: r.flags,
  };
}
