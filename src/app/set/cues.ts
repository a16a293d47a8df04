// Sound and spoken cues of a live set: short Web Audio tones for the countdown, the start, each rep, a pause and the
// end (no audio files, nothing fetched), and optional spoken words (speechSynthesis). Muted means silent; the
// screen still shows everything. The audio context is made on a click, as browsers require.
import { BEEP_GAIN, BEEP_HZ, BEEP_MS, type Beeper } from '../cheer.ts';

/**
 * Tones as [pitch Hz, length ms, start offset ms]. Source: chosen by ear next to the rep beep (BEEP_HZ, A5); reason:
 * the countdown is lower (A4) so that "go" (A5 then E6, rising) stands out, a pause falls (E5 to A4), and the end is
 * a falling triad, each short enough not to cover the next rep's beep.
 */
export const CUE_TONES = {
  countdown: [[440, 150, 0]],
  start: [[BEEP_HZ, 150, 0], [1319, 250, 160]],
  rep: [[BEEP_HZ, BEEP_MS, 0]],
  pause: [[659, 180, 0], [440, 260, 190]],
  end: [[1319, 160, 0], [1047, 160, 170], [BEEP_HZ, 320, 340]],
} as const satisfies Record<string, readonly (readonly [number, number, number])[]>;

export type CueKind = keyof typeof CUE_TONES;

/** Words spoken for each cue when speech is on; the countdown says its number. */
const SPOKEN: { readonly [K in CueKind]: string | null } = {
  countdown: null, start: 'Go!', rep: null, pause: 'Paused. Come back into the picture.', end: 'Well done. That is the end.',
};

/** The parts of the Web Audio API the cues use (a stub in tests). */
export interface AudioLike {
  readonly state: string;
  readonly currentTime: number;
  readonly destination: unknown;
  resume(): Promise<void>;
  createOscillator(): { frequency: { value: number }; connect(n: unknown): unknown; start(t: number): void; stop(t: number): void };
  createGain(): { gain: { setValueAtTime(v: number, t: number): void; exponentialRampToValueAtTime(v: number, t: number): void }; connect(n: unknown): unknown };
}

export interface SpeechLike {
  speak(text: string): void;
  cancel(): void;
}

export interface CueOptions {
  readonly makeAudio: () => AudioLike | null;
  readonly speech: SpeechLike | null;
  readonly muted: () => boolean;
  readonly spoken: () => boolean;
}

export interface Cues extends Beeper {
  play(kind: CueKind, n?: number): void;
}

export function createCues(options: CueOptions): Cues {
  let ctx: AudioLike | null = null;
  const tone = (audio: AudioLike, hz: number, ms: number, offsetMs: number) => {
    // Connected as a chain: oscillator -> gain (a short fade, no click) -> speakers.
    const osc = audio.createOscillator();
    const gain = audio.createGain();
    osc.frequency.value = hz;
    const t0 = audio.currentTime + offsetMs / 1000;
    gain.gain.setValueAtTime(BEEP_GAIN, t0);
    gain.gain.exponentialRampToValueAtTime(0.001, t0 + ms / 1000);
    osc.connect(gain);
    gain.connect(audio.destination);
    osc.start(t0);
    osc.stop(t0 + ms / 1000);
  };
  const play = (kind: CueKind, n?: number) => {
    if (options.muted()) return;
    if (ctx?.state === 'running') for (const [hz, ms, at] of CUE_TONES[kind]) tone(ctx, hz, ms, at);
    const words = kind === 'countdown' && n !== undefined ? String(n) : SPOKEN[kind];
    if (words && options.spoken() && options.speech) {
      if (kind !== 'rep') options.speech.cancel(); // a cue is news now: drop one still queued
      options.speech.speak(words);
    }
  };
  return {
    unlock() {
      ctx ??= options.makeAudio();
      if (!ctx) return 'This browser cannot play sounds: the screen still shows every rep.';
      if (ctx.state === 'suspended') void ctx.resume();
      return null;
    },
    beep: () => play('rep'),
    play,
  };
}

/** The browser's audio and speech, or null where the page has none. */
export const browserCueOptions = (muted: () => boolean, spoken: () => boolean): CueOptions => ({
  makeAudio: () => (typeof AudioContext === 'undefined' ? null : new AudioContext()),
  speech: typeof speechSynthesis === 'undefined' ? null : {
    speak: (text) => speechSynthesis.speak(new SpeechSynthesisUtterance(text)),
    cancel: () => speechSynthesis.cancel(),
  },
  muted,
  spoken,
});
