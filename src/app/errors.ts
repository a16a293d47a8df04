// Turns any error into a sentence for the person: typed pose errors carry their own; anything else says what broke
// and what to do.
import { CameraError, VideoFileError } from '../pose/index.ts';

export function sentenceOf(error: unknown): string {
  if (error instanceof CameraError || error instanceof VideoFileError) return error.message;
  const detail = (error instanceof Error ? error.message : String(error)).trim().replace(/[.!]+$/, '');
  if (/models?\/.*(404|not found)|Failed to fetch/i.test(detail)) {
    return 'The pose model could not be loaded from this site. Check the connection to the page and reload it.';
  }
  return `Something went wrong: ${detail}. Reload the page to try again; if it keeps happening, note this sentence for the developers.`;
}
