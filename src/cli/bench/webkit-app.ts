// WebKitGTK (the engine of Safari) driven by selenium-webdriver 4.46 through WebKitWebDriver and its MiniBrowser, on a
// virtual X display (Xvfb), behind the PageDriver interface; and the built app served to it. A wrong capability makes
// WebKitWebDriver wait rather than fail, so each step is timed out.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { Builder, By, type WebDriver } from 'selenium-webdriver';
import { serveDir, type StaticServer } from '../browser.ts';
import { buildApp, tempDir, type TempDir } from './chromium-app.ts';
import { installCameraStub, within, type PageDriver } from './page-driver.ts';

export const WEBKIT_DRIVER_PATH = process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver';
export const MINIBROWSER_PATH = process.env.MINIBROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
export const XVFB_PATH = process.env.XVFB_PATH ?? '/usr/bin/Xvfb';
export const webkitAvailable = (): boolean => [WEBKIT_DRIVER_PATH, MINIBROWSER_PATH, XVFB_PATH].every((p) => existsSync(p));

/** Longest wait (ms) for one script run in the page. Reason: each script of the flow ends in a second or two. */
const SCRIPT_TIMEOUT_MS = 60_000;

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as { port: number };
  await new Promise((ok) => server.close(ok));
  return port;
}

/** Waits until something listens on the port (the driver is up), or fails after `ms`. */
async function listening(port: number, ms: number): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    const ok = await fetch(`http://127.0.0.1:${port}/status`).then((r) => r.ok, () => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`WebKitWebDriver did not answer on port ${port} within ${ms} ms.`);
}

/** Waits until the X server of `display` (":93") has made its socket, or fails after `ms`. */
async function displayReady(display: string, ms: number): Promise<void> {
  const socket = `/tmp/.X11-unix/X${display.slice(1)}`;
  const until = Date.now() + ms;
  while (!existsSync(socket)) {
    if (Date.now() > until) throw new Error(`Xvfb did not open display ${display} within ${ms} ms.`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Xvfb, started once; each page is a session of its own (a new WebKitWebDriver, a new MiniBrowser, a new profile). */
export interface WebKitDriverHost {
  newPage(): Promise<PageDriver>;
  close(): Promise<void>;
}

/**
 * Longest wait for one MiniBrowser session to start, ms, and how many fresh drivers are tried. Reason: a session starts
 * in 2-10 s; on CI, beside the other browser tests, one start took over 60 s and once none came within 180 s after the
 * previous session of the same driver had quit (a driver that still held the old MiniBrowser). A fresh driver per try
 * cannot inherit that, and a second try turns a rare hang into a slower pass rather than a failure.
 */
const SESSION_START_MS = 90_000;
const SESSION_START_TRIES = 2;

/**
 * Starts a process as the leader of its own group, so that stopping it also stops what it started (WebKitWebDriver
 * starts MiniBrowser, which starts WebKit's web and network processes).
 */
function spawnGroup(command: string, args: readonly string[], env: NodeJS.ProcessEnv): { kill(): void } {
  const child = spawn(command, args, { stdio: 'ignore', env, detached: true });
  return {
    kill() {
      try {
        if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
      } catch {
        child.kill('SIGKILL'); // the group is already gone, or no group could be made
      }
    },
  };
}

/** A WebKitWebDriver on a free port with one MiniBrowser session, or an error after SESSION_START_MS. */
async function startSession(display: string): Promise<{ driver: WebDriver; stop(): void }> {
  const port = await freePort();
  const server = spawnGroup(WEBKIT_DRIVER_PATH, [`--port=${port}`], { ...process.env, DISPLAY: display });
  try {
    await listening(port, 20_000);
    const driver = await within(SESSION_START_MS, 'start a MiniBrowser session', new Builder().usingServer(`http://127.0.0.1:${port}`).withCapabilities({
      browserName: 'MiniBrowser',
      'webkitgtk:browserOptions': { binary: MINIBROWSER_PATH, args: ['--automation', '--enable-mock-capture-devices=true'] },
    }).build());
    return { driver, stop: () => server.kill() };
  } catch (error) {
    server.kill();
    throw error;
  }
}

export async function startWebKitDriver(): Promise<WebKitDriverHost> {
  if (!webkitAvailable()) throw new Error(`WebKitGTK is not installed (${WEBKIT_DRIVER_PATH}, ${MINIBROWSER_PATH}, ${XVFB_PATH}): install webkit2gtk-driver and xvfb.`);
  const display = `:${90 + (process.pid % 800)}`;
  const xvfb = spawnGroup(XVFB_PATH, [display, '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], process.env);
  try {
    await displayReady(display, 20_000);
  } catch (error) {
    xvfb.kill();
    throw error;
  }
  const pages = new Set<WebKitPage>();
  return {
    async newPage() {
      let lastError: unknown;
      for (let attempt = 1; attempt <= SESSION_START_TRIES; attempt++) {
        try {
          const session = await startSession(display);
          await session.driver.manage().setTimeouts({ script: SCRIPT_TIMEOUT_MS, pageLoad: 60_000, implicit: 0 });
          const page = new WebKitPage(session.driver, () => { pages.delete(page); session.stop(); });
          pages.add(page);
          return page;
        } catch (error) {
          lastError = error;
          console.warn(`WebKitGTK: try ${attempt} of ${SESSION_START_TRIES} to start a session failed: ${String(error)}`);
        }
      }
      throw lastError;
    },
    async close() {
      await Promise.allSettled([...pages].map((p) => p.close()));
      xvfb.kill();
    },
  };
}

class WebKitPage implements PageDriver {
  readonly browserName = 'webkit';
  /** Forgets the page and stops its driver (with the MiniBrowser it started). */
  constructor(private readonly driver: WebDriver, private readonly stop: () => void) {}
  async goto(url: string): Promise<void> { await this.driver.get(url); }
  async evaluate<T>(expression: string): Promise<T> {
    // WebDriver's Execute Script awaits a returned promise.
    return await this.driver.executeScript<T>(`return (async () => (${expression}))();`);
  }
  async type(testId: string, text: string): Promise<void> { await this.driver.findElement(By.css(`[data-testid="${testId}"]`)).sendKeys(text); }
  async setFile(testId: string, path: string): Promise<void> {
    await this.driver.findElement(By.css(`input[data-testid="${testId}"]`)).sendKeys(path);
  }
  async close(): Promise<void> {
    try {
      await within(20_000, 'quit the MiniBrowser session', this.driver.quit());
    } finally {
      this.stop();
    }
  }
}

export interface WebKitApp {
  readonly dir: TempDir;
  readonly server: StaticServer;
  readonly host: WebKitDriverHost;
  close(): Promise<void>;
}

/** The app built into a temp folder (with the stub camera playing `cameraClip` when given), served, and WebKitGTK. */
export async function startWebKitApp(prefix: string, options: { readonly cameraClip?: string; readonly holdS?: number } = {}): Promise<WebKitApp> {
  const dir = await tempDir(prefix);
  try {
    const dist = join(dir.path, 'dist');
    await buildApp(dist);
    if (options.cameraClip) await installCameraStub(dist, options.cameraClip, options.holdS ?? 0);
    const server = await serveDir(dist);
    const host = await startWebKitDriver().catch(async (error: unknown) => { await server.close(); throw error; });
    return { dir, server, host, async close() { await host.close(); await server.close(); await dir.remove(); } };
  } catch (error) {
    await dir.remove();
    throw error;
  }
}
