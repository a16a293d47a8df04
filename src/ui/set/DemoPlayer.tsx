// The demonstration: a skeleton doing the task, played from a small reference keypoint track (demos/*.json, cut from
// the fixture tracks by `npm run demos`). With prefers-reduced-motion the player shows one still pose and a Play
// button instead of starting by itself.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Keypoint } from '../../analysis/index.ts';
import { drawSkeleton } from '../skeleton.ts';
import { demoBounds, demoOf, type DemoTrack } from './demos.ts';

const prefersReducedMotion = () => typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

/** The track's frame at index i as keypoints drawSkeleton reads (unseen points get score 0). */
const keypointsAt = (demo: DemoTrack, i: number): Keypoint[] | null =>
  demo.frames[i]?.k?.map((p): Keypoint => (p === 0 ? [0, 0, 0] : [p[0], p[1], 1])) ?? null;

function draw(canvas: HTMLCanvasElement, demo: DemoTrack, i: number): void {
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  const box = demoBounds(demo);
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.clearRect(0, 0, canvas.width, canvas.height);
  ctx.translate(-box.x, -box.y);
  const k = keypointsAt(demo, i);
  if (k) drawSkeleton(ctx, k, box.width * 2);
}

/** Plays the demo once through (then loops) while `playing`; returns nothing to clean up but its own frame request. */
function useAnimation(canvas: { current: HTMLCanvasElement | null }, demo: DemoTrack, playing: boolean): void {
  useEffect(() => {
    const c = canvas.current;
    if (!c) return;
    if (!playing) { draw(c, demo, Math.floor(demo.frames.length / 2)); return; }
    const spanMs = (demo.frames.at(-1)?.tMs ?? 0) + 100;
    let handle = 0;
    const t0 = performance.now();
    const step = (now: number) => {
      const t = (now - t0) % spanMs;
      const i = Math.max(0, demo.frames.findIndex((f) => f.tMs >= t));
      draw(c, demo, i);
      handle = requestAnimationFrame(step);
    };
    handle = requestAnimationFrame(step);
    return () => cancelAnimationFrame(handle);
  }, [canvas, demo, playing]);
}

function Player({ demo }: { demo: DemoTrack }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const [playing, setPlaying] = useState(() => !prefersReducedMotion());
  useAnimation(canvas, demo, playing);
  const box = demoBounds(demo);
  return (
    <figure class="demo-figure">
      <canvas ref={canvas} width={Math.round(box.width)} height={Math.round(box.height)} class="demo-canvas" data-testid="demo-canvas"
        role="img" aria-label="A skeleton showing the movement" />
      <button type="button" class="secondary" onClick={() => setPlaying(!playing)} aria-pressed={playing}>
        {playing ? 'Pause the demonstration' : 'Play the demonstration'}
      </button>
    </figure>
  );
}

/** The demonstration step of the protocol: the skeleton, a line on what to watch, and the button to go on. */
export function DemoPanel({ taskId, title, onDone }: { taskId: string; title: string; onDone: () => void }) {
  const demo = demoOf(taskId);
  return (
    <section class="lset-panel demo-panel" data-testid="demo" aria-labelledby="demo-title">
      <h2 id="demo-title">Watch first: {title}</h2>
      {demo
        ? <Player demo={demo} />
        : <p>No recorded demonstration for this task yet: show the movement yourself, once, slowly.</p>}
      <button type="button" class="big" data-testid="demo-done" data-primary onClick={onDone}>Next: a practice try</button>
    </section>
  );
}
