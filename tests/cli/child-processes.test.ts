import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { CHILD_GRACE_MS, endChild } from '../../src/cli/child-processes.ts';

describe('endChild', () => {
  it('kills a child that ignores SIGTERM after the grace period', async () => {
    const child = spawn(process.execPath, ['-e', "process.on('SIGTERM', () => {}); console.log('ready'); setInterval(() => {}, 1000)"], { stdio: ['ignore', 'pipe', 'ignore'] });
    await new Promise((r) => child.stdout.once('data', r));
    const t0 = performance.now();
    await endChild(child);
    expect(child.signalCode).toBe('SIGKILL');
    expect(performance.now() - t0).toBeGreaterThanOrEqual(CHILD_GRACE_MS - 50);
  });
  it('ends a child that obeys SIGTERM with SIGTERM', async () => {
    const child = spawn(process.execPath, ['-e', "console.log('ready'); setInterval(() => {}, 1000)"], { stdio: ['ignore', 'pipe', 'ignore'] });
    await new Promise((r) => child.stdout.once('data', r));
    await endChild(child);
    expect(child.signalCode).toBe('SIGTERM');
  });
});
