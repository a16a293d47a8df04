// Browser-safe entry of the pose layer (ui/ and app/ import only this). Node code uses ./node.ts instead.
export { createPoseEstimator, LIVE_CAPABLE, MIN_POSE_SCORE, MODEL_OF_CHOICE } from './estimator.ts';
export type { FrameEstimator, ModelChoice, PoseEstimator, PoseInput, ModelSource } from './estimator.ts';
export { chooseBrowserBackend, isRealGpu, liveTensorCount, modelUrl, webglRenderer } from './backend.ts';
export type { BackendChoice, BackendName } from './backend.ts';
export { CAMERA_MESSAGES, CameraError, cameraFailureOf, openCamera } from './camera.ts';
export type { CameraFailure, CameraStream, Facing } from './camera.ts';
export { FpsMeter, runLive } from './live.ts';
export type { LiveFrame, LiveOptions } from './live.ts';
export { startPoseWorker } from './worker-client.ts';
export { moduleWorkersSupported, startInPagePose } from './in-page-pose.ts';
export type { PoseWorker } from './worker-client.ts';
export { analyseVideoFile, VIDEO_FILE_MESSAGES, VideoFileError } from './video-file.ts';
export { VIDEO_SOURCE_LINES } from './element-source.ts';
export type { VideoSourceKind } from './element-source.ts';
export type { VideoFileFailure, VideoFileFrame } from './video-file.ts';
export { megabytes, modelDownloadBytes } from './model-size.ts';
