// Where to put the camera for each task: the view the engine needs (front or side), and what must be in the picture.
// One entry per task id (a new task without one does not compile). The views follow each task's rubric README in
// src/analysis/tasks/<task>/: the criteria a task can judge depend on the view it was filmed from.
import type { TaskId } from '../../analysis/index.ts';

export interface CameraSetup {
  readonly view: 'front' | 'side';
  /** Why this view: what it lets the engine judge. */
  readonly why: string;
  /** What the child does once the count starts. */
  readonly action: string;
}

export const CAMERA_SETUP: { readonly [K in TaskId]: CameraSetup } = {
  'two-foot-jump': { view: 'front', why: 'both feet and both arms are seen from the front.', action: 'Jump up and down on the spot with both feet together.' },
  'jumping-jack': { view: 'front', why: 'arms and legs open and close sideways, which only the front shows.', action: 'Do jumping jacks: arms up and feet apart, then arms down and feet together.' },
  hop: { view: 'side', why: 'the swing of the free leg and the arms is forward and back, which the side shows.', action: 'Hop on one foot, on the spot or forward.' },
  'standing-long-jump': { view: 'side', why: 'the distance and the arm swing are along the jump, which only the side shows.', action: 'Stand still, then jump forward as far as you can with both feet.' },
  'single-leg-stance': { view: 'front', why: 'the standing leg and the lifted leg are told apart from the front.', action: 'Stand on one leg with hands on the hips for as long as you can.' },
  'tandem-stance': { view: 'side', why: 'heel-to-toe contact and the front foot are only seen from the side.', action: 'Stand with one foot right in front of the other, heel touching toe.' },
  crawl: { view: 'side', why: 'the distance and which hand moves with which knee are seen from the side.', action: 'Crawl on hands and knees across the picture.' },
};

/** The steps shown on every task's set-up screen, with the task's view in them. */
export function setupSteps(setup: CameraSetup): string[] {
  return [
    `Put the camera at the child's hip height, steady (on a shelf or a stand), ${setup.view === 'front' ? 'facing the child' : 'to the side of the child, at right angles to where the child moves'}.`,
    'Step back until the whole body, head to feet, is in the picture, with some room above the head: about 2 to 3 metres from a laptop, 1.5 to 2 metres from a phone held upright.',
    'Only the child in the picture: other people step out of view.',
    'A bright room, with the light behind the camera, not behind the child.',
  ];
}
