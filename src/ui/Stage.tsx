// The picture: the live camera video (or the decoded file frame) with the skeleton drawn over it. A front camera's
// preview is mirrored with CSS, video and overlay together, so the skeleton stays on the body.
import type { Ref } from 'preact';
import { useShownFrame } from './use-shown-frame.ts';
import type { PoseRunView } from './types.ts';

export function Stage({ view, videoRef }: { view: PoseRunView; videoRef: Ref<HTMLVideoElement> }) {
  const canvasRef = useShownFrame(view);
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
