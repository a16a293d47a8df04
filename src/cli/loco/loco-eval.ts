// npm run eval -- --tracks --loco [--model thunder] [FILTER] (issue 10, leave-one-clip-out): for each labelled clip,
// every clip-chosen threshold of its task (thresholds.ts) is re-derived by its rule from the OTHER clips' evidence,
// the clip is analysed with those values (config overrides through the task table; the engine is unchanged) and judged
// against its label like the normal eval. Evidence pools both models' fixture tracks of a clip: one shipped config
// serves both models and was read off both, so a clip is left out under both.
import { analyzeFrames, findTask } from '../../analysis/index.ts';
import type { ClipLabel } from '../clips.ts';
import { judge } from '../eval-judge.ts';
import { loadClipData, type ClipData, type TrackModel } from './clip-data.ts';
import { deriveWithout, midwayRule, type Derived, type Evidence } from './rules.ts';
import { CLIP_THRESHOLDS, type ClipThreshold } from './thresholds.ts';

export const TRACK_MODELS: readonly TrackModel[] = ['lightning', 'thunder'];

/** One threshold as a clip is checked with it. */
export interface LocoValue {
  readonly name: string;
  readonly shipped: number;
  /** The rule's value without the clip; undefined when no other clip gave evidence (the shipped value is used). */
  readonly withoutClip: Derived | undefined;
  /** The value the clip was analysed with. */
  readonly used: number;
}

export interface LocoRow {
  readonly clip: string;
  readonly task: string;
  readonly values: readonly LocoValue[];
  readonly expected: string;
  readonly got: string;
  readonly pass: boolean;
}

/** Every threshold's evidence by clip, both models' tracks pooled. */
export function evidenceByThreshold(data: readonly ClipData[]): Map<ClipThreshold, Map<string, Evidence>> {
  const out = new Map<ClipThreshold, Map<string, Evidence>>();
  for (const t of CLIP_THRESHOLDS) {
    const byClip = new Map<string, Evidence>();
    for (const d of data) {
      const e = t.measure(d);
      const had = byClip.get(d.label.file);
      byClip.set(d.label.file, had === undefined ? e : { pass: [...had.pass, ...e.pass], reject: [...had.reject, ...e.reject] });
    }
    out.set(t, byClip);
  }
  return out;
}

/** The rule over every clip (what the inventory reports beside the shipped value). */
export function deriveOverAll(evidence: Map<ClipThreshold, Map<string, Evidence>>): { threshold: ClipThreshold; derived: Derived | undefined }[] {
  return CLIP_THRESHOLDS.map((t) => ({ threshold: t, derived: midwayRule([...(evidence.get(t)?.values() ?? [])], t.reference) }));
}

/** The config overrides (nested by each field's path) that set each threshold to its used value. */
export function overridesOf(thresholds: readonly ClipThreshold[], values: readonly LocoValue[]): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  thresholds.forEach((t, i) => {
    let node = root;
    for (const key of t.path.slice(0, -1)) node = (node[key] ??= {}) as Record<string, unknown>;
    node[t.path[t.path.length - 1]!] = values[i]!.used;
  });
  return root;
}

export interface LocoRun {
  readonly rows: readonly LocoRow[];
  /** Each threshold's rule over every clip (the inventory's value beside the shipped one). */
  readonly overAll: readonly { threshold: ClipThreshold; derived: Derived | undefined }[];
}

/** The LOCO eval of `model`'s fixture tracks; `labels` are every labelled clip (all give evidence), `check` those judged. */
export function runLoco(labels: readonly ClipLabel[], model: TrackModel, check: (label: ClipLabel) => boolean = () => true): LocoRun {
  const all = TRACK_MODELS.flatMap((m) => labels.map((l) => loadClipData(l, m)).filter((d): d is ClipData => d !== undefined));
  const evidence = evidenceByThreshold(all);
  const rows: LocoRow[] = [];
  for (const label of labels) {
    if (!check(label)) continue;
    const clip = all.find((d) => d.model === model && d.label.file === label.file);
    const task = findTask(label.task);
    if (clip === undefined || task === undefined) {
      rows.push({ clip: label.file, task: label.task, values: [], expected: '', got: task ? `no ${model} fixture track` : 'task not supported yet', pass: false });
      continue;
    }
    const thresholds = CLIP_THRESHOLDS.filter((t) => t.task === label.task);
    const values = thresholds.map((t): LocoValue => {
      const withoutClip = deriveWithout(evidence.get(t)!, label.file, t.reference);
      return { name: t.path.join('.'), shipped: t.shipped, withoutClip, used: withoutClip?.value ?? t.shipped };
    });
    const result = analyzeFrames(task, clip.source, clip.rawFrames, { config: overridesOf(thresholds, values) });
    rows.push({ clip: label.file, task: label.task, values, ...judge(label.expect, result) });
  }
  return { rows, overAll: deriveOverAll(evidence) };
}

/** A threshold value to 3 significant digits, as the table prints it. */
export const formatValue = (v: number): string => String(Number(v.toPrecision(3)));

/** The cell of re-derived thresholds: "arms.enter 0.0265 (shipped 0.05)", one per threshold; "none" without any. */
export function valuesCell(values: readonly LocoValue[]): string {
  if (values.length === 0) return 'none (no clip-chosen threshold)';
  return values.map((v) => `${v.name} ${v.withoutClip === undefined ? 'no evidence, shipped' : formatValue(v.used)} (${formatValue(v.shipped)})`).join('; ');
}

/** The inventory: each threshold's rule over every clip beside its shipped value, with the two values it sat between. */
export function formatInventory(overAll: LocoRun['overAll']): string {
  const lines = [
    '| threshold | unit | shipped | rule over all clips | lowest pass | highest stop |',
    '|---|---|---|---|---|---|',
    ...overAll.map(({ threshold: t, derived: d }) => (d === undefined
      ? `| ${t.name} | ${t.unit} | ${formatValue(t.shipped)} | no evidence | | |`
      : `| ${t.name} | ${t.unit} | ${formatValue(t.shipped)} | ${formatValue(d.value)} | ${formatValue(d.lowestPass)} | ${formatValue(d.highestReject)}${d.rejectFromClips ? '' : ' (reference)'} |`)),
  ];
  return lines.join('\n');
}

/** The LOCO table as Markdown (the README shows it as printed) and its summary line. */
export function formatLoco(rows: readonly LocoRow[], model: TrackModel): string {
  const lines = [
    '| clip | thresholds without the clip (shipped) | expected | got | pass |',
    '|---|---|---|---|---|',
    ...rows.map((r) => `| ${r.clip} | ${valuesCell(r.values)} | ${r.expected} | ${r.got} | ${r.pass ? 'yes' : 'NO'} |`),
    '',
    `LOCO: ${rows.filter((r) => r.pass).length} of ${rows.length} clips pass (movenet-${model}, fixture tracks)`,
  ];
  return lines.join('\n');
}
