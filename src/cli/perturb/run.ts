// Makes one perturbed copy of a clip with ffmpeg in a temporary folder and turns it into a keypoint track with the
// Node pose pipeline (the same path as npm run analyze). Tracks are cached beside the video, so that a table can be
// re-judged with a changed engine without running the pose model again.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { trackToJson, type PoseFrame, type Track } from '../../analysis/index.ts';
import { CameraMotionEstimator } from '../../pose/camera-motion.ts';
import type { PoseEstimator } from '../../pose/estimator.ts';
import { decodeFrames, findFfmpeg } from '../ffmpeg.ts';
import { extractTrack, readTrackFile } from '../track-from-file.ts';
import type { ClipGeometry, Perturbation } from './perturbations.ts';

/** Width, height and frame count of a clip (frames counted by decoding: some clips vary their rate). */
export function clipGeometry(file: string): ClipGeometry {
  const res = spawnSync(findFfmpeg().path, ['-hide_banner', '-nostdin', '-i', file, '-map', '0:v:0', '-f', 'null', '-'], { encoding: 'utf8' });
  const text = res.stderr ?? '';
  const size = /Video: .*?, (\d{2,5})x(\d{2,5})/.exec(text);
  const frames = [...text.matchAll(/frame=\s*(\d+)/g)].pop();
  if (!size || !frames) throw new Error(`ffmpeg could not read the size of ${file}.`);
  return { width: Number(size[1]), height: Number(size[2]), frames: Number(frames[1]) };
}

/** The perturbed copy of clipFile in dir (made once). */
export function perturbClip(clipFile: string, p: Perturbation, g: ClipGeometry, dir: string, stem: string): string {
  const out = join(dir, `${stem}.${p.id}.mp4`);
  if (existsSync(out)) return out;
  const spec = p.build(g);
  const filter = spec.complex !== undefined ? ['-filter_complex', spec.complex] : ['-vf', spec.vf ?? 'null'];
  const encode = ['-an', '-c:v', 'libx264', '-preset', 'veryfast', '-pix_fmt', 'yuv420p', '-crf', '18', ...(spec.output ?? [])];
  execFileSync(findFfmpeg().path, ['-hide_banner', '-nostdin', '-loglevel', 'error', '-y', '-i', clipFile, ...filter, ...encode, out],
    { stdio: ['ignore', 'ignore', 'pipe'] });
  return out;
}

/**
 * The track of a perturbed video, from the cache when it was extracted before. A cached track from before the camera
 * measure (`.track.json`) gets it added from the video's pixels and its own keypoints, as the pose pipeline measures it
 * (the keypoints are the stored ones, rounded to 0.1 px), and is kept as `.camera.track.json`. A cached camera track
 * without any cut gets the cut test run on its video (in memory: the file is left as it is, since a kept folder may
 * serve an engine that predates the field; a video without cuts is decoded again on every run).
 */
export async function trackOf(video: string, estimator: PoseEstimator | undefined): Promise<Track> {
  const cached = `${video}.camera.track.json`;
  if (existsSync(cached)) {
    const track = readTrackFile(cached);
    return track.frames.some((f) => f.cameraCut) ? track : withCameraCuts(video, track);
  }
  const poseOnly = `${video}.track.json`;
  let track: Track;
  if (existsSync(poseOnly)) track = await withCameraMotion(video, readTrackFile(poseOnly));
  else if (estimator === undefined) throw new Error(`no cached track for ${video}, and no pose model to make one.`);
  else track = (await extractTrack(video, { estimator })).track;
  writeFileSync(cached, JSON.stringify(track));
  return track;
}

/** The track with each frame's camera motion measured on the video's decoded pixels (same decoder, same order). */
export async function withCameraMotion(video: string, track: Track): Promise<Track> {
  const camera = new CameraMotionEstimator();
  const frames: PoseFrame[] = [];
  for await (const decoded of decodeFrames(video)) {
    const frame = track.frames[decoded.index];
    if (frame === undefined) break;
    frames.push({ tMs: frame.tMs, keypoints: frame.keypoints, ...camera.read(decoded.rgb, decoded.width, decoded.height, 3, frame.keypoints, frame.tMs) });
  }
  if (frames.length !== track.frames.length) throw new Error(`${video} decoded to ${frames.length} frames, its track has ${track.frames.length}.`);
  return trackToJson({ ...track, frames });
}

/** The track with the cut test run on the video's pixels; every other field (the stored camera shifts too) as it was. */
async function withCameraCuts(video: string, track: Track): Promise<Track> {
  const measured = await withCameraMotion(video, track);
  return { ...track, frames: track.frames.map((f, i) => (measured.frames[i]!.cameraCut ? { ...f, cameraCut: true } : f)) };
}

export const readJson = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));
