// Lint rules that keep the layering of ARCHITECTURE.md: a wrong import arrow fails `npm test`, not a review.
import tseslint from 'typescript-eslint';

const nodeBuiltins = ['fs', 'path', 'os', 'child_process', 'crypto', 'url', 'stream', 'worker_threads', 'process'];
const forbid = (groups, message) => ({ group: groups, message });

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'models/**', 'coverage/**'] },
  {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: { parser: tseslint.parser },
    plugins: { '@typescript-eslint': tseslint.plugin },
    rules: {},
  },
  {
    files: ['src/analysis/**/*.ts'],
    ignores: ['src/analysis/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        forbid(['@tensorflow/*', '@tensorflow-models/*'], 'src/analysis is pure: no tfjs (pose/ feeds it frames).'),
        forbid(['dexie', 'dexie-*'], 'src/analysis is pure: no Dexie (records/ stores its results).'),
        forbid(['preact', 'preact/*', '@preact/*', 'chart.js', 'chart.js/*'], 'src/analysis is pure: no UI.'),
        forbid(['**/pose', '**/pose/*', '**/records', '**/records/*', '**/ui', '**/ui/*', '**/app', '**/app/*', '**/cli', '**/cli/*'],
          'src/analysis imports nothing above it.'),
        forbid([...nodeBuiltins, ...nodeBuiltins.map((m) => `node:${m}`)], 'src/analysis is pure: no Node APIs.'),
      ] }],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'performance', 'Date', 'setTimeout', 'requestAnimationFrame'],
    },
  },
  {
    files: ['src/records/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        forbid(['**/pose', '**/pose/*', '**/ui', '**/ui/*', '**/app', '**/app/*', '@tensorflow/*', '@tensorflow-models/*'],
          'src/records never imports pose/ or ui/.'),
        forbid(['**/analysis/*', '!**/analysis/index*'], 'Import the analysis layer through its index.ts only.'),
      ] }],
    },
  },
  {
    files: ['src/pose/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        forbid(['**/records', '**/records/*', '**/ui', '**/ui/*', '**/app', '**/app/*', 'dexie', 'preact', 'preact/*'],
          'src/pose may import analysis types only.'),
        forbid(['**/analysis/*', '!**/analysis/index*'], 'Import the analysis layer through its index.ts only.'),
      ] }],
    },
  },
  {
    files: ['src/ui/**/*.ts', 'src/ui/**/*.tsx'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        forbid(['**/analysis/*', '!**/analysis/index*', '**/records/*', '!**/records/index*', '**/pose/*', '!**/pose/index*'],
          'ui/ talks to the other layers only through their index.ts.'),
      ] }],
    },
  },
);
