// Bench group 'pose-webkit': MoveNet's ms per frame on wasm in the built app in WebKitGTK (see pose-browsers.ts).
import { poseBrowserGroup } from './pose-browsers.ts';
import { startWebKitApp, webkitAvailable } from './webkit-app.ts';

export default poseBrowserGroup('pose-webkit', 'webkit', () => (webkitAvailable() ? null : 'WebKitGTK\'s driver, MiniBrowser or Xvfb is not installed'), async () => {
  const app = await startWebKitApp('springboard-bench-webkit-');
  return { url: app.server.url, scratchDir: app.dir.path, newPage: () => app.host.newPage(), close: () => app.close() };
});
