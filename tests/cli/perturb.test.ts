// The robustness suite (npm run eval -- --perturb) on two short labelled clips: each is re-recorded with ffmpeg under
// a few everyday conditions into a temporary folder, run through MoveNet Lightning and the engine, and must stay within
// its label's tolerance. The full table (every clip x every perturbation) is the eval's, in the README.
import { describe, expect, it } from 'vitest';
import { clipsAvailable } from '../../src/cli/clips.ts';
import { runPerturbSuite } from '../../src/cli/eval-perturb.ts';
import { PERTURBATIONS } from '../../src/cli/perturb/perturbations.ts';

/**
 * Time allowed for one clip's set, ms. Measured on the shared 2-core machine: 127 s for the tree-pose set and 212 s
 * for jj-white-wall's two cells while other work ran; one jj-white-wall cell took over 300 s inside the full npm test.
 * Reason: a slow machine must not fail a correct pipeline (speed is the bench's job).
 */
const SET_TIMEOUT_MS = 600_000;

const SETS: readonly { readonly clip: string; readonly perturbations: readonly string[] }[] = [
  // A hold: camera wander and zoom (the step rule), a stutter.
  { clip: 'balance/tree-pose-hold-10fps.mp4', perturbations: ['shake-low', 'zoom-pan', 'duplicate-3'] },
  // Jacks: a frozen stretch mid-set (the keypoint-glitch filter).
  { clip: 'jumping-jacks/jj-white-wall.mp4', perturbations: ['freeze-4'] },
];

describe.skipIf(!clipsAvailable())('robustness suite on two clips (../shared/clips absent: skipped)', () => {
  it('names only perturbations the suite has', () => {
    const ids = PERTURBATIONS.map((p) => p.id);
    for (const s of SETS) for (const p of s.perturbations) expect(ids).toContain(p);
  });

  for (const set of SETS) {
    it(`${set.clip} stays within its label under ${set.perturbations.join(', ')}`, async () => {
      const cells = await runPerturbSuite({ model: 'lightning', perturbations: set.perturbations, clipFilter: [set.clip] });
      expect(cells.map((c) => c.perturbation).sort()).toEqual([...set.perturbations].sort());
      for (const c of cells) expect({ perturbation: c.perturbation, got: c.got, error: c.error, pass: c.pass }).toMatchObject({ pass: true });
    }, SET_TIMEOUT_MS);
  }
});
