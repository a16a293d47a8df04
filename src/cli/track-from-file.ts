// Turns a video, GIF or image into a springboard track with the Node pose pipeline, or reads a track file back.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { trackFromText, trackToJson, type PoseFrame, type Track } from '../analysis/index.ts';
import type { ModelChoice, PoseEstimator } from '../pose/estimator.ts';
import { createNodePoseEstimator } from '../pose/node.ts';
import { decodeFrames } from './ffmpeg.ts';
import { InputError, mediaProblem } from './input-checks.ts';
import { completeness, probeMedia, type Completeness } from './probe.ts';

export interface ExtractProgress { readonly done: number; readonly total: number }

/** Nominal rate from the median interval between frame timestamps (robust to a late start or a variable rate). */
export function fpsFromFrames(frames: readonly { tMs: number }[], fallback: number): number {
  const dts: number[] = [];
  for (let i = 1; i < frames.length; i++) {
    const dt = frames[i]!.tMs - frames[i - 1]!.tMs;
    if (dt > 0) dts.push(dt);
  }
  if (dts.length === 0) return fallback;
  dts.sort((a, b) => a - b);
  return Math.round((1000 / dts[Math.floor(dts.length / 2)]!) * 1000) / 1000;
}

export async function extractTrack(
  file: string,
  opts: { model?: ModelChoice; estimator?: PoseEstimator; onProgress?: (p: ExtractProgress) => void; signal?: AbortSignal } = {},
): Promise<{ track: Track; backend: string; completeness: Completeness }> {
  const probe = probeMedia(file);
  const problem = mediaProblem(file, probe);
  if (problem !== null) throw new InputError(problem);
  const total = probe.kind === 'video' ? probe.frames : 0;
  const estimator = opts.estimator ?? await createNodePoseEstimator(opts.model ?? 'lightning');
  estimator.reset(); // a new clip: MoveNet must not crop around the previous clip's last pose
  const damage: string[] = [];
  const frames: PoseFrame[] = [];
  let width = 0;
  let height = 0;
  for await (const decoded of decodeFrames(file, opts.signal, damage)) {
    width = decoded.width;
    height = decoded.height;
    frames.push(await estimator.estimateRgb(decoded.rgb, decoded.width, decoded.height, decoded.tMs));
    opts.onProgress?.({ done: frames.length, total: Math.max(total, frames.length) });
  }
  const track = trackToJson({
    model: estimator.model, source: basename(file), width, height, fps: fpsFromFrames(frames, 30), frames,
  });
  if (!opts.estimator) estimator.dispose();
  return { track, backend: estimator.backend, completeness: completeness(frames.length, total, damage, probe.kind !== 'video' || probe.framesExact) };
}

/** Reasons from the track schema that already say what to do; the others get the general advice below. */
const REASON_WITH_ADVICE = /: (update the app|each frame needs its own, later time|the file is damaged)$/;

export function readTrackFile(file: string): Track {
  const result = trackFromText(readFileSync(file, 'utf8'));
  if (!result.ok) {
    const advice = REASON_WITH_ADVICE.test(result.reason) ? '' : '; make it again with --save-track, or correct that field';
    throw new InputError(`${file} is not a usable track: ${result.reason}${advice}.`);
  }
  return result.track;
}

export const isTrackFile = (file: string): boolean => file.toLowerCase().endsWith('.json');
