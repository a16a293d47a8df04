// The installed app's "update available" line (src/app/update-prompt.ts decides when it may show) and, once, the
// note that the app now opens without a network. Rendered in its own root, outside the screens.
import type { ReadonlySignal } from '@preact/signals';
import { useSignal } from '@preact/signals';

/** What the banner shows and does (src/app/update-prompt.ts makes it). */
export interface UpdateState {
  readonly shown: ReadonlySignal<boolean>;
  readonly offlineReady: ReadonlySignal<boolean>;
  apply(): boolean;
  later(): void;
}

export function UpdateBanner({ prompt }: { prompt: UpdateState }) {
  const { shown, offlineReady } = prompt;
  const offlineSeen = useSignal(false);
  if (shown.value) {
    return (
      <div class="notice info update-banner" role="status" data-testid="update-banner">
        A new version of Springboard is ready. <button type="button" onClick={() => { prompt.apply(); }}>Update now</button>{' '}
        <button type="button" class="secondary" onClick={() => { prompt.later(); }}>Later</button>
      </div>
    );
  }
  if (offlineReady.value && !offlineSeen.value) {
    return (
      <div class="notice info update-banner" role="status" data-testid="offline-ready">
        Springboard is saved on this device: it now opens without a network.{' '}
        <button type="button" class="secondary" onClick={() => { offlineSeen.value = true; }}>OK</button>
      </div>
    );
  }
  return null;
}
