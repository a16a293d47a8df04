// Every child process the CLI starts (ffmpeg) is registered here, so that none outlives the CLI: on a normal end, an
// error or Ctrl-C each gets SIGTERM, then SIGKILL after a grace period (an ffmpeg blocked opening a pipe ignores
// SIGTERM), and on the process's own exit any still running is killed at once.
import type { ChildProcess } from 'node:child_process';

/** Time a child gets to end after SIGTERM before SIGKILL, ms. Reason: ffmpeg ends in well under 100 ms when it can. */
export const CHILD_GRACE_MS = 1000;

const running = new Set<ChildProcess>();
let hooked = false;

const alive = (child: ChildProcess) => child.exitCode === null && child.signalCode === null;

/** Ends one child: SIGTERM now, SIGKILL after the grace period if it is still running. Resolves when it has ended. */
export function endChild(child: ChildProcess): Promise<void> {
  if (!alive(child)) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => { if (alive(child)) child.kill('SIGKILL'); }, CHILD_GRACE_MS);
    child.once('exit', () => { clearTimeout(timer); resolve(); });
    child.kill('SIGTERM');
  });
}

/** Ends every registered child (see endChild). */
export const endAllChildren = (): Promise<void> => Promise.all([...running].map(endChild)).then(() => undefined);

/**
 * Registers a child for cleanup. The first registration hooks the process: Ctrl-C (SIGINT) and SIGTERM end every child
 * and then exit with 130 / 143; 'exit' (which cannot wait) SIGKILLs any child still running.
 */
export function trackChild(child: ChildProcess): ChildProcess {
  running.add(child);
  child.once('exit', () => running.delete(child));
  if (!hooked) {
    hooked = true;
    process.once('exit', () => { for (const c of running) if (alive(c)) c.kill('SIGKILL'); });
    for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
      process.once(signal, () => {
        process.stderr.write(`\nStopped (${signal}): ending ${running.size} helper process(es).\n`);
        void endAllChildren().then(() => process.exit(code));
      });
    }
  }
  return child;
}
