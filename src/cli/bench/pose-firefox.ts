// Bench group 'pose-firefox': MoveNet's ms per frame on wasm in the built app in Firefox ESR (see pose-browsers.ts).
import { FIREFOX_PATH, firefoxAvailable, firefoxPage, startFirefoxApp } from './firefox-app.ts';
import { poseBrowserGroup } from './pose-browsers.ts';

export default poseBrowserGroup('pose-firefox', 'firefox', () => (firefoxAvailable() ? null : `Firefox ESR is not at ${FIREFOX_PATH}`), async () => {
  const app = await startFirefoxApp('springboard-bench-firefox-');
  return { url: app.server.url, scratchDir: app.dir.path, newPage: () => firefoxPage(app.browser), close: () => app.close() };
});
