import { describe, expect, it } from 'vitest';
import { LiveFrameClock } from './live-clock.ts';

describe('LiveFrameClock', () => {
  it('uses the media time where it advances (Chromium, Firefox)', () => {
    const clock = new LiveFrameClock();
    expect([[0, 500], [0.033, 540], [0.066, 600]].map(([s, now]) => clock.timeOf(s!, now!))).toEqual([0, 33, 66]);
  });

  it('takes the callback clock, continuing from the last media time, where the media time stays 0 (WebKitGTK)', () => {
    const clock = new LiveFrameClock();
    expect([[0, 2167], [0, 2344], [0, 2384], [0, 2473]].map(([s, now]) => clock.timeOf(s!, now!))).toEqual([0, 177, 217, 306]);
  });

  it('switches for good once the media time stops advancing, and never repeats or goes back', () => {
    const clock = new LiveFrameClock();
    const times = [[0, 100], [0.04, 140], [0.04, 180], [0.12, 181], [0.2, 181]].map(([s, now]) => clock.timeOf(s!, now!));
    expect(times).toEqual([0, 40, 80, 81, 82]);
  });
});
