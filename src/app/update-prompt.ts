// The "update available" prompt of the installed app. The service worker (vite.config.ts, registerType 'prompt')
// installs a new version in the background and waits; the person is asked only while nothing runs (no camera set, no
// video being analysed), and the page reloads only then: a reload in the middle of a set would lose it.
import { computed, effect, signal, type ReadonlySignal } from '@preact/signals';

/** vite-plugin-pwa's registerSW, as this module uses it (injected: a fake in tests). */
export type RegisterServiceWorker = (options: {
  onNeedRefresh(): void;
  onNeedReload(): void;
  onOfflineReady(): void;
  onRegisterError(error: unknown): void;
}) => (reloadPage?: boolean) => Promise<void>;

export interface UpdatePrompt {
  /** True while a new version waits and the app is idle: the prompt is shown. */
  readonly shown: ReadonlySignal<boolean>;
  /** The app and its models are cached: it opens without a network from now on. */
  readonly offlineReady: ReadonlySignal<boolean>;
  /** Activates the waiting version (the page reloads); refused (false) while a set runs. */
  apply(): boolean;
  /** Hides the prompt until the next visit (the new version is used then). */
  later(): void;
}

export function createUpdatePrompt(register: RegisterServiceWorker, idle: ReadonlySignal<boolean>, reload: () => void,
  report: (error: unknown) => void): UpdatePrompt {
  const waiting = signal(false);
  const dismissed = signal(false);
  const offlineReady = signal(false);
  const reloadAsked = signal(false);
  // The new worker took control: reload when idle (at once if idle now), never while a set runs.
  effect(() => { if (reloadAsked.value && idle.value) reload(); });
  const update = register({
    onNeedRefresh: () => { waiting.value = true; },
    onNeedReload: () => { reloadAsked.value = true; },
    onOfflineReady: () => { offlineReady.value = true; },
    onRegisterError: (error) => { report(error); },
  });
  return {
    shown: computed(() => waiting.value && !dismissed.value && idle.value),
    offlineReady,
    apply() {
      if (!idle.value) return false;
      waiting.value = false;
      update(true).catch(report);
      return true;
    },
    later() { dismissed.value = true; },
  };
}
