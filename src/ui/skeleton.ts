// Draws MoveNet keypoints and the bones between them on a canvas in the frame's pixel space. Sides stay anatomical:
// when the preview is mirrored, CSS mirrors the canvas with the video, never the coordinates.
import { KP, type Keypoint, type KeypointName } from '../analysis/index.ts';

/** Bones of the COCO-17 skeleton, as pose-detection draws them. */
const BONES: readonly (readonly [KeypointName, KeypointName])[] = [
  ['left_ear', 'left_eye'], ['left_eye', 'nose'], ['nose', 'right_eye'], ['right_eye', 'right_ear'],
  ['left_shoulder', 'right_shoulder'], ['left_shoulder', 'left_elbow'], ['left_elbow', 'left_wrist'],
  ['right_shoulder', 'right_elbow'], ['right_elbow', 'right_wrist'], ['left_shoulder', 'left_hip'],
  ['right_shoulder', 'right_hip'], ['left_hip', 'right_hip'], ['left_hip', 'left_knee'], ['left_knee', 'left_ankle'],
  ['right_hip', 'right_knee'], ['right_knee', 'right_ankle'],
];

/**
 * Keypoints below this score are not drawn (unitless, 0..1). Source: pose-detection's demo uses 0.3 for MoveNet.
 * Reason: low-score points jump around and would make a still child look jittery.
 */
export const DRAW_MIN_KEYPOINT_SCORE = 0.3;

/** Person's left in warm orange, right in blue, so sides are readable even on a mirrored preview. */
const LEFT_COLOUR = '#e8833a';
const RIGHT_COLOUR = '#3a7be8';
const MIDDLE_COLOUR = '#f5f5f5';

const colourOf = (name: KeypointName) => (name.startsWith('left_') ? LEFT_COLOUR : name.startsWith('right_') ? RIGHT_COLOUR : MIDDLE_COLOUR);

export function drawSkeleton(ctx: CanvasRenderingContext2D, keypoints: readonly Keypoint[], widthPx: number): void {
  // Line width scales with the picture so the skeleton reads the same on a phone clip and a webcam.
  const lineWidth = Math.max(2, widthPx / 160);
  const visible = (name: KeypointName): Keypoint | undefined => {
    const k = keypoints[KP[name]];
    return k !== undefined && k[2] >= DRAW_MIN_KEYPOINT_SCORE ? k : undefined;
  };
  ctx.lineCap = 'round';
  ctx.lineWidth = lineWidth;
  for (const [a, b] of BONES) {
    const ka = visible(a);
    const kb = visible(b);
    if (!ka || !kb) continue;
    ctx.strokeStyle = colourOf(a.startsWith('left_') || b.startsWith('left_') ? a : b);
    ctx.beginPath();
    ctx.moveTo(ka[0], ka[1]);
    ctx.lineTo(kb[0], kb[1]);
    ctx.stroke();
  }
  for (const name of Object.keys(KP) as KeypointName[]) {
    const k = visible(name);
    if (!k) continue;
    ctx.fillStyle = colourOf(name);
    ctx.beginPath();
    ctx.arc(k[0], k[1], lineWidth * 1.6, 0, Math.PI * 2);
    ctx.fill();
  }
}
