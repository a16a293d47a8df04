// The download size of each MoveNet model, from models/manifest.json (the sizes its sha256 checks were made on), so
// that the app can say what a model costs before it is fetched for the first time.
import manifest from '../../models/manifest.json';
import type { ModelChoice } from './estimator.ts';

const FILES: { readonly [M in ModelChoice]: readonly (keyof typeof manifest.files)[] } = {
  lightning: ['movenet-lightning.json', 'movenet-lightning.bin'],
  thunder: ['movenet-thunder.json', 'movenet-thunder.bin'],
};

/** Bytes fetched to load a model (its graph and weights). */
export const modelDownloadBytes = (model: ModelChoice): number => FILES[model].reduce((sum, f) => sum + manifest.files[f].bytes, 0);

/** The size in megabytes as people read it, e.g. "12.6 MB". */
export const megabytes = (bytes: number): string => `${(bytes / 1e6).toFixed(1)} MB`;
