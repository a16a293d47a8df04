// A video cut short (the first 30% of jj-white-wall's bytes, made here in a temp dir, never committed) is not analysed
// as if complete: the CLI exits 1 with one sentence naming the file and the frames found, and with --allow-partial
// gives the result with the flag. Ctrl-C during decoding ends the CLI and its ffmpeg.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CLIPS_DIR, clipsAvailable } from '../../src/cli/clips.ts';

const ROOT = join(import.meta.dirname, '..', '..');
/** The CLI loads MoveNet and decodes up to 313 frames: ~11 s alone, several times that beside the browser tests. */
const CLI_TIMEOUT_MS = 180_000;
const tmp = mkdtempSync(join(tmpdir(), 'partial-video-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const cli = (...args: string[]) => [join(ROOT, 'src/cli/analyze.ts'), ...args];

describe.skipIf(!clipsAvailable())('a truncated video (needs ../shared/clips)', () => {
  const bytes = clipsAvailable() ? readFileSync(join(CLIPS_DIR, 'jumping-jacks/jj-white-wall.mp4')) : Buffer.alloc(0);
  const cut = join(tmp, 'jj-cut.mp4');
  writeFileSync(cut, bytes.subarray(0, Math.floor(bytes.length * 0.3)));
  const run = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', ...cli(cut, '--task', 'jumping-jack', '--json', ...args)], { cwd: ROOT, encoding: 'utf8' });

  it('exits 1 with one sentence naming the file and the frames found', () => {
    const r = run();
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim()).toBe(`analyze: ${cut} is incomplete (the video ends early: 81 of 313 frames): copy the file again from the camera `
      + 'or phone, or pass --allow-partial to analyse the 81 frames found.');
  }, CLI_TIMEOUT_MS);

  it('with --allow-partial gives the result with the flag', () => {
    const r = run('--allow-partial');
    expect(r.status, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as { video: unknown; flags: string[]; task: string };
    expect(out.video).toEqual({ framesFound: 81, framesAnnounced: 313, partial: true });
    expect(out.flags[0]).toBe('the video ends early: 81 of 313 frames');
    expect(out.task).toBe('jumping-jack');
  }, CLI_TIMEOUT_MS);
});

/** The pids of ffmpeg processes reading `file` (from ps: every process's arguments). */
function ffmpegsReading(file: string): number[] {
  const ps = spawnSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' }).stdout;
  return ps.split('\n').filter((l) => l.includes('ffmpeg') && l.includes(file) && l.includes('rawvideo')).map((l) => Number(l.trim().split(/\s+/)[0]));
}

describe('Ctrl-C', () => {
  it('ends the CLI and its ffmpeg while a video is decoding', async () => {
    const video = join(tmp, 'long-test-pattern.mp4');
    // 60 s of a test pattern: far longer than the time this test waits, so ffmpeg is still decoding at Ctrl-C.
    spawnSync('ffmpeg', ['-hide_banner', '-loglevel', 'error', '-f', 'lavfi', '-i', 'testsrc=d=60:s=320x240:r=30', '-pix_fmt', 'yuv420p', video]);
    const child = spawn(process.execPath, ['--import', 'tsx', ...cli(video)], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => { stderr += d.toString(); });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    let pids: number[] = [];
    for (let i = 0; i < 600 && pids.length === 0; i++) {
      await new Promise((r) => setTimeout(r, 100));
      pids = ffmpegsReading(video);
    }
    expect(pids.length).toBe(1);
    child.kill('SIGINT');
    expect(await exited).toBe(130);
    expect(stderr).toMatch(/Stopped \(SIGINT\): ending 1 helper process/);
    expect(ffmpegsReading(video)).toEqual([]);
  }, CLI_TIMEOUT_MS);
});
