import { describe, expect, it } from 'vitest';
import { completeness } from '../../src/cli/probe.ts';

describe('completeness of a decode', () => {
  it('flags a video that ends early, with the numbers', () => {
    expect(completeness(81, 313, [])).toEqual({ partial: true, framesFound: 81, framesAnnounced: 313, message: 'the video ends early: 81 of 313 frames' });
  });
  it('accepts one frame short of the container count (an edit list: infant-prone-prop, 230 of 231)', () => {
    expect(completeness(230, 231, []).partial).toBe(false);
  });
  it('allows 5% short of an estimated count (duration x rate of a variable-rate file), not of an exact one', () => {
    expect(completeness(290, 300, [], false).partial).toBe(false);
    expect(completeness(290, 300, [], true).partial).toBe(true);
  });
  it('flags damage ffmpeg reports even when the count is right', () => {
    expect(completeness(313, 313, ['stream 0, offset 0x37ce0: partial file']).message)
      .toBe('the video is damaged: ffmpeg reported "stream 0, offset 0x37ce0: partial file" (313 frames decoded)');
  });
  it('says nothing when the count is unknown (an image) and nothing was damaged', () => {
    expect(completeness(1, 0, [])).toEqual({ partial: false, framesFound: 1, framesAnnounced: 0, message: null });
  });
});
