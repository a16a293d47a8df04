// WebKitGTK (the engine of Safari: WebKitWebDriver and MiniBrowser through selenium-webdriver, under Xvfb): the
// engine-family tests of engine-suite.ts. Skipped only where WebKitGTK's driver or Xvfb is not installed (.ci/run
// installs them).
import { MINIBROWSER_PATH, startWebKitApp, webkitAvailable, WEBKIT_DRIVER_PATH } from '../../src/cli/bench/webkit-app.ts';
import { describeEngine } from './engine-suite.ts';

describeEngine({
  engine: 'WebKitGTK',
  // navigator.storage is undefined in WebKitGTK 2.50: no persist(), no estimate().
  storageSentence: /^This browser cannot promise to keep the records: export a backup regularly\.$/,
  missing: webkitAvailable() ? null : `WebKitGTK's driver (${WEBKIT_DRIVER_PATH}), MiniBrowser (${MINIBROWSER_PATH}) or Xvfb is not installed`,
  async start(cameraClip, holdS) {
    const app = await startWebKitApp('springboard-webkit-e2e-', { cameraClip, holdS });
    return { url: app.server.url, newPage: () => app.host.newPage(), close: () => app.close() };
  },
});
