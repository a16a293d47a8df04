import { signal } from '@preact/signals';
import { describe, expect, it, vi } from 'vitest';
import { createUpdatePrompt, type RegisterServiceWorker } from './update-prompt.ts';

/** A fake registerSW that hands its callbacks to the test and records update calls. */
function fakeRegister() {
  let callbacks: Parameters<RegisterServiceWorker>[0] | undefined;
  const update = vi.fn(() => Promise.resolve());
  const register: RegisterServiceWorker = (options) => { callbacks = options; return update; };
  return { register, update, callbacks: () => callbacks! };
}

describe('update prompt', () => {
  it('is shown only when a new version waits and no set runs', () => {
    const sw = fakeRegister();
    const idle = signal(false);
    const prompt = createUpdatePrompt(sw.register, idle, vi.fn(), vi.fn());
    expect(prompt.shown.value).toBe(false);
    sw.callbacks().onNeedRefresh();
    expect(prompt.shown.value).toBe(false); // a set runs
    idle.value = true;
    expect(prompt.shown.value).toBe(true);
  });

  it('refuses to apply the update during a set and applies it when idle', () => {
    const sw = fakeRegister();
    const idle = signal(false);
    const prompt = createUpdatePrompt(sw.register, idle, vi.fn(), vi.fn());
    sw.callbacks().onNeedRefresh();
    expect(prompt.apply()).toBe(false);
    expect(sw.update).not.toHaveBeenCalled();
    idle.value = true;
    expect(prompt.apply()).toBe(true);
    expect(sw.update).toHaveBeenCalledWith(true);
    expect(prompt.shown.value).toBe(false);
  });

  it('holds the reload of a worker that took control until the set ends', () => {
    const sw = fakeRegister();
    const idle = signal(false);
    const reload = vi.fn();
    createUpdatePrompt(sw.register, idle, reload, vi.fn());
    sw.callbacks().onNeedReload();
    expect(reload).not.toHaveBeenCalled();
    idle.value = true;
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('"later" hides the prompt; offline readiness and registration errors are passed on', () => {
    const sw = fakeRegister();
    const report = vi.fn();
    const prompt = createUpdatePrompt(sw.register, signal(true), vi.fn(), report);
    sw.callbacks().onNeedRefresh();
    prompt.later();
    expect(prompt.shown.value).toBe(false);
    sw.callbacks().onOfflineReady();
    expect(prompt.offlineReady.value).toBe(true);
    const error = new Error('no service worker');
    sw.callbacks().onRegisterError(error);
    expect(report).toHaveBeenCalledWith(error);
  });
});
