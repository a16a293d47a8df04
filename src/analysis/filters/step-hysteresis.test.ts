import { describe, expect, it } from 'vitest';
import { StepHysteresis } from './step-hysteresis.ts';

const run = (counter: StepHysteresis, values: number[], dtMs = 33) =>
  values.map((v, i) => counter.apply(v, i * dtMs)).filter((s) => s !== undefined);

describe('StepHysteresis', () => {
  it('counts one step per sawtooth rise and dates it at the low point before the rise', () => {
    const saw = [0, -0.1, -0.2, 0.2, 0.3, 0.2, 0.1, 0, -0.1, -0.2, 0.3];
    const steps = run(new StepHysteresis(0.2, 0.1, 600), saw);
    expect(steps.map((s) => s.startMs)).toEqual([66, 297]);
  });

  it('does not count jitter that crosses the enter level without falling by the exit level', () => {
    const jitter = [0, 0.25, 0.2, 0.25, 0.2, 0.26, 0.22];
    expect(run(new StepHysteresis(0.2, 0.1, 600), jitter)).toHaveLength(1);
  });

  it('forgets its extremes after a gap so that a rise across the gap is not a step', () => {
    const counter = new StepHysteresis(0.2, 0.1, 600);
    counter.apply(0, 0);
    expect(counter.apply(0.5, 2000)).toBeUndefined();
  });

  it('rejects an exit level above the enter level', () => {
    expect(() => new StepHysteresis(0.1, 0.2, 600)).toThrow(/exit <= enter/);
  });
});
