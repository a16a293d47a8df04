// The recording's camera view by majority over the frames seen so far: one frame's shoulder width flickers as the child
// turns a little, the view of a whole recording does not. Constant memory.
import type { CameraView } from '../../signals/camera-view.ts';

export class ViewVote {
  private front = 0;
  private side = 0;

  add(view: CameraView | undefined): void {
    if (view === 'front') this.front++;
    else if (view === 'side') this.side++;
  }

  /** The majority view, or undefined before any frame with a view. Ties go to "front": it claims less. */
  current(): CameraView | undefined {
    if (this.front + this.side === 0) return undefined;
    return this.side > this.front ? 'side' : 'front';
  }
}
