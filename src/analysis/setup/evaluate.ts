// The setup check on one frame: is the whole body in view with confident keypoints, at a good distance, in enough
// light, and does the skeleton hold together as one body? Each failing check carries the sentence that says what to
// change. Pure: the picture's brightness comes in as a number measured where the pixels are (the pose worker).
import { KP, type Keypoint, type KeypointName, type PoseFrame } from '../types.ts';
import { DEFAULT_SETUP_CONFIG, type SetupConfig, type SetupPart } from './config.ts';

export type SetupCheckId = 'light' | 'person' | 'head' | 'shoulders' | 'hips' | 'knees' | 'feet' | 'too-close' | 'too-far' | 'one-body';

export interface SetupFailure {
  readonly id: SetupCheckId;
  /** What to change, said to the person in front of the camera. */
  readonly advice: string;
}

export interface SetupEvaluation {
  readonly ok: boolean;
  /** Failing checks, most basic first (light before people, people before body parts). */
  readonly failures: readonly SetupFailure[];
  /** Largest share of the picture the seen keypoints span (0..1); null without a person. */
  readonly bodyExtentFrac: number | null;
}

export interface SetupPicture {
  readonly width: number;
  readonly height: number;
  /** Mean luma of the picture, 0..1; undefined when not measured (then light is not judged). */
  readonly luma?: number;
}

export const SETUP_ADVICE: { readonly [K in SetupCheckId]: string } = {
  light: 'The picture is too dark: turn on a light or open the curtains.',
  person: 'No one is in the picture yet: stand in front of the camera, about 2 to 3 metres away.',
  head: 'Step back or tilt the camera up until the head is in the picture.',
  shoulders: 'Move to the middle of the picture so both shoulders show.',
  hips: 'Step back until the hips and legs are in the picture.',
  knees: 'Step back until the knees are in the picture.',
  feet: 'Step back until your feet are in the picture.',
  'too-close': 'Step back a little: leave some space above the head and below the feet.',
  'too-far': 'Come a little closer to the camera: the body looks small in the picture.',
  'one-body': 'Make sure only one person is in the picture: the outline seems mixed up with someone or something else.',
};

/** Body parts that must be seen, each by at least one of its keypoints (a side view hides one side). */
const PARTS: readonly (readonly [SetupPart, readonly KeypointName[]])[] = [
  ['head', ['nose', 'left_eye', 'right_eye', 'left_ear', 'right_ear']],
  ['shoulders', ['left_shoulder', 'right_shoulder']],
  ['hips', ['left_hip', 'right_hip']],
  ['knees', ['left_knee', 'right_knee']],
  ['feet', ['left_ankle', 'right_ankle']],
];

/** Left/right bone pairs compared for the one-body check. */
const BONE_PAIRS: readonly (readonly [[KeypointName, KeypointName], [KeypointName, KeypointName]])[] = [
  [['left_shoulder', 'left_elbow'], ['right_shoulder', 'right_elbow']],
  [['left_elbow', 'left_wrist'], ['right_elbow', 'right_wrist']],
  [['left_hip', 'left_knee'], ['right_hip', 'right_knee']],
  [['left_knee', 'left_ankle'], ['right_knee', 'right_ankle']],
];

const fail = (id: SetupCheckId): SetupFailure => ({ id, advice: SETUP_ADVICE[id] });

/** The keypoint when seen well inside the picture; undefined when unseen or clamped to the border. */
function seenInside(k: readonly Keypoint[], name: KeypointName, pic: SetupPicture, cfg: SetupConfig): Keypoint | undefined {
  const p = k[KP[name]];
  if (!p || p[2] < cfg.minKeypointScore) return undefined;
  const mx = cfg.edgeMarginFrac * pic.width;
  const my = cfg.edgeMarginFrac * pic.height;
  return p[0] > mx && p[0] < pic.width - mx && p[1] > my && p[1] < pic.height - my ? p : undefined;
}

function bodyExtentFrac(k: readonly Keypoint[], pic: SetupPicture, cfg: SetupConfig): number | null {
  const seen = k.filter((p) => p[2] >= cfg.minKeypointScore);
  if (seen.length < 2) return null;
  const xs = seen.map((p) => p[0]);
  const ys = seen.map((p) => p[1]);
  return Math.max((Math.max(...xs) - Math.min(...xs)) / pic.width, (Math.max(...ys) - Math.min(...ys)) / pic.height);
}

/** True when some left/right bone pair differs in length by more than the config allows (parts of two bodies). */
function incoherent(k: readonly Keypoint[], pic: SetupPicture, cfg: SetupConfig): boolean {
  const length = ([a, b]: [KeypointName, KeypointName]) => {
    const pa = seenInside(k, a, pic, cfg);
    const pb = seenInside(k, b, pic, cfg);
    return pa && pb ? Math.hypot(pa[0] - pb[0], pa[1] - pb[1]) : undefined;
  };
  return BONE_PAIRS.some(([left, right]) => {
    const l = length(left);
    const r = length(right);
    if (l === undefined || r === undefined) return false;
    return Math.max(l, r) > cfg.maxBoneAsymmetry * Math.max(Math.min(l, r), 1);
  });
}

/** Judges one frame against every setup check. */
export function evaluateSetup(frame: PoseFrame, pic: SetupPicture, cfg: SetupConfig = DEFAULT_SETUP_CONFIG): SetupEvaluation {
  const failures: SetupFailure[] = [];
  if (pic.luma !== undefined && pic.luma < cfg.minLuma) failures.push(fail('light'));
  const k = frame.keypoints;
  if (!k) return { ok: false, failures: [...failures, fail('person')], bodyExtentFrac: null };
  for (const [id, names] of PARTS) {
    if (cfg.requiredParts.includes(id) && !names.some((n) => seenInside(k, n, pic, cfg))) failures.push(fail(id));
  }
  const extent = bodyExtentFrac(k, pic, cfg);
  if (extent === null) return { ok: false, failures: [...failures, fail('person')], bodyExtentFrac: null };
  if (extent > cfg.maxBodyExtentFrac) failures.push(fail('too-close'));
  else if (extent < cfg.minBodyExtentFrac && failures.length === 0) failures.push(fail('too-far'));
  if (incoherent(k, pic, cfg)) failures.push(fail('one-body'));
  return { ok: failures.length === 0, failures, bodyExtentFrac: extent };
}
