// The version of the analysis engine whose grades are stored with each session. Sessions graded by another version
// can be re-graded from their stored keypoint track (see regrade.ts). Bump it when a detector or grader changes the
// numbers it produces for the same frames; the composition root may pass its own value instead.
export const ENGINE_VERSION = '0.1.0';
