// Knee flexion in degrees (0 = straight leg, 90 = right angle), the larger of the two visible knees: landing
// absorption and the preparatory crouch (TGMD-3 jump criterion 1) are both read from it.
import { KP, type Keypoint } from '../types.ts';
// Keypoint indices read once (a module-namespace lookup per frame costs measurable throughput).
const I_LEFT_ANKLE = KP.left_ankle;
const I_LEFT_HIP = KP.left_hip;
const I_LEFT_KNEE = KP.left_knee;
const I_RIGHT_ANKLE = KP.right_ankle;
const I_RIGHT_HIP = KP.right_hip;
const I_RIGHT_KNEE = KP.right_knee;

export function kneeFlexionDeg(keypoints: readonly Keypoint[], minScore: number): number | undefined {
  const l = flexion(keypoints, I_LEFT_HIP, I_LEFT_KNEE, I_LEFT_ANKLE, minScore);
  const r = flexion(keypoints, I_RIGHT_HIP, I_RIGHT_KNEE, I_RIGHT_ANKLE, minScore);
  if (l === undefined) return r;
  if (r === undefined) return l;
  return Math.max(l, r);
}

function flexion(kps: readonly Keypoint[], hip: number, knee: number, ankle: number, minScore: number): number | undefined {
  const a = kps[hip]; const b = kps[knee]; const c = kps[ankle];
  if (a === undefined || b === undefined || c === undefined || a[2] < minScore || b[2] < minScore || c[2] < minScore) return undefined;
  const v1x = a[0] - b[0]; const v1y = a[1] - b[1]; const v2x = c[0] - b[0]; const v2y = c[1] - b[1];
  const n = Math.hypot(v1x, v1y) * Math.hypot(v2x, v2y);
  if (n === 0) return undefined;
  const interiorDeg = (Math.acos(Math.max(-1, Math.min(1, (v1x * v2x + v1y * v2y) / n))) * 180) / Math.PI;
  return 180 - interiorDeg;
}
