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
