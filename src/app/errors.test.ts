import { describe, expect, it } from 'vitest';
import { CameraError, VideoFileError } from '../pose/index.ts';
import { sentenceOf } from './errors.ts';

describe('sentenceOf', () => {
  it('passes on the sentence a typed pose error carries', () => {
    expect(sentenceOf(new CameraError('busy'))).toBe(new CameraError('busy').message);
    expect(sentenceOf(new VideoFileError('codec'))).toMatch(/Convert it to MP4 \(H\.264\)/);
  });
  it('says a model that failed to load must be reloaded from the site', () => {
    expect(sentenceOf(new TypeError('Failed to fetch'))).toMatch(/^The pose model could not be loaded/);
  });
  it('turns anything else into one sentence that says what to do', () => {
    expect(sentenceOf(new Error('boom.'))).toBe('Something went wrong: boom. Reload the page to try again; if it keeps happening, note this sentence for the developers.');
    expect(sentenceOf('plain text')).toMatch(/^Something went wrong: plain text\. Reload/);
  });
});
