// The install step that puts the pose models in models/: idempotent, checksum-checked, loud on failure. These tests use
// a temporary models folder and a small local tarball instead of the registry.
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const SCRIPT = join(import.meta.dirname, '..', '..', 'scripts', 'fetch-models.mjs');
const sha = (text: string) => createHash('sha256').update(text).digest('hex');
let dirs: string[] = [];
afterEach(() => { for (const d of dirs) rmSync(d, { recursive: true, force: true }); dirs = []; });

/** A models folder whose manifest names one file, and a tarball holding that file with the given content. */
function setup(manifestContent: string, tarContent: string) {
  const root = mkdtempSync(join(tmpdir(), 'fetch-models-test-'));
  dirs.push(root);
  const models = join(root, 'models');
  mkdirSync(join(root, 'pkg', 'package', 'models'), { recursive: true });
  mkdirSync(models);
  writeFileSync(join(models, 'manifest.json'), JSON.stringify({
    package: 'example', version: '1.0.0', files: { 'm.bin': { sha256: sha(manifestContent), bytes: manifestContent.length } },
  }));
  writeFileSync(join(root, 'pkg', 'package', 'models', 'm.bin'), tarContent);
  const tarball = join(root, 'example.tgz');
  execFileSync('tar', ['-czf', tarball, '-C', join(root, 'pkg'), 'package']);
  const run = () => spawnSync(process.execPath, [SCRIPT], {
    encoding: 'utf8', env: { ...process.env, SPRINGBOARD_MODELS_DIR: models, SPRINGBOARD_MODELS_TARBALL: tarball },
  });
  return { models, run };
}

describe('fetch-models install step', () => {
  it('installs a file whose checksum matches the manifest', () => {
    const { models, run } = setup('weights', 'weights');
    const r = run();
    expect(r.status).toBe(0);
    expect(readFileSync(join(models, 'm.bin'), 'utf8')).toBe('weights');
  });

  it('does no work when every file is present and valid', () => {
    const { run } = setup('weights', 'weights');
    run();
    const again = run();
    expect(again.status).toBe(0);
    expect(again.stdout).toContain('present and verified');
    expect(again.stdout).not.toContain('fetching');
  });

  it('refuses a file whose checksum differs, with a message and a non-zero exit', () => {
    const { models, run } = setup('weights', 'tampered');
    const r = run();
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain('Checksum mismatch for m.bin');
    expect(existsSync(join(models, 'm.bin'))).toBe(false);
  });
});
