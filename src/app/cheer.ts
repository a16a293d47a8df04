// Encouragement on each counted rep: a short WebAudio beep (no audio files, so nothing is fetched) and a word of
// praise. The audio context is created on the first person's click, as browsers require a gesture before sound.

/**
 * Beep length in ms and pitch in Hz. Source: chosen by ear on a laptop speaker; reason: 120 ms at 880 Hz (A5) is
 * heard over a moving child without being shrill, and short enough not to overlap at 3 reps per second.
 */
export const BEEP_MS = 120;
export const BEEP_HZ = 880;
/** Beep loudness, 0..1 of full scale. Reason: 0.15 is clearly audible yet calm; full scale startles small children. */
export const BEEP_GAIN = 0.15;
/**
 * Every this many reps the praise names the count ("5 already!"). Source: a round number children count in; reason:
 * a milestone every rep would be noise, one every 5 keeps a 10-20 rep set lively (CTAPE and TGMD sets run 5-20).
 */
export const PRAISE_MILESTONE_REPS = 5;

const PRAISE_WORDS = ['Great!', 'Well done!', 'Super!', 'Nice one!', 'Brilliant!', 'Keep going!'] as const;

/** The word of praise for the n-th counted item (n from 1). */
export function praiseFor(count: number): string {
  if (count > 0 && count % PRAISE_MILESTONE_REPS === 0) return `${count} already — fantastic!`;
  return PRAISE_WORDS[(count - 1 + PRAISE_WORDS.length) % PRAISE_WORDS.length]!;
}

export interface Beeper {
  /** Creates (or resumes) the audio context; call it from a click. Returns a sentence when sound is unavailable. */
  unlock(): string | null;
  beep(): void;
}

export function createBeeper(): Beeper {
  let ctx: AudioContext | undefined;
  return {
    unlock() {
      if (typeof AudioContext === 'undefined') return 'This browser cannot play sounds: the counter still shows every rep.';
      ctx ??= new AudioContext();
      if (ctx.state === 'suspended') void ctx.resume();
      return null;
    },
    beep() {
      if (!ctx || ctx.state !== 'running') return; // not unlocked by a click yet: the count and praise still show
      const osc = ctx.createOscillator();
      const gain = ctx.createGain();
      osc.frequency.value = BEEP_HZ;
      const t0 = ctx.currentTime;
      gain.gain.setValueAtTime(BEEP_GAIN, t0);
      gain.gain.exponentialRampToValueAtTime(0.001, t0 + BEEP_MS / 1000);
      osc.connect(gain).connect(ctx.destination);
      osc.start(t0);
      osc.stop(t0 + BEEP_MS / 1000);
    },
  };
}
