// The everyday recording conditions the robustness suite applies to every labelled clip (issue 10), as ffmpeg filter
// chains. Sizes are fractions of the frame, so a perturbation means the same on every clip. Each is generated at test
// time into a temporary folder, never committed.

export interface ClipGeometry { readonly width: number; readonly height: number; readonly frames: number }

export interface Perturbation {
  readonly id: string;
  /** What it imitates, for the README table. */
  readonly about: string;
  /** ffmpeg -vf (or -filter_complex when complex) for a clip of this size, and extra output options. */
  build(g: ClipGeometry): { readonly vf?: string; readonly complex?: string; readonly output?: readonly string[] };
}

const even = (n: number) => 2 * Math.round(n / 2);

/** A crop window of 94% of the frame that wanders by up to 3% of it (sine per axis), scaled back to the frame size. */
function wander(g: ClipGeometry, periodS: number): string {
  const w = even(g.width * 0.94); const h = even(g.height * 0.94);
  const ax = (g.width - w) / 2; const ay = (g.height - h) / 2;
  return `crop=${w}:${h}:x='${ax}+${ax}*sin(2*PI*t/${periodS})':y='${ay}+${ay}*sin(2*PI*t/${(periodS * 0.77).toFixed(3)})',` +
    `scale=${g.width}:${g.height}`;
}

/** A stale copy of an earlier frame for 4 frames at 45% of the clip (a frozen or damaged stretch of video). */
function freezeAt(g: ClipGeometry): string {
  const first = Math.max(11, Math.round(g.frames * 0.45));
  return `[0:v]split[a][b];[a][b]freezeframes=first=${first}:last=${first + 3}:replace=${first - 10}`;
}

/** One frame at 45% of the clip repeated over the 3 frames after it: the clip keeps its length and timestamps, so the
 * label still holds (inserting frames would lengthen whatever they fall in). */
function stutterAt(g: ClipGeometry): string {
  const at = Math.round(g.frames * 0.45);
  return `[0:v]split[a][b];[a][b]freezeframes=first=${at + 1}:last=${at + 3}:replace=${at}`;
}

export const PERTURBATIONS: readonly Perturbation[] = [
  { id: 'shake-low', about: 'hand-held sway: the picture wanders 3% of the frame, period 1.3 s', build: (g) => ({ vf: wander(g, 1.3) }) },
  { id: 'shake-high', about: 'camera shake: the picture wanders 3% of the frame, period 0.25 s', build: (g) => ({ vf: wander(g, 0.25) }) },
  {
    id: 'zoom-pan', about: 'slow zoom in to 115% over 8 s with a slow sideways pan',
    build: (g) => ({
      vf: `scale=w='2*trunc(iw*(1+0.15*min(t/8\\,1))/2)':h=-2:eval=frame,` +
        `crop=${g.width}:${g.height}:x='(in_w-out_w)/2*(1+0.8*sin(2*PI*t/10))':y='(in_h-out_h)/2'`,
    }),
  },
  { id: 'rotate-4deg', about: 'camera tilted 4 degrees', build: () => ({ vf: 'rotate=4*PI/180:fillcolor=black' }) },
  { id: 'down-240p', about: 'downscaled to 240 px high', build: () => ({ vf: 'scale=-2:240' }) },
  { id: 'fps-15', about: 'resampled to 15 fps', build: () => ({ vf: 'fps=15' }) },
  { id: 'fps-60', about: 'resampled to 60 fps (each frame repeated: timing, not new motion)', build: () => ({ vf: 'fps=60' }) },
  { id: 'blur', about: 'out of focus: Gaussian blur, sigma 1% of the frame height', build: (g) => ({ vf: `gblur=sigma=${Math.max(1, g.height * 0.01).toFixed(1)}` }) },
  { id: 'noise', about: 'sensor noise in low light: noise strength 25 of 100, changing every frame', build: () => ({ vf: 'noise=alls=25:allf=t' }) },
  { id: 'compress', about: 'heavy compression: H.264 at CRF 42', build: () => ({ vf: 'null', output: ['-crf', '42'] }) },
  { id: 'freeze-4', about: '4 frames mid-set replaced by a stale frame from 10 frames earlier', build: (g) => ({ complex: freezeAt(g) }) },
  { id: 'duplicate-3', about: 'one frame mid-set shown 3 more times in place of the next 3 (a stutter)', build: (g) => ({ complex: stutterAt(g) }) },
];
