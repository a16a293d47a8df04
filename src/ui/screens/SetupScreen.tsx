// A task's set-up: a picture of where the camera goes (front or side view, distance, the whole body in the frame with
// room above the head) and the steps in words, then the way to the camera. The live set's own setup check then
// confirms on the camera picture that the child is in view before the count can start.
import type { TaskDefinition } from '../../analysis/index.ts';
import { isTaskId } from '../../analysis/index.ts';
import { hrefOf } from '../router.ts';
import { CAMERA_SETUP, setupSteps, type CameraSetup } from './camera-setup.ts';

/** A side drawing: the camera on a stand at hip height, the child a few metres away, the picture's edges around them. */
function SetupPicture({ setup }: { setup: CameraSetup }) {
  const facing = setup.view === 'front' ? 'facing the camera' : 'side-on to the camera';
  return (
    <svg class="setup-picture" viewBox="0 0 320 170" role="img" aria-label={`The camera on a stand at hip height, 2 to 3 metres from the child, who stands ${facing}, whole body in the picture.`}>
      <line x1="0" y1="150" x2="320" y2="150" stroke="#9aa3b2" stroke-width="2" />
      <line x1="40" y1="150" x2="40" y2="100" stroke="#1d2430" stroke-width="3" />
      <line x1="40" y1="150" x2="28" y2="150" stroke="#1d2430" stroke-width="3" />
      <line x1="40" y1="150" x2="52" y2="150" stroke="#1d2430" stroke-width="3" />
      <rect x="28" y="88" width="26" height="16" rx="3" fill="#2f5d8a" />
      <polygon points="54,96 300,20 300,150 54,96" fill="#2f5d8a" opacity="0.08" stroke="#2f5d8a" stroke-dasharray="4 4" />
      <circle cx="250" cy="62" r="9" fill="none" stroke="#1d2430" stroke-width="3" />
      <line x1="250" y1="71" x2="250" y2="110" stroke="#1d2430" stroke-width="3" />
      {setup.view === 'front'
        ? <path d="M232 84 L250 78 L268 84 M250 110 L240 148 M250 110 L260 148" fill="none" stroke="#1d2430" stroke-width="3" />
        : <path d="M250 80 L262 98 M250 110 L243 148 M250 110 L258 148" fill="none" stroke="#1d2430" stroke-width="3" />}
      <line x1="54" y1="162" x2="250" y2="162" stroke="#4b5566" stroke-width="1.5" marker-end="url(#arrow)" marker-start="url(#arrow)" />
      <text x="152" y="158" text-anchor="middle" font-size="12" fill="#1d2430">2 to 3 m</text>
      <text x="250" y="14" text-anchor="middle" font-size="12" fill="#1d2430">{setup.view} view</text>
      <defs><marker id="arrow" viewBox="0 0 10 10" refX="5" refY="5" markerWidth="5" markerHeight="5" orient="auto-start-reverse"><path d="M0 0 L10 5 L0 10 z" fill="#4b5566" /></marker></defs>
    </svg>
  );
}

export function SetupScreen({ childId, task, nickname }: { childId: string; task: TaskDefinition | undefined; nickname: string | undefined }) {
  if (!task || !isTaskId(task.id)) {
    return (
      <section class="card">
        <h1 tabIndex={-1}>This task is not in this version of the app</h1>
        <p><a href={hrefOf({ name: 'child', childId })}>Pick another task</a>.</p>
      </section>
    );
  }
  const setup = CAMERA_SETUP[task.id];
  return (
    <section class="card setup" aria-labelledby="setup-title">
      <h1 id="setup-title" tabIndex={-1}>{task.title}{nickname ? ` with ${nickname}` : ''}</h1>
      <p class="setup-action">{setup.action}</p>
      <div class="setup-body">
        <SetupPicture setup={setup} />
        <ol class="setup-steps">
          {setupSteps(setup).map((s) => <li key={s}>{s}</li>)}
          <li>Film from the {setup.view}: {setup.why}</li>
        </ol>
      </div>
      <div class="controls">
        <a class="button big" data-testid="open-camera" href={hrefOf({ name: 'live', childId, taskId: task.id })}>Open the camera</a>
        <a class="button secondary" href={hrefOf({ name: 'child', childId })}>Back</a>
      </div>
    </section>
  );
}
