// Draws the pose run's shown frame on a canvas whenever it changes: the skeleton, and under it the decoded picture when
// the frame carries one (a video file's frame; the camera's own <video> shows its picture under the canvas).
import { useRef } from 'preact/hooks';
import { useSignalEffect } from '@preact/signals';
import { drawSkeleton } from './skeleton.ts';
import type { PoseRunView } from './types.ts';

export function useShownFrame(view: Pick<PoseRunView, 'shown'>) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  useSignalEffect(() => {
    const shown = view.shown.value;
    const canvas = canvasRef.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return;
    if (!shown) { ctx.clearRect(0, 0, canvas.width, canvas.height); return; }
    if (canvas.width !== shown.width) canvas.width = shown.width;
    if (canvas.height !== shown.height) canvas.height = shown.height;
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    if (shown.picture) ctx.drawImage(shown.picture, 0, 0, shown.width, shown.height);
    if (shown.frame.keypoints) drawSkeleton(ctx, shown.frame.keypoints, shown.width);
  });
  return canvasRef;
}
