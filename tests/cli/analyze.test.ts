// The Node pipeline end to end on real clips: decode every frame once with its own timestamp, MoveNet Lightning on the
// wasm backend, the analyze CLI's JSON output and the saved track read back.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CLIPS_DIR, clipsAvailable } from '../../src/cli/clips.ts';
import { decodeFrames } from '../../src/cli/ffmpeg.ts';

const ROOT = join(import.meta.dirname, '..', '..');
/**
 * Time allowed for the whole-clip CLI run, ms. Measured: 19 s alone on the 2-core machine; over 60 s while the browser
 * tests share both cores. Reason: a slow shared machine must not fail a correct pipeline (speed is the bench's job).
 */
const CLIP_TIMEOUT_MS = 240_000;
const tmp = mkdtempSync(join(tmpdir(), 'analyze-test-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function analyze(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/analyze.ts'), ...args], { cwd: ROOT, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

async function timestamps(file: string): Promise<number[]> {
  const t: number[] = [];
  for await (const f of decodeFrames(join(CLIPS_DIR, file))) t.push(f.tMs);
  return t;
}

describe.skipIf(!clipsAvailable())('Node pipeline on the real clips (needs ../shared/clips)', () => {
  it('finds a person in at least 95% of jj-white-wall.mp4 and reads its saved track back', () => {
    const trackFile = join(tmp, 't.json');
    const first = analyze(join(CLIPS_DIR, 'jumping-jacks/jj-white-wall.mp4'), '--json', '--save-track', trackFile);
    expect(first.status, first.stderr).toBe(0);
    const live = JSON.parse(first.stdout) as { backend: string; summary: { frames: number; framesWithPerson: number } };
    expect(live.backend).toBe('wasm');
    expect(live.summary.frames).toBe(313);
    expect(live.summary.framesWithPerson / live.summary.frames).toBeGreaterThanOrEqual(0.95);
    const again = analyze(trackFile, '--json');
    expect(again.status, again.stderr).toBe(0);
    expect((JSON.parse(again.stdout) as { summary: unknown }).summary).toEqual(live.summary);
  }, CLIP_TIMEOUT_MS);

  it('decodes each frame once, timed by its own timestamp, for a clip that starts late', async () => {
    const t = await timestamps('jumping-jacks/jj-studio-caption.mp4');
    expect(t).toHaveLength(132);
    expect(t[0]).toBeCloseTo(33.33, 1);
  });

  it('decodes every frame of an animated GIF', async () => {
    expect(await timestamps('crawling/baby-reciprocal-front.gif')).toHaveLength(165);
  });
});

describe('analyze CLI input errors', () => {
  it('rejects an unknown task with the list of tasks', () => {
    const r = analyze('x.mp4', '--task', 'cartwheel');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--task "cartwheel" is unknown/);
  });
  it('rejects a corrupt track file with the reason', () => {
    const bad = join(tmp, 'bad.json');
    writeFileSync(bad, '{"format":"other"}');
    const r = analyze(bad, '--json');
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/not a usable track: "format" is "other"/);
    expect(r.stdout).toBe('');
  });
  it('says so when a video file holds no decodable frame', () => {
    const bad = join(tmp, 'empty.mp4');
    writeFileSync(bad, 'not a video');
    const r = analyze(bad, '--json');
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/could not be read as a video or image \(ffmpeg: moov atom not found\)/);
  });
});
