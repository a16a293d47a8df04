// The demonstration tracks, one small JSON per task that has one (made by `npm run demos` from the fixture tracks).
import crawl from './demos/crawl.json';
import jumpingJack from './demos/jumping-jack.json';
import singleLegStance from './demos/single-leg-stance.json';
import twoFootJump from './demos/two-foot-jump.json';

export interface DemoTrack {
  readonly task: string;
  /** Which clip and frames it was cut from, and why those. */
  readonly source: string;
  readonly width: number;
  readonly height: number;
  /** Each frame's time from the first (ms) and its 17 keypoints as whole pixels; 0 for a point not seen. */
  readonly frames: readonly { readonly tMs: number; readonly k: readonly (readonly [number, number] | 0)[] | null }[];
}

const DEMOS: readonly DemoTrack[] = [jumpingJack, twoFootJump, singleLegStance, crawl] as readonly DemoTrack[];

export const demoOf = (taskId: string): DemoTrack | undefined => DEMOS.find((d) => d.task === taskId);

/** Share of the body's span left around it in the demonstration. Reason: room for the limbs' line width. */
const DEMO_MARGIN = 0.1;

/** The box every frame's skeleton fits in, with a margin: the player shows the body, not the whole clip frame. */
export function demoBounds(demo: DemoTrack): { x: number; y: number; width: number; height: number } {
  const points = demo.frames.flatMap((f) => (f.k ?? []).filter((p) => p !== 0));
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  if (points.length === 0) return { x: 0, y: 0, width: demo.width, height: demo.height };
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const m = DEMO_MARGIN * Math.max(x1 - x0, y1 - y0);
  return { x: x0 - m, y: y0 - m, width: x1 - x0 + 2 * m, height: y1 - y0 + 2 * m };
}
