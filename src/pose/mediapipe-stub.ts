// Stand-in for @mediapipe/pose (aliased in vite.config.ts). pose-detection imports it for BlazePose's "mediapipe"
// runtime, which this app never selects: we run MoveNet on tfjs. The real package is not an ES module.
export class Pose {
  constructor() {
    throw new Error('The mediapipe runtime is not bundled in Springboard: use MoveNet on tfjs.');
  }
}
