// Cuts the demonstration tracks the live set plays (src/ui/set/demos/*.json) from the committed fixture tracks: a
// few seconds of each task done well, at about 15 fps, keypoints rounded to whole pixels and unseen ones left out,
// so each file is a few KB. Run: npm run demos. The clips themselves are never read or copied.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_SETUP_CONFIG } from '../analysis/index.ts';
import { fixtureTrackPath } from './clips.ts';
import { readTrackFile } from './track-from-file.ts';
import { REPO_ROOT } from './bench/chromium-app.ts';

interface Cut {
  readonly task: string;
  readonly clip: string;
  /** Frames [from, to) of the clip (labels.json numbering). */
  readonly from: number;
  readonly to: number;
  /** Keep every n-th frame. */
  readonly every: number;
  readonly why: string;
}

const CUTS: readonly Cut[] = [
  { task: 'jumping-jack', clip: 'jumping-jacks/jj-white-wall.mp4', from: 10, to: 110, every: 2, why: 'four full jumping jacks from standing (open peaks 22, 46, 70, 94)' },
  { task: 'two-foot-jump', clip: 'two-foot-jumps/jump-in-place-no-rope.mp4', from: 110, to: 200, every: 2, why: 'the dip and the first six two-foot jumps in place' },
  { task: 'single-leg-stance', clip: 'balance/tree-pose-hold-10fps.mp4', from: 0, to: 45, every: 1, why: 'standing, lifting one foot at frame 4 and holding' },
  { task: 'crawl', clip: 'crawling/baby-reciprocal-front.gif', from: 0, to: 84, every: 2, why: 'two reciprocal crawl cycles on hands and knees' },
];

for (const cut of CUTS) {
  const track = readTrackFile(fixtureTrackPath(cut.clip));
  const frames = track.frames.slice(cut.from, cut.to).filter((_, i) => i % cut.every === 0);
  const t0 = frames[0]?.tMs ?? 0;
  const demo = {
    task: cut.task, source: `${cut.clip} frames ${cut.from}-${cut.to - 1} (MoveNet Lightning fixture track): ${cut.why}`,
    width: track.width, height: track.height,
    frames: frames.map((f) => ({
      tMs: Math.round(f.tMs - t0),
      // Unseen points (below the setup check's score) are 0 so the player draws no bone to them.
      k: f.keypoints?.map(([x, y, s]) => (s >= DEFAULT_SETUP_CONFIG.minKeypointScore ? [Math.round(x), Math.round(y)] : 0)) ?? null,
    })),
  };
  const path = join(REPO_ROOT, 'src', 'ui', 'set', 'demos', `${cut.task}.json`);
  writeFileSync(path, `${JSON.stringify(demo)}\n`);
  console.info(`${path}: ${demo.frames.length} frames`);
}
