// One frame's tandem position: both feet on the floor and one directly in front of the other. A side view shows the
// heel-to-toe distance along the line of the feet; a front view only shows whether the feet are in line, so there the
// verdict is "in line" and the front foot is not named.
import type { CameraView } from '../../signals/camera-view.ts';
import type { BalanceFrame } from '../../signals/balance-frame.ts';
import type { Side } from '../../types.ts';
import type { TandemStanceConfig } from './constants.ts';

export interface TandemPosition {
  /** undefined: the legs are not seen, nothing can be said. */
  readonly inPosition: boolean | undefined;
  readonly frontFoot: Side | null;
  /** Sideways ankle-to-ankle distance in the image, fraction of body height. */
  readonly separationNorm: number | undefined;
}

const UNKNOWN: TandemPosition = { inPosition: undefined, frontFoot: null, separationNorm: undefined };

/** view: the view decided for the recording so far (a single frame's view is noisy). */
export function tandemPosition(f: BalanceFrame, view: CameraView | undefined, cfg: TandemStanceConfig): TandemPosition {
  if (!f.legsSeen || !f.leftAnkle || !f.rightAnkle || f.heightPx === undefined || f.lift === undefined) return UNKNOWN;
  const separationNorm = Math.abs(f.leftAnkle.x - f.rightAnkle.x) / f.heightPx;
  const onFloor = f.lift.liftNorm <= cfg.footOnFloorMaxNorm;
  if (view !== 'side') {
    return { inPosition: onFloor && separationNorm <= cfg.frontInLineMaxNorm, frontFoot: null, separationNorm };
  }
  const inPosition = onFloor && separationNorm >= cfg.sideMinSeparationNorm && separationNorm <= cfg.sideMaxSeparationNorm;
  return { inPosition, frontFoot: inPosition ? frontFootOf(f, cfg) : null, separationNorm };
}

/** In a side view the front foot is the ankle further in the direction the nose points, ahead of the hips. */
function frontFootOf(f: BalanceFrame, cfg: TandemStanceConfig): Side | null {
  if (!f.nose || !f.hip || !f.leftAnkle || !f.rightAnkle || f.heightPx === undefined) return null;
  const facing = (f.nose.x - f.hip.x) / f.heightPx;
  if (Math.abs(facing) < cfg.facingMinNorm) return null;
  const leftAhead = (f.leftAnkle.x - f.rightAnkle.x) * Math.sign(facing) > 0;
  return leftAhead ? 'left' : 'right';
}
