// Checks of the CLI's files before any work starts, each failure one sentence that names the file, says what is wrong
// and what to do: the input must be an existing, non-empty regular file (a named pipe or a device would block ffmpeg
// forever), the output's folder must exist before a long analysis rather than fail after it.
import { accessSync, constants, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { ProbeResult } from './probe.ts';

/** A problem with the person's input: printed as it is, with exit status 1 (2 is for usage errors). */
export class InputError extends Error {}

export function checkInputFile(file: string): void {
  let stat;
  try {
    stat = statSync(file);
  } catch (err) {
    const code = (err as { code?: string }).code;
    if (code === 'ENOENT') throw new InputError(`${file} does not exist: check the name and the folder, or give the full path.`);
    if (code === 'EACCES') throw new InputError(`${file} cannot be opened (permission denied): copy it somewhere you can read it.`);
    throw new InputError(`${file} cannot be opened (${code ?? String(err)}): check the name and try again.`);
  }
  if (stat.isDirectory()) throw new InputError(`${file} is a folder, not a file: give one video, image or track file inside it.`);
  if (!stat.isFile()) {
    throw new InputError(`${file} is not a regular file (a pipe, device or socket cannot be analysed): save the video to a file and give that.`);
  }
  if (stat.size === 0) throw new InputError(`${file} is empty (0 bytes): copy the video again from the camera or phone.`);
}

/** The file --save-track will write: its folder must exist and be writable, and the path must not be a folder. */
export function checkOutputFile(file: string): void {
  const folder = dirname(resolve(file));
  let stat;
  try {
    stat = statSync(folder);
  } catch {
    throw new InputError(`The folder ${folder} for --save-track ${file} does not exist: create it first, or choose another path.`);
  }
  if (!stat.isDirectory()) throw new InputError(`--save-track ${file} is inside ${folder}, which is not a folder: choose another path.`);
  try {
    accessSync(folder, constants.W_OK);
  } catch {
    throw new InputError(`The folder ${folder} for --save-track ${file} cannot be written to: choose a folder of your own.`);
  }
  let target;
  try { target = statSync(file); } catch { return; }
  if (!target.isFile()) throw new InputError(`--save-track ${file} names a folder or a special file: give the name of a new .json file.`);
}

/** A media file ffmpeg cannot read, or one with no picture, as a sentence; null for a readable video or image. */
export function mediaProblem(file: string, probe: ProbeResult): string | null {
  if (probe.kind === 'unreadable') {
    return `${file} could not be read as a video or image (ffmpeg: ${probe.detail}): it is damaged or not a video; `
      + 'choose an MP4, MOV, WebM, GIF or image file, or a .json track.';
  }
  if (probe.kind === 'no-picture') return `${file} holds no picture, only ${probe.detail}: choose a video of the child moving.`;
  return null;
}
