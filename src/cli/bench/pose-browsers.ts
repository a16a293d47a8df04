// Bench groups 'pose-firefox' and 'pose-webkit': ms per frame of MoveNet Lightning and Thunder on the wasm backend in
// the BUILT app, in Firefox ESR and in WebKitGTK, measured exactly as 'pose-chromium' measures it (the app's ?bench hook,
// the same clip frame, warm-up and frame count), so the three engines' figures compare.
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import type { BenchReply, BenchRequest } from '../../app/bench-hook.ts';
import { BENCH_AT_SECONDS, BENCH_CLIP, LIGHTNING_TARGET_MS, TIMED_FRAMES, WARMUP_FRAMES } from './chromium.ts';
import { framePngBase64 } from './chromium-app.ts';
import { waitInPage, within, type PageDriver } from './page-driver.ts';
import { median, type BenchGroup, type BenchResult } from './types.ts';

/** A started engine with the built app: its URL, a fresh page, the folder for scratch files, and its close. */
export interface BenchEngine {
  readonly url: string;
  readonly scratchDir: string;
  newPage(): Promise<PageDriver>;
  close(): Promise<void>;
}

async function measureIn(engine: BenchEngine, request: BenchRequest): Promise<BenchReply> {
  const page = await engine.newPage();
  try {
    await within(60_000, 'open the bench page', page.goto(`${engine.url}/?bench&backend=wasm`));
    await waitInPage(page, 'window.springboardBench', 60_000, 'the bench hook');
    return await within(300_000, `measure ${request.model}`, page.evaluate<BenchReply>(`window.springboardBench.measure(${JSON.stringify(request)})`));
  } finally {
    await page.close();
  }
}

/** The group for one engine: `suffix` names its figures (pose.<model>.wasm.<suffix>); `missing` says why it cannot run. */
export function poseBrowserGroup(name: string, suffix: string, missing: () => string | null, start: () => Promise<BenchEngine>): BenchGroup {
  return {
    name,
    async run(signal) {
      const absent = !existsSync(BENCH_CLIP) ? `the clip ${BENCH_CLIP} is absent` : missing();
      if (absent !== null) {
        console.error(`${name}: skipped, ${absent}.`);
        return [];
      }
      const engine = await start();
      try {
        const pngBase64 = await framePngBase64(BENCH_CLIP, BENCH_AT_SECONDS, engine.scratchDir);
        const results: BenchResult[] = [];
        for (const model of ['lightning', 'thunder'] as const) {
          signal?.throwIfAborted();
          const reply = await measureIn(engine, { model, pngBase64, warmupFrames: WARMUP_FRAMES, frames: TIMED_FRAMES });
          if (reply.backend !== 'wasm') throw new Error(`${suffix} ran ${model} on ${reply.backend}, not wasm: the wasm backend did not start.`);
          const target = model === 'lightning' ? `, target <= ${LIGHTNING_TARGET_MS}` : '';
          results.push({
            name: `pose.${model}.wasm.${suffix}`, value: median(reply.msPerFrame), unit: 'ms/frame',
            note: `median of ${TIMED_FRAMES} frames after ${WARMUP_FRAMES} warm-up, fastest ${Math.min(...reply.msPerFrame).toFixed(1)}, `
              + `load ${loadavg()[0]!.toFixed(1)}, ImageData input (the video-file path), built app${target}`,
          });
        }
        return results;
      } finally {
        await engine.close();
      }
    },
  };
}
