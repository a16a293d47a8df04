// Constants the build defines (vite.config.ts `define`); absent under vitest, so code checks their type first.
/** The name of the cache the service worker keeps Thunder in (named after its weights' sha256). */
declare const __SPRINGBOARD_THUNDER_CACHE__: string | undefined;
