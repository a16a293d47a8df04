// The picture: the live camera video (or the decoded file frame) with the skeleton drawn over it. A front camera's
// preview is mirrored with CSS, video and overlay together, so the skeleton stays on the body.
import { useRef } from 'preact/hooks';
import { useSignalEffect } from '@preact/signals';
import type { Ref } from 'preact';
import { drawSkeleton } from './skeleton.ts';
import type { PoseRunView } from './types.ts';

export function Stage({ view, videoRef }: { view: PoseRunView; videoRef: Ref<HTMLVideoElement> }) {
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
  const source = view.source.value;
  return (
    <div class="stage" data-source={source}>
      <div class={`frame${view.mirrored.value && source === 'camera' ? ' mirrored' : ''}`} hidden={source === 'idle' && view.shown.value === null}>
        <video ref={videoRef} class="stage-video" muted playsInline hidden={source !== 'camera'} />
        <canvas ref={canvasRef} class={source === 'camera' ? 'stage-overlay' : 'stage-picture'} />
      </div>
      {source === 'idle' && view.shown.value === null && <p class="stage-empty">Start the camera or open a video to see the child's movements here.</p>}
    </div>
  );
}
