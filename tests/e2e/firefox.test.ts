// Firefox ESR (Debian's firefox-esr, through puppeteer-core over WebDriver BiDi): the engine-family tests of
// engine-suite.ts. Skipped only where Firefox ESR is not installed (.ci/run installs it).
import { FIREFOX_PATH, firefoxAvailable, firefoxPage, startFirefoxApp } from '../../src/cli/bench/firefox-app.ts';
import { describeEngine } from './engine-suite.ts';

describeEngine({
  engine: 'Firefox ESR',
  // persist() exists and asks the person; the test profile answers "Allow" (firefox-app.ts).
  storageSentence: /^Records are kept on this device until you delete them\./,
  missing: firefoxAvailable() ? null : `Firefox ESR is not installed at ${FIREFOX_PATH}`,
  async start(cameraClip, holdS) {
    const app = await startFirefoxApp('springboard-firefox-e2e-', { cameraClip, holdS });
    return { url: app.server.url, newPage: () => firefoxPage(app.browser), close: () => app.close() };
  },
});
