// Composition root: picks the pose backend and model source, builds the session and renders the screen; the one
// top-level error handler turns anything unexpected into a sentence on screen.
import { h, render } from 'preact';
import { SessionScreen } from '../ui/index.ts';
import '../ui/app.css';
import type { BackendName } from '../pose/index.ts';
import { installBenchHook } from './bench-hook.ts';
import { sentenceOf } from './errors.ts';
import { createSession } from './session.ts';

const params = new URLSearchParams(location.search);
const backendParam = params.get('backend');
// ?backend=webgl|wasm|cpu forces a backend (diagnosis, benches); otherwise the app chooses (pose/backend.ts).
const preferBackend = backendParam === 'webgl' || backendParam === 'wasm' || backendParam === 'cpu' ? backendParam as BackendName : undefined;
const modelBase = `${import.meta.env.BASE_URL}models/`;
const root = document.getElementById('app');

function showFatal(error: unknown): void {
  const text = sentenceOf(error);
  if (root) root.innerHTML = '';
  const p = document.createElement('p');
  p.setAttribute('role', 'alert');
  p.className = 'notice error';
  p.textContent = text;
  (root ?? document.body).append(p);
}

try {
  if (!root) throw new Error('The page is missing its #app element');
  if (params.has('bench')) {
    installBenchHook(modelBase, preferBackend);
    root.textContent = 'Bench mode: waiting for the benchmark runner.';
  } else {
    const session = createSession({ modelBase, preferBackend });
    const onError = (error: unknown) => { console.error(error); session.report(error); };
    window.addEventListener('error', (e) => onError(e.error ?? e.message));
    window.addEventListener('unhandledrejection', (e) => onError(e.reason));
    render(h(SessionScreen, { view: session.view, actions: session.actions }), root);
  }
} catch (error) {
  console.error(error);
  showFatal(error);
}
