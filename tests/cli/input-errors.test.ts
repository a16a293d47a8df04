// Every bad input the reliability issue tried on the analyze CLI gets one sentence naming the file (or flag), what is
// wrong and what to do, before any analysis starts; nothing is written to stdout.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readArgs, UsageError } from '../../src/cli/args.ts';

/** A track file as JSON, for editing one value in a test. */
type RawTrack = { width: number; height: number; frames: { tMs: number; keypoints: number[][] | null }[] };

const ROOT = join(import.meta.dirname, '..', '..');
const TRACK = join(ROOT, 'tests/fixtures/tracks/stills__two-feet-wide.lightning.track.json');
const tmp = mkdtempSync(join(tmpdir(), 'analyze-input-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Runs the CLI; a hang (the named pipe did) fails the test at the timeout instead of blocking the suite. */
function analyze(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/analyze.ts'), ...args], { cwd: ROOT, encoding: 'utf8', timeout: 30_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr.trim().split('\n')[0] ?? '' };
}
const file = (name: string, content: string | Buffer = '') => { const p = join(tmp, name); writeFileSync(p, content); return p; };

describe('analyze CLI: bad files', () => {
  it('a missing track file', () => {
    const missing = join(tmp, 'missing.json');
    expect(analyze(missing)).toEqual({ status: 1, stdout: '', stderr: `analyze: ${missing} does not exist: check the name and the folder, or give the full path.` });
  });
  it('an empty file', () => {
    const empty = file('empty.mp4');
    expect(analyze(empty).stderr).toBe(`analyze: ${empty} is empty (0 bytes): copy the video again from the camera or phone.`);
  });
  it('a file that is not a video', () => {
    const text = file('notes.mp4', 'not a video');
    const r = analyze(text, '--json');
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(`analyze: ${text} could not be read as a video or image (ffmpeg: moov atom not found): it is damaged or not a video; `
      + 'choose an MP4, MOV, WebM, GIF or image file, or a .json track.');
  });
  it('an audio-only file', () => {
    const audio = join(tmp, 'voice.m4a');
    execFileSync('ffmpeg', ['-hide_banner', '-loglevel', 'error', '-f', 'lavfi', '-i', 'sine=d=1', '-c:a', 'aac', audio]);
    expect(analyze(audio).stderr).toBe(`analyze: ${audio} holds no picture, only Audio (aac): choose a video of the child moving.`);
  });
  it('a named pipe is refused at once, never opened', () => {
    const fifo = join(tmp, 'pipe.mp4');
    execFileSync('mkfifo', [fifo]);
    const r = analyze(fifo);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(`analyze: ${fifo} is not a regular file (a pipe, device or socket cannot be analysed): save the video to a file and give that.`);
  });
  it('a folder', () => {
    expect(analyze(tmp).stderr).toBe(`analyze: ${tmp} is a folder, not a file: give one video, image or track file inside it.`);
  });
  it('a track with a repeated time, naming the file and the frame', () => {
    const track = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/tracks/two-foot-jumps__rope-side-view.lightning.track.json'), 'utf8')) as RawTrack;
    track.frames[10]!.tMs = track.frames[9]!.tMs;
    const bad = file('repeated.json', JSON.stringify(track));
    expect(analyze(bad, '--task', 'two-foot-jump').stderr).toBe(`analyze: ${bad} is not a usable track: frames[10].tMs (${track.frames[9]!.tMs}) `
      + 'repeats the time of the frame before it: each frame needs its own, later time.');
  });
  it('a track with an ankle ten frame-heights below the picture', () => {
    const track = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/tracks/two-foot-jumps__rope-side-view.lightning.track.json'), 'utf8')) as RawTrack;
    const frame = track.frames.findIndex((f: { keypoints: unknown }) => f.keypoints !== null);
    track.frames[frame]!.keypoints![15]![1] = 10 * track.height;
    const r = analyze(file('far.json', JSON.stringify(track)), '--task', 'two-foot-jump');
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`far.json is not a usable track: frames\\[${frame}\\]\\.keypoints\\[15\\] \\(left_ankle\\) lies at .* far outside the ${track.width}x${track.height} picture`));
  });
});

describe('analyze CLI: bad flags and output paths', () => {
  it('--save-track into a missing folder is refused before the analysis', () => {
    const out = join(tmp, 'no-such-folder', 't.json');
    const r = analyze(TRACK, '--save-track', out);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(`analyze: The folder ${join(tmp, 'no-such-folder')} for --save-track ${out} does not exist: create it first, or choose another path.`);
  });
  it('--child-height-cm -5 through the CLI', () => {
    expect(analyze(TRACK, '--child-height-cm', '-5')).toMatchObject({ status: 2,
      stderr: 'analyze: --child-height-cm must be the child\'s height in cm, a number between 40 and 230 such as 112 or 112.5, not "-5".' });
  });
  it.each(['-5', '0x64', '1.2', '', '1e2', '300', ' 112'])('--child-height-cm %j', (value) => {
    expect(() => readArgs([TRACK, '--child-height-cm', value])).toThrow(new UsageError(
      `--child-height-cm must be the child's height in cm, a number between 40 and 230 such as 112 or 112.5, not "${value}".`));
  });
  it.each([
    [['--frob'], "Unknown option '--frob': see the usage below."],
    [['--task', 'cartwheel'], '--task "cartwheel" is unknown. Tasks: two-foot-jump, jumping-jack, hop, standing-long-jump, single-leg-stance, tandem-stance, crawl.'],
    [['--model', 'huge'], '--model must be lightning or thunder, not "huge".'],
    [['--save-track'], "Option '--save-track <value>' argument missing: see the usage below."],
  ])('flags %j', (flags, sentence) => {
    expect(() => readArgs([TRACK, ...flags])).toThrow(new UsageError(sentence));
  });
  it('reads a height in cm with a decimal', () => {
    expect(readArgs([TRACK, '--child-height-cm', '112.5', '--allow-partial']))
      .toMatchObject({ file: TRACK, childHeightCm: 112.5, allowPartial: true, model: 'lightning' });
  });
  it('analyses a BlazePose-style track (17 COCO names, another model name) exactly as the MoveNet one, showing the model', () => {
    const movenet = join(ROOT, 'tests/fixtures/tracks/two-foot-jumps__rope-side-view.lightning.track.json');
    const blaze = file('blaze.json', JSON.stringify({ ...JSON.parse(readFileSync(movenet, 'utf8')), model: 'blazepose-full' }));
    const [a, b] = [movenet, blaze].map((f) => analyze(f, '--task', 'two-foot-jump', '--child-height-cm', '112.5', '--json'));
    expect(b!.status).toBe(0);
    const { model: modelA, file: _fa, ...restA } = JSON.parse(a!.stdout) as Record<string, unknown>;
    const { model: modelB, file: _fb, ...restB } = JSON.parse(b!.stdout) as Record<string, unknown>;
    expect([modelA, modelB]).toEqual(['movenet-lightning', 'blazepose-full']);
    expect(restB).toEqual(restA);
    expect(restB.count).toBe(20);
  });
});
