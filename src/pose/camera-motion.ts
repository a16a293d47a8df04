// The camera's own motion, measured on the picture outside the person (issue 10): a hand-held phone or a bumped tripod
// moves the whole picture, and the feet with it, which the jump detectors would read as flights. Each frame is reduced
// to a small grey image; the shift that best lines it up with the previous one is found by block matching (sum of
// absolute differences), coarse to fine, with the person's box masked out. Two halves of the background, left and right
// of the person, are matched separately and must agree: a shift seen by only one of them (someone walking past, a
// caption, a cut) is no camera motion. A frame whose background lines up with the previous frame at no shift, while it
// did the frame before, is a cut (a new picture: an edited video, a re-framed shot); the analysis lets the body's jump
// there be a change of place, not a glitch. Pure TypeScript on pixel arrays: the browser, the pose worker and Node share it.
import type { Keypoint } from '../analysis/index.ts';

export interface CameraMotionConfig {
  /**
   * Long side of the grey image matched, px. Reason: the background's texture (walls, floor edges, furniture) survives
   * at this size while a 720p frame costs one pass to reduce; 160 px puts one grey pixel at 0.6% of the frame's long side.
   */
  readonly greyLongSidePx: number;
  /**
   * Search range at half the grey size, px either way (so twice that on the grey image). Reason: the camera
   * shake (a 3% wander at 4 Hz) moves a picture up to 2.2% of its height between frames at 25-30 fps; 5 px of an
   * 80 px half-size image is 6% of its long side, so the range holds with margin.
   */
  readonly searchHalfPx: number;
  /**
   * Keypoint score that places a keypoint in the person's box (0..1). Source: the analysis' usual 0.2-0.3 floor; low,
   * so that a faint limb still masks its pixels (masking too much only costs background).
   */
  readonly minKeypointScore: number;
  /**
   * Margin around the person's box as a share of the box's height. Reason: keypoints are joint centres; the body,
   * hair, clothes and a rope reach about a head beyond them (a head is ~1/6 of body height).
   */
  readonly boxMarginShare: number;
  /**
   * Fewest background pixels each half needs, as a share of the grey image. Reason: a strip of 2% of the picture is
   * still ~300 grey pixels (a 15 x 20 patch of wall, furniture, floor): enough texture for one shift; a squatting or
   * close-up person leaves 3-5% on a side. Smaller than that, a moving arm at the box edge can win the match.
   */
  readonly minRegionShare: number;
  /**
   * The best match's mean difference must be at most this share of the mean over the searched shifts. Reason: a plain
   * wall or a noisy dark picture matches every shift about equally (ratio near 1): no texture, no measure. Measured on
   * the labelled clips' textured backgrounds: 0.2-0.5.
   */
  readonly maxMatchRatio: number;
  /**
   * Least mean difference over the coarse search's shifts, grey levels (of 255): the background's own texture. Source:
   * measured at half size, a plain studio wall (rope-side-view: compression noise and a soft lighting gradient) gives
   * 0.3-1.9, a room with furniture and a floor line (squats-5fps) mostly 2-20. Reason: on a plain wall the best
   * shift is the noise's, not the camera's (its answers were off by 8 px a frame against 10 px of true shake);
   * no measure there is honest, and the analysis then treats the camera as still.
   */
  readonly minTextureGrey: number;
  /**
   * How far the two halves' shifts may differ, grey px (one grey pixel is 0.6% of the frame's long side). Reason: a
   * camera moves both halves alike to within the sub-pixel fit's error (0.3-1 px measured on a 5 fps clip with 6 px
   * shifts a frame); something else moving, or a match that locked onto the wrong texture, differs by whole pixels.
   */
  readonly maxDisagreeGreyPx: number;
  /**
   * Longest time a frame stays the reference while later frames fail to match it, ms. Reason: a frame that cannot be
   * matched (the person swept across the background, a blurred picture) is measured against the last matched one, so
   * the shifts still add up to the camera's whole motion; past ~1 s the picture has usually changed past the search
   * range, and a fresh reference is taken (the motion across that gap is lost).
   */
  readonly maxReferenceAgeMs: number;
  /**
   * A cut: against the previous frame (half size, the coarse search), each half's best shift leaves a difference above
   * minTextureGrey (more than a plain wall's noise) and at least minCutGrowth times the difference the previous pair of
   * frames left at its best shift (times, unitless). Source: single-leg-composite (a switch between two photos): the
   * best difference goes from 0.0-1.9 grey levels to 3.3-12.7 at each switch (also under the noise, fps-15 and zoom-pan
   * perturbations). Reason: a picture that never lines up (sensor noise in low light) leaves a steady difference frame
   * to frame (tree-pose-studio-long under noise: 5.4-7.1 grey levels over 12 frames), a new picture raises it at once;
   * twice is well above that steady difference's own frame-to-frame change (+-15%). Not the match ratio
   * (maxMatchRatio): under a slow zoom the switch's ratio was 0.46-0.62, a shift partly lining up two unrelated
   * pictures' plain strips. A camera moved past the search range reads as a cut too; the analysis needs the body's
   * jump to agree (motion-plausibility.ts).
   */
  readonly minCutGrowth: number;
}

export const DEFAULT_CAMERA_MOTION_CONFIG: CameraMotionConfig = {
  greyLongSidePx: 160,
  searchHalfPx: 5,
  minKeypointScore: 0.2,
  boxMarginShare: 1 / 6,
  minRegionShare: 0.02,
  maxMatchRatio: 0.7,
  minTextureGrey: 2,
  maxDisagreeGreyPx: 1.5,
  maxReferenceAgeMs: 1000,
  minCutGrowth: 2,
};

/**
 * What the measure says about one frame, as PoseFrame fields: the picture's shift (cameraPx) where it was measured,
 * and cameraCut where the picture changed (see minCutGrowth). Both absent: not measured (a plain wall, the first frame).
 */
export interface CameraReading { readonly cameraPx?: readonly [number, number]; readonly cameraCut?: true }

/** A grey image (one byte-range value per pixel) and the source pixels one grey pixel covers. */
export interface Grey { readonly data: Float32Array; readonly w: number; readonly h: number; readonly scale: number }

/** A frame reduced for the measure (CameraMotionEstimator.prepare): its grey image and that image at half size. */
export interface CameraFrame { readonly grey: Grey; readonly half: Grey }

/** Box in grey pixels, inclusive-exclusive; null when no person. */
type Box = { x0: number; y0: number; x1: number; y1: number } | null;

export class CameraMotionEstimator {
  /** The last frame matched (or the first): every shift is measured from it, so shifts add up across a failed frame. */
  private reference: { grey: Grey; half: Grey; box: Box; tMs: number } | null = null;
  /** The previous frame (any, matched or not), and the difference each half left at its best shift against its own previous. */
  private previous: { grey: Grey; half: Grey; box: Box } | null = null;
  private previousResidual: readonly [number, number] = [0, 0];

  constructor(private readonly config: CameraMotionConfig = DEFAULT_CAMERA_MOTION_CONFIG) {}

  /**
   * The picture's shift since the last frame that got one (or the first frame), in source px ([dx, dy]: the background
   * moved that far right and down), or undefined when it cannot be measured. pixels: RGB (3 channels) or RGBA (4), row
   * by row; tMs: the frame's time.
   */
  measure(
    pixels: ArrayLike<number>, width: number, height: number, channels: 3 | 4, keypoints: readonly Keypoint[] | null, tMs: number,
  ): readonly [number, number] | undefined {
    return this.measurePrepared(this.prepare(pixels, width, height, channels), keypoints, tMs);
  }

  /**
   * The pixel work of a measure, which needs no pose: the frame's grey image and its half. Keeps no state, so it can
   * run for one frame while the model estimates another (the frame worker, frame-reader-worker.ts).
   */
  prepare(pixels: ArrayLike<number>, width: number, height: number, channels: 3 | 4): CameraFrame {
    const grey = toGrey(pixels, width, height, channels, this.config.greyLongSidePx);
    return { grey, half: halve(grey) };
  }

  /** measure() on a prepared frame: the same answer as measure() on its pixels, to the last bit. */
  measurePrepared(frame: CameraFrame, keypoints: readonly Keypoint[] | null, tMs: number): readonly [number, number] | undefined {
    return this.readPrepared(frame, keypoints, tMs).cameraPx;
  }

  /** The shift and the cut test of one frame (pixels as in measure()), as PoseFrame fields. */
  read(
    pixels: ArrayLike<number>, width: number, height: number, channels: 3 | 4, keypoints: readonly Keypoint[] | null, tMs: number,
  ): CameraReading {
    return this.readPrepared(this.prepare(pixels, width, height, channels), keypoints, tMs);
  }

  /** read() on a prepared frame. */
  readPrepared({ grey, half }: CameraFrame, keypoints: readonly Keypoint[] | null, tMs: number): CameraReading {
    const now = { grey, half, box: this.personBox(keypoints, grey), tMs };
    const previous = this.previous;
    this.previous = now;
    const fromPrevious = sameSize(previous, now) ? this.coarseSearch(previous, now) : undefined;
    const cut = this.cutIn(fromPrevious);
    const before = this.reference;
    if (!sameSize(before, now) || !(tMs - before.tMs <= this.config.maxReferenceAgeMs)) {
      this.reference = now;
      return cut ? { cameraCut: true } : {};
    }
    // The reference is the previous frame whenever that one was matched (most frames): its coarse search is done.
    const shift = this.shiftBetween(before, now, before === previous && fromPrevious ? fromPrevious : this.coarseSearch(before, now));
    if (shift) this.reference = now;
    return { ...(shift ? { cameraPx: shift } : {}), ...(cut ? { cameraCut: true } : {}) };
  }

  reset(): void { this.reference = null; this.previous = null; this.previousResidual = [0, 0]; }

  /**
   * The background mask of a pair of frames and the coarse step of their match: both halves at half size, around no
   * shift. Shared by the cut test (against the previous frame) and the shift (against the reference).
   */
  private coarseSearch(before: { grey: Grey; box: Box; half: Grey }, { grey, half, box }: { grey: Grey; half: Grey; box: Box }): CoarseSearch {
    const mask = backgroundMask(grey, [box, before.box]);
    const split = box ? (box.x0 + box.x1) / 2 : grey.w / 2;
    return { mask, split, surfaces: costSurfaces(before.half, half, halveMask(mask, grey, half), split / 2, 0, 0, this.config.searchHalfPx) };
  }

  /** Whether the picture changed since the previous frame (see minCutGrowth); remembers this pair's differences. */
  private cutIn(search: CoarseSearch | undefined): boolean {
    if (!search) { this.previousResidual = [0, 0]; return false; }
    const c = this.config;
    const s = search.surfaces;
    const m = [bestOf(s, 0), bestOf(s, 1)];
    const grown = this.previousResidual;
    this.previousResidual = [m[0]?.best ?? 0, m[1]?.best ?? 0];
    return m.every((h, i) => h !== undefined && h.pixels >= c.minRegionShare * s.imagePixels
      && h.best >= c.minTextureGrey && h.best >= c.minCutGrowth * grown[i]!);
  }

  private shiftBetween(before: { grey: Grey }, { grey }: { grey: Grey }, { mask, split, surfaces }: CoarseSearch): readonly [number, number] | undefined {
    const c = this.config;
    // Coarse: both halves at half size, around no shift; they must already agree to within one half-size pixel.
    const coarse = this.matches(surfaces, c.minTextureGrey);
    if (!coarse || Math.max(Math.abs(coarse[0].dx - coarse[1].dx), Math.abs(coarse[0].dy - coarse[1].dy)) > 1) return undefined;
    // Fine: the grey image, around the coarse shifts' mean (range 2 covers both halves' coarse answers).
    const fine = this.matches(costSurfaces(before.grey, grey, mask, split, coarse[0].dx + coarse[1].dx, coarse[0].dy + coarse[1].dy, 2), 0);
    if (!fine) return undefined;
    const [a, b] = fine.map((m) => [m.dx + m.subX, m.dy + m.subY] as const) as [readonly [number, number], readonly [number, number]];
    if (Math.hypot(a[0] - b[0], a[1] - b[1]) > c.maxDisagreeGreyPx) return undefined;
    return [((a[0] + b[0]) / 2) * grey.scale, ((a[1] + b[1]) / 2) * grey.scale];
  }

  /** Both halves' best matches, or undefined when either has too little background or no texture to match. */
  private matches(s: Surfaces, minTextureGrey: number): readonly [Match, Match] | undefined {
    const out: Match[] = [];
    for (const region of [0, 1]) {
      const m = bestOf(s, region);
      if (!m || m.pixels < this.config.minRegionShare * s.imagePixels || m.mean < minTextureGrey
        || !(m.best < this.config.maxMatchRatio * m.mean)) return undefined;
      out.push(m);
    }
    return [out[0]!, out[1]!];
  }

  private personBox(keypoints: readonly Keypoint[] | null, grey: Grey): Box {
    if (!keypoints) return null;
    let x0 = Infinity; let y0 = Infinity; let x1 = -Infinity; let y1 = -Infinity;
    for (const [x, y, s] of keypoints) {
      if (s < this.config.minKeypointScore) continue;
      x0 = Math.min(x0, x); y0 = Math.min(y0, y); x1 = Math.max(x1, x); y1 = Math.max(y1, y);
    }
    if (x0 > x1) return null;
    const margin = Math.max(y1 - y0, (x1 - x0) / 2) * this.config.boxMarginShare;
    const g = (v: number) => v / grey.scale;
    return { x0: g(x0 - margin), y0: g(y0 - margin), x1: g(x1 + margin), y1: g(y1 + margin) };
  }
}

/** A pair of frames' background mask, the split between its halves, and the coarse cost surfaces. */
interface CoarseSearch { readonly mask: Uint8Array; readonly split: number; readonly surfaces: Surfaces }

function sameSize<T extends { grey: Grey }>(a: T | null, b: { grey: Grey }): a is T {
  return a !== null && a.grey.w === b.grey.w && a.grey.h === b.grey.h && a.grey.scale === b.grey.scale;
}

/** Block-averaged grey ((R + 2G + B) / 4) with the long side near longSidePx. */
function toGrey(pixels: ArrayLike<number>, width: number, height: number, channels: 3 | 4, longSidePx: number): Grey {
  const scale = Math.max(1, Math.round(Math.max(width, height) / longSidePx));
  const w = Math.floor(width / scale); const h = Math.floor(height / scale);
  const data = new Float32Array(w * h);
  const rowStride = width * channels;
  for (let gy = 0; gy < h; gy++) {
    for (let sy = gy * scale; sy < (gy + 1) * scale; sy++) {
      let at = sy * rowStride;
      for (let gx = 0, o = gy * w; gx < w; gx++, o++) {
        let sum = 0;
        for (let k = 0; k < scale; k++, at += channels) sum += pixels[at]! + 2 * pixels[at + 1]! + pixels[at + 2]!;
        data[o]! += sum;
      }
    }
  }
  const norm = 1 / (4 * scale * scale);
  for (let i = 0; i < data.length; i++) data[i]! *= norm;
  return { data, w, h, scale };
}

/** Half size by 2x2 averaging. */
function halve(g: Grey): Grey {
  const w = g.w >> 1; const h = g.h >> 1;
  const data = new Float32Array(w * h);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const i = 2 * y * g.w + 2 * x;
      data[y * w + x] = (g.data[i]! + g.data[i + 1]! + g.data[i + g.w]! + g.data[i + g.w + 1]!) / 4;
    }
  }
  return { data, w, h, scale: g.scale * 2 };
}

/**
 * 1 where a grey pixel is background: outside the person's box in this frame and the previous one (a matched pair of
 * pixels needs both ends outside, so the person is out of the match wherever the shift puts them).
 */
function backgroundMask(g: Grey, boxes: readonly Box[]): Uint8Array {
  const mask = new Uint8Array(g.w * g.h).fill(1);
  for (const b of boxes) {
    if (!b) continue;
    const x0 = Math.max(0, Math.floor(b.x0)); const x1 = Math.min(g.w, Math.ceil(b.x1));
    const y0 = Math.max(0, Math.floor(b.y0)); const y1 = Math.min(g.h, Math.ceil(b.y1));
    for (let y = y0; y < y1; y++) mask.fill(0, y * g.w + x0, y * g.w + Math.max(x0, x1));
  }
  return mask;
}

/** The mask at half size: background only where all four pixels are. */
function halveMask(mask: Uint8Array, g: Grey, half: Grey): Uint8Array {
  const out = new Uint8Array(half.w * half.h);
  for (let y = 0; y < half.h; y++) {
    for (let x = 0; x < half.w; x++) {
      const i = 2 * y * g.w + 2 * x;
      out[y * half.w + x] = mask[i]! & mask[i + 1]! & mask[i + g.w]! & mask[i + g.w + 1]!;
    }
  }
  return out;
}

interface Match { dx: number; dy: number; subX: number; subY: number; best: number; mean: number; pixels: number }

/** Mean absolute differences of each half (left, right of the split) for every shift in a square around (cx, cy). */
export interface Surfaces {
  readonly cost: readonly [Float64Array, Float64Array];
  /** Background pixels each half compares at the centre shift. */
  readonly pixels: readonly [number, number];
  readonly cx: number; readonly cy: number; readonly range: number; readonly imagePixels: number;
}

/**
 * For every integer shift (dx, dy) within range of (cx, cy): the mean of |now(x, y) - before(x - dx, y - dy)| over
 * pixel pairs that are both background, per half. The background of each row is kept as runs of x (runsOf), so a shift
 * intersects two rows' runs and sums over whole stretches with no per-pixel mask test; each half's sum still adds its
 * pixels row by row in increasing x, so the result is the plain per-pixel definition's to the last bit
 * (camera-motion.test.ts compares them). Reason: this is the pose worker's per-frame cost beside MoveNet (2.8 ms of
 * 33 a frame with per-pixel tests, measured in the built app).
 */
export function costSurfaces(before: Grey, now: Grey, mask: Uint8Array, split: number, cx: number, cy: number, range: number): Surfaces {
  const side = 2 * range + 1;
  const cost: [Float64Array, Float64Array] = [new Float64Array(side * side).fill(Infinity), new Float64Array(side * side).fill(Infinity)];
  const pixels: [number, number] = [0, 0];
  const { w, h } = now;
  const a = now.data; const b = before.data;
  const cut = Math.round(split);
  const runs = runsOf(mask, w, h);
  for (let j = 0; j < side; j++) {
    for (let i = 0; i < side; i++) {
      const dx = cx + i - range; const dy = cy + j - range;
      let sumL = 0; let nL = 0; let sumR = 0; let nR = 0;
      const y0 = Math.max(0, dy); const y1 = Math.min(h, h + dy);
      const x0 = Math.max(0, dx); const x1 = Math.min(w, w + dx);
      for (let y = y0; y < y1; y++) {
        const row = y * w; const back = (y - dy) * w - dx;
        const here = runs[y]!; const there = runs[y - dy]!;
        // Intersect this row's runs with the other row's runs moved by dx, within [x0, x1).
        let p = 0; let q = 0;
        while (p < here.length && q < there.length) {
          const lo = Math.max(here[p]!, there[q]! + dx, x0);
          const hi = Math.min(here[p + 1]!, there[q + 1]! + dx, x1);
          for (let x = lo, end = Math.min(hi, cut); x < end; x++) sumL += Math.abs(a[row + x]! - b[back + x]!);
          for (let x = Math.max(lo, cut); x < hi; x++) sumR += Math.abs(a[row + x]! - b[back + x]!);
          if (hi > lo) {
            const left = Math.max(0, Math.min(hi, cut) - lo);
            nL += left; nR += hi - lo - left;
          }
          if (here[p + 1]! < there[q + 1]! + dx) p += 2; else q += 2;
        }
      }
      if (nL > 0) cost[0][j * side + i] = sumL / nL;
      if (nR > 0) cost[1][j * side + i] = sumR / nR;
      if (i === range && j === range) { pixels[0] = nL; pixels[1] = nR; }
    }
  }
  return { cost, pixels, cx, cy, range, imagePixels: w * h };
}

/** Each row's background as runs [start, end) of x, flattened: [s0, e0, s1, e1, ...]. */
function runsOf(mask: Uint8Array, w: number, h: number): Int32Array[] {
  const out: Int32Array[] = [];
  const scratch: number[] = [];
  for (let y = 0; y < h; y++) {
    scratch.length = 0;
    const row = y * w;
    for (let x = 0; x < w;) {
      if (mask[row + x] === 0) { x++; continue; }
      const start = x;
      while (x < w && mask[row + x] !== 0) x++;
      scratch.push(start, x);
    }
    out.push(Int32Array.from(scratch));
  }
  return out;
}

/** One half's lowest cost, with a parabola's sub-pixel offset around it and the mean cost over the square. */
function bestOf(s: Surfaces, region: number): Match | undefined {
  const cost = s.cost[region]!;
  const side = 2 * s.range + 1;
  let at = -1; let total = 0; let counted = 0;
  for (let k = 0; k < cost.length; k++) {
    if (!Number.isFinite(cost[k])) continue;
    total += cost[k]!; counted++;
    if (at < 0 || cost[k]! < cost[at]!) at = k;
  }
  if (at < 0) return undefined;
  const i = at % side; const j = Math.floor(at / side);
  const c = (di: number, dj: number) => cost[(j + dj) * side + (i + di)] ?? Infinity;
  const sub = (lo: number, mid: number, hi: number) => {
    const curve = lo - 2 * mid + hi;
    return Number.isFinite(curve) && curve > 0 ? Math.max(-0.5, Math.min(0.5, (lo - hi) / (2 * curve))) : 0;
  };
  return {
    dx: s.cx + i - s.range, dy: s.cy + j - s.range, best: cost[at]!, mean: total / counted, pixels: s.pixels[region]!,
    subX: i > 0 && i < side - 1 ? sub(c(-1, 0), c(0, 0), c(1, 0)) : 0,
    subY: j > 0 && j < side - 1 ? sub(c(0, -1), c(0, 0), c(0, 1)) : 0,
  };
}
