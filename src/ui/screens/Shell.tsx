// The frame around every screen but the live set: the app's name (a link home), the way to the recorded-video screen
// and the settings, and the mode switch. The screen itself is the child; its first heading gets the focus on arrival.
import type { ComponentChildren } from 'preact';
import { hrefOf } from '../router.ts';
import type { ModeStore } from '../types.ts';

export function ModeSwitch({ modes }: { modes: ModeStore }) {
  const mode = modes.mode.value;
  const other = mode === 'family' ? 'therapist' : 'family';
  return (
    <button type="button" class="mode-switch secondary small" data-testid="mode" data-mode={mode}
      aria-label={`${mode === 'family' ? 'Family' : 'Therapist'} mode: switch to ${other} mode`} onClick={() => modes.setMode(other)}>
      {mode === 'family' ? 'Family mode' : 'Therapist mode'} <span class="switch-hint">· switch</span>
    </button>
  );
}

export function Shell({ modes, children }: { modes: ModeStore; children: ComponentChildren }) {
  return (
    <div class="shell">
      <header class="app-header">
        <a class="app-name" href={hrefOf({ name: 'children' })}>Springboard</a>
        <nav aria-label="Main">
          <a href={hrefOf({ name: 'children' })}>Children</a>
          <a href={hrefOf({ name: 'video' })}>Analyse a video</a>
          <a href={hrefOf({ name: 'settings' })}>Settings</a>
        </nav>
        <ModeSwitch modes={modes} />
      </header>
      <main class="screen">{children}</main>
    </div>
  );
}
