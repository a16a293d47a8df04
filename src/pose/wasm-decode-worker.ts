// The wasm video decoder's worker: ffmpeg.wasm's single-thread core (@ffmpeg/core, no SharedArrayBuffer or
// cross-origin isolation needed). Started only for a video the browser's own decoder cannot read; the 32 MB binary is
// fetched then, from the app's origin, and the service worker keeps it for offline use. The video is mounted from the
// File itself (WORKERFS reads the slices it needs: nothing is copied whole), and each run decodes a few frames into
// memory that is handed back (transferred) at once.
import * as Comlink from 'comlink';
import createFFmpegCore from '@ffmpeg/core';
import coreWasmUrl from '@ffmpeg/core/wasm?url';
import type { WasmDecoderApi, WasmDecodeRun } from './wasm-decode-api.ts';

interface FFmpegCore {
  exec(...args: string[]): number;
  reset(): void;
  setLogger(logger: (entry: { type: string; message: string }) => void): void;
  FS: {
    mkdir(path: string): void;
    mount(type: unknown, options: { blobs: { name: string; data: Blob }[] }, mountpoint: string): void;
    unmount(mountpoint: string): void;
    readFile(path: string): Uint8Array;
    unlink(path: string): void;
    analyzePath(path: string): { exists: boolean };
    filesystems: { WORKERFS: unknown };
  };
}

const INPUT_DIR = '/input';
const INPUT = `${INPUT_DIR}/video`;
const OUTPUT = '/frames.raw';

let core: Promise<FFmpegCore> | undefined;
let log: string[] = [];

const loadCore = (): Promise<FFmpegCore> => {
  core ??= (async () => {
    // The core replaces any locateFile given: it finds its binary in the JSON after '#' of mainScriptUrlOrBlob.
    const wasmURL = new URL(coreWasmUrl, self.location.href).href;
    const c = await (createFFmpegCore as (options: object) => Promise<FFmpegCore>)({ mainScriptUrlOrBlob: `${self.location.href}#${btoa(JSON.stringify({ wasmURL }))}` });
    c.setLogger(({ message }) => { log.push(message); });
    c.FS.mkdir(INPUT_DIR);
    return c;
  })();
  return core;
};

const api: WasmDecoderApi = {
  async open(file) {
    const c = await loadCore();
    if (c.FS.analyzePath(INPUT).exists) c.FS.unmount(INPUT_DIR);
    c.FS.mount(c.FS.filesystems.WORKERFS, { blobs: [{ name: 'video', data: file }] }, INPUT_DIR);
  },
  async decode(args): Promise<WasmDecodeRun> {
    const c = await loadCore();
    log = [];
    c.reset();
    const exitCode = c.exec(...args.map((a) => (a === '{input}' ? INPUT : a === '{output}' ? OUTPUT : a)));
    const exists = c.FS.analyzePath(OUTPUT).exists;
    const bytes = exists ? c.FS.readFile(OUTPUT) : new Uint8Array(0);
    if (exists) c.FS.unlink(OUTPUT);
    const run: WasmDecodeRun = { exitCode, log, data: bytes.buffer as ArrayBuffer };
    return Comlink.transfer(run, [run.data]);
  },
};

Comlink.expose(api);
