// npm run eval -- --perturb [--model lightning|thunder] [--keep DIR] [--only ID,ID] [--json] [FILTER]: the robustness
// suite of issue 10. Every labelled video clip (stills aside) is re-recorded under each everyday condition of
// perturb/perturbations.ts with ffmpeg into a temporary folder (never committed), run through the pose model and the
// engine, and judged against its label: a table clip x perturbation. --keep DIR keeps the videos and their tracks, so
// a second run re-judges them with a changed engine without running the model again.
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyzeFrames, findTask } from '../analysis/index.ts';
import type { PoseEstimator } from '../pose/estimator.ts';
import { createNodePoseEstimator } from '../pose/node.ts';
import { CLIPS_DIR, readLabels, type ClipLabel } from './clips.ts';
import { judge } from './eval-judge.ts';
import { PERTURBATIONS, type Perturbation } from './perturb/perturbations.ts';
import { clipGeometry, perturbClip, trackOf } from './perturb/run.ts';

export interface PerturbCell { readonly clip: string; readonly perturbation: string; readonly got: string; readonly pass: boolean; readonly error?: string }

export interface PerturbOptions {
  readonly model: 'lightning' | 'thunder';
  /** Folder for the videos and tracks; a fresh temporary one (removed afterwards) when absent. */
  readonly keepDir?: string;
  readonly perturbations?: readonly string[];
  readonly clipFilter?: readonly string[];
  readonly onCell?: (cell: PerturbCell) => void;
}

const isVideo = (c: ClipLabel) => !/\.(jpe?g|png)$/i.test(c.file);

/** Runs the suite; every cell is judged with the clip's own label and tolerance. */
export async function runPerturbSuite(opts: PerturbOptions): Promise<PerturbCell[]> {
  const dir = opts.keepDir ?? mkdtempSync(join(tmpdir(), 'springboard-perturb-'));
  mkdirSync(dir, { recursive: true });
  const perturbations = PERTURBATIONS.filter((p) => !opts.perturbations || opts.perturbations.includes(p.id));
  const clips = readLabels().filter((c) => isVideo(c) && findTask(c.task) !== undefined
    && (!opts.clipFilter || opts.clipFilter.length === 0 || opts.clipFilter.some((f) => c.file.includes(f))));
  let estimator: PoseEstimator | undefined;
  const cells: PerturbCell[] = [];
  try {
    for (const clip of clips) {
      const file = join(CLIPS_DIR, clip.file);
      const geometry = clipGeometry(file);
      const stem = clip.file.replace(/\.[^.]+$/, '').replace(/\//g, '__');
      for (const p of perturbations) {
        const cell = await runCell(clip, p, () => perturbClip(file, p, geometry, dir, stem),
          async () => (estimator ??= await createNodePoseEstimator(opts.model)));
        cells.push(cell);
        opts.onCell?.(cell);
      }
    }
  } finally {
    estimator?.dispose();
    if (opts.keepDir === undefined) rmSync(dir, { recursive: true, force: true });
  }
  return cells;
}

async function runCell(clip: ClipLabel, p: Perturbation, make: () => string, model: () => Promise<PoseEstimator>): Promise<PerturbCell> {
  try {
    const video = make();
    const track = await trackOf(video, await model());
    const result = analyzeFrames(findTask(clip.task)!, { width: track.width, height: track.height, fps: track.fps }, track.frames);
    const verdict = judge(clip.expect, result);
    return { clip: clip.file, perturbation: p.id, got: verdict.got, pass: verdict.pass };
  } catch (err) {
    return { clip: clip.file, perturbation: p.id, got: 'error', pass: false, error: err instanceof Error ? err.message : String(err) };
  }
}

/** The table: one row per clip, one column per perturbation; a cell is the result, with "X" where it misses the label. */
export function perturbTable(cells: readonly PerturbCell[]): string {
  const ids = [...new Set(cells.map((c) => c.perturbation))];
  const clips = [...new Set(cells.map((c) => c.clip))];
  const short = (got: string) => got.replace(/^(count|cycles|holds) /, '').replace(/ s (left|right)/g, ' s').replace(/, from /, ' @');
  const lines = [`| clip | ${ids.join(' | ')} |`, `|---|${ids.map(() => '---').join('|')}|`];
  for (const clip of clips) {
    const row = ids.map((id) => {
      const c = cells.find((x) => x.clip === clip && x.perturbation === id);
      return c === undefined ? '' : `${short(c.got)}${c.pass ? '' : ' **X**'}`;
    });
    lines.push(`| ${clip} | ${row.join(' | ')} |`);
  }
  const passed = cells.filter((c) => c.pass).length;
  lines.push('', `${passed} of ${cells.length} within the label's tolerance.`);
  return lines.join('\n');
}

export const perturbationList = (): string => PERTURBATIONS.map((p) => `- ${p.id}: ${p.about}`).join('\n');
