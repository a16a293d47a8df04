// Lint rules that keep the layering the project's architecture notes set out (they live beside the checkout, in
// ../shared/reference/ARCHITECTURE.md, not in this repository): "analysis imports nothing above it"; records never
// imports pose/ or ui/; ui/ talks to the other layers only through their index.ts; and, inside the engine, a part two
// tasks use lives in a family folder beside them (tasks/jumps/, tasks/balance/), never inside one of them. A wrong
// import arrow fails `npm test`, not a review.
import { existsSync, readdirSync } from 'node:fs';
import tseslint from 'typescript-eslint';

const nodeBuiltins = ['fs', 'path', 'os', 'child_process', 'crypto', 'url', 'stream', 'worker_threads', 'process'];
const forbid = (groups, message) => ({ group: groups, message });

// The task folders: each has an index.ts with its definition (family folders such as jumps/ and balance/ have none).
const TASKS_DIR = 'src/analysis/tasks';
const taskFolders = readdirSync(TASKS_DIR, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(`${TASKS_DIR}/${d.name}/index.ts`)).map((d) => d.name);
const familyFolders = readdirSync(TASKS_DIR, { withFileTypes: true })
  .filter((d) => d.isDirectory() && !taskFolders.includes(d.name)).map((d) => d.name);
const taskFolderImports = (except) => taskFolders.filter((t) => t !== except).map((t) => `**/${t}/**`);
const crossTask = (task) => forbid(taskFolderImports(task),
  `A task never imports another task's folder: move what both use into a family folder (tasks/${familyFolders.join('/, tasks/')}/).`);

const analysisPatterns = [
  forbid(['@tensorflow/*', '@tensorflow-models/*'], 'src/analysis is pure: no tfjs (pose/ feeds it frames).'),
  forbid(['dexie', 'dexie-*'], 'src/analysis is pure: no Dexie (records/ stores its results).'),
  forbid(['preact', 'preact/*', '@preact/*', 'chart.js', 'chart.js/*'], 'src/analysis is pure: no UI.'),
  forbid(['**/pose', '**/pose/*', '**/records', '**/records/*', '**/ui', '**/ui/*', '**/app', '**/app/*', '**/cli', '**/cli/*'],
    'src/analysis imports nothing above it.'),
  forbid([...nodeBuiltins, ...nodeBuiltins.map((m) => `node:${m}`)], 'src/analysis is pure: no Node APIs.'),
];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'models/**', 'coverage/**'] },
  // typescript-eslint's type-checked recommended rules on every TypeScript file (floating promises, unsafe any,
  // unbound methods, needless assertions...): lint that finds bugs, not only wrong arrows. Each disable in the code says
  // why on its line.
  ...tseslint.configs.recommendedTypeChecked.map((config) => ({ ...config, files: ['**/*.ts', '**/*.tsx'] })),
  {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // An unused parameter kept for an interface's shape is named with a leading underscore.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    // Tests hand vitest's mocks to expect() without calling them (expect(fake.open).toHaveBeenCalled()) and pass a
    // fake's methods as the dependencies under test: reading a method off its object is the point there, and every fake
    // is a plain object whose methods never use `this`.
    files: ['**/*.test.ts', '**/*.test.tsx', 'tests/**/*.ts'],
    rules: { '@typescript-eslint/unbound-method': 'off' },
  },
  {
    files: ['src/analysis/**/*.ts'],
    ignores: ['src/analysis/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: analysisPatterns }],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'performance', 'Date', 'setTimeout', 'requestAnimationFrame'],
    },
  },
  // One block per task folder (a later block's no-restricted-imports replaces an earlier one's, so each repeats the
  // engine's patterns; tests may use Node, so theirs add only the cross-task rule).
  ...taskFolders.flatMap((task) => [
    {
      files: [`${TASKS_DIR}/${task}/**/*.ts`],
      ignores: [`${TASKS_DIR}/${task}/**/*.test.ts`],
      rules: { 'no-restricted-imports': ['error', { patterns: [...analysisPatterns, crossTask(task)] }] },
    },
    { files: [`${TASKS_DIR}/${task}/**/*.test.ts`], rules: { 'no-restricted-imports': ['error', { patterns: [crossTask(task)] }] } },
  ]),
  // Family folders serve the tasks and import none of them.
  ...familyFolders.map((family) => ({
    files: [`${TASKS_DIR}/${family}/**/*.ts`],
    ignores: [`${TASKS_DIR}/${family}/**/*.test.ts`],
    rules: { 'no-restricted-imports': ['error', { patterns: [...analysisPatterns,
      forbid(taskFolderImports(undefined), `tasks/${family}/ is shared by the tasks: it imports none of their folders.`)] }] },
  })),
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
