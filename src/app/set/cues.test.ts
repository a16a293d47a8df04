import { describe, expect, it, vi } from 'vitest';
import { createCues, CUE_TONES, type AudioLike } from './cues.ts';

/** A stubbed AudioContext that records each tone's pitch and start time. */
function stubAudio(state = 'running') {
  const tones: { hz: number; startS: number; stopS: number }[] = [];
  const audio: AudioLike & { state: string } = {
    state, currentTime: 10, destination: {},
    resume: vi.fn(() => { audio.state = 'running'; return Promise.resolve(); }),
    createOscillator() {
      const tone = { hz: 0, startS: 0, stopS: 0 };
      return {
        frequency: { set value(v: number) { tone.hz = v; }, get value() { return tone.hz; } },
        connect: (n: unknown) => n,
        start(t: number) { tone.startS = t; tones.push(tone); },
        stop(t: number) { tone.stopS = t; },
      };
    },
    createGain: () => ({ gain: { setValueAtTime: vi.fn(), exponentialRampToValueAtTime: vi.fn() }, connect: (n: unknown) => n }),
  };
  return { audio, tones };
}

const speech = () => ({ speak: vi.fn((_text: string) => undefined), cancel: vi.fn() });

describe('cues', () => {
  it('plays each cue\'s tones at their offsets once unlocked by a click', () => {
    const { audio, tones } = stubAudio();
    const cues = createCues({ makeAudio: () => audio, speech: null, muted: () => false, spoken: () => false });
    cues.play('start'); // before unlock: no context yet, nothing plays
    expect(tones).toEqual([]);
    expect(cues.unlock()).toBeNull();
    cues.play('end');
    expect(tones.map((t) => t.hz)).toEqual(CUE_TONES.end.map(([hz]) => hz));
    expect(tones.map((t) => Math.round((t.startS - 10) * 1000))).toEqual(CUE_TONES.end.map(([, , at]) => at));
    cues.beep();
    expect(tones.at(-1)?.hz).toBe(CUE_TONES.rep[0][0]);
  });

  it('resumes a suspended context on unlock and says so when the browser has no audio', () => {
    const { audio } = stubAudio('suspended');
    createCues({ makeAudio: () => audio, speech: null, muted: () => false, spoken: () => false }).unlock();
    expect(audio.resume).toHaveBeenCalledOnce();
    expect(createCues({ makeAudio: () => null, speech: null, muted: () => false, spoken: () => false }).unlock()).toMatch(/cannot play sounds/);
  });

  it('is silent when muted, tones and words alike', () => {
    const { audio, tones } = stubAudio();
    const voice = speech();
    const cues = createCues({ makeAudio: () => audio, speech: voice, muted: () => true, spoken: () => true });
    cues.unlock();
    cues.play('start');
    expect(tones).toEqual([]);
    expect(voice.speak).not.toHaveBeenCalled();
  });

  it('speaks the countdown numbers and "Go!" only when speech is on', () => {
    const voice = speech();
    let spoken = false;
    const cues = createCues({ makeAudio: () => null, speech: voice, muted: () => false, spoken: () => spoken });
    cues.play('countdown', 3);
    expect(voice.speak).not.toHaveBeenCalled();
    spoken = true;
    cues.play('countdown', 2);
    cues.play('start');
    cues.play('rep');
    expect(voice.speak.mock.calls.map(([w]) => w)).toEqual(['2', 'Go!']);
  });
});
