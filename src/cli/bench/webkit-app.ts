// WebKitGTK (the engine of Safari) driven by selenium-webdriver 4.46 through WebKitWebDriver and its MiniBrowser, on a
// virtual X display (Xvfb), behind the PageDriver interface; and the built app served to it. A wrong capability makes
// WebKitWebDriver wait rather than fail, so each step is timed out.
import { spawn, type ChildProcess } from 'node:child_process';
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

/** Xvfb and WebKitWebDriver, started once; each page is a session of its own (a new MiniBrowser, a new profile). */
export interface WebKitDriverHost {
  newPage(): Promise<PageDriver>;
  close(): Promise<void>;
}

export async function startWebKitDriver(): Promise<WebKitDriverHost> {
  if (!webkitAvailable()) throw new Error(`WebKitGTK is not installed (${WEBKIT_DRIVER_PATH}, ${MINIBROWSER_PATH}, ${XVFB_PATH}): install webkit2gtk-driver and xvfb.`);
  const display = `:${90 + (process.pid % 800)}`;
  const processes: ChildProcess[] = [spawn(XVFB_PATH, [display, '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], { stdio: 'ignore' })];
  const port = await freePort();
  processes.push(spawn(WEBKIT_DRIVER_PATH, [`--port=${port}`], { stdio: 'ignore', env: { ...process.env, DISPLAY: display } }));
  const stop = () => { for (const p of processes) p.kill('SIGKILL'); };
  try {
    await listening(port, 20_000);
  } catch (error) {
    stop();
    throw error;
  }
  const sessions = new Set<WebDriver>();
  return {
    async newPage() {
      // 180 s: a MiniBrowser session (a new WebKit process under Xvfb) took over 60 s to start once on CI with the other
      // browser tests and a bench beside it; the limit is there to turn a hang into an error, not to time the start.
      const driver = await within(180_000, 'start a MiniBrowser session', new Builder().usingServer(`http://127.0.0.1:${port}`).withCapabilities({
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': { binary: MINIBROWSER_PATH, args: ['--automation', '--enable-mock-capture-devices=true'] },
      }).build());
      sessions.add(driver);
      await driver.manage().setTimeouts({ script: SCRIPT_TIMEOUT_MS, pageLoad: 60_000, implicit: 0 });
      return new WebKitPage(driver, () => sessions.delete(driver));
    },
    async close() {
      await Promise.allSettled([...sessions].map((d) => within(20_000, 'quit a MiniBrowser session', d.quit())));
      stop();
    },
  };
}

class WebKitPage implements PageDriver {
  readonly browserName = 'webkit';
  constructor(private readonly driver: WebDriver, private readonly forget: () => void) {}
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
    this.forget();
    await within(20_000, 'quit the MiniBrowser session', this.driver.quit());
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
