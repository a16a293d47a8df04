// Webcam source: opens the camera with getUserMedia and turns its failures into typed errors whose message tells the
// person what to do. Live frames are then read from the <video> element by runLive (live.ts).

export type CameraFailure = 'denied' | 'no-camera' | 'busy' | 'unsupported' | 'other';

/** Sentences shown to the person, one per failure: what happened and what to do. */
export const CAMERA_MESSAGES: { readonly [F in CameraFailure]: string } = {
  denied: 'The camera is blocked for this page. Allow the camera in the browser\'s address bar (the camera icon), then press "Start camera" again.',
  'no-camera': 'No camera was found. Plug in a webcam or use a device with a camera, then press "Start camera" again. You can also open a recorded video.',
  busy: 'The camera is in use by another app or tab. Close the other app (video call, camera app), then press "Start camera" again.',
  unsupported: 'This browser cannot open a camera on this page. Open the page over https (or on localhost) in a current Chrome, Edge, Firefox or Safari.',
  other: 'The camera could not start. Check that it is connected and not used elsewhere, then press "Start camera" again.',
};

export class CameraError extends Error {
  constructor(readonly failure: CameraFailure, override readonly cause?: unknown) {
    super(CAMERA_MESSAGES[failure]);
    this.name = 'CameraError';
  }
}

/** Maps a getUserMedia DOMException name to a failure (names from the Media Capture spec, section 10.2). */
export function cameraFailureOf(error: unknown): CameraFailure {
  const name = error instanceof Error ? error.name : '';
  if (name === 'NotAllowedError' || name === 'SecurityError' || name === 'PermissionDeniedError') return 'denied';
  if (name === 'NotFoundError' || name === 'OverconstrainedError' || name === 'DevicesNotFoundError') return 'no-camera';
  if (name === 'NotReadableError' || name === 'TrackStartError' || name === 'AbortError') return 'busy';
  return 'other';
}

export type Facing = 'user' | 'environment';

export interface CameraStream {
  readonly stream: MediaStream;
  /** True for a front camera: its preview is mirrored (keypoint sides stay anatomical). */
  readonly mirrored: boolean;
  stop(): void;
}

/**
 * Preferred capture size. Source: MoveNet's input is 192 px (Lightning) / 256 px (Thunder) square, so 640x480 keeps
 * every detail the model can use while keeping the per-frame copy cheap; the browser may pick the nearest size.
 */
const IDEAL_WIDTH_PX = 640;
const IDEAL_HEIGHT_PX = 480;

/** Opens the camera and plays it in `video`. Throws CameraError. */
export async function openCamera(video: HTMLVideoElement, facing: Facing = 'user'): Promise<CameraStream> {
  // `mediaDevices` is undefined outside a secure context (http on a LAN address).
  const devices = typeof navigator === 'undefined' ? undefined : (navigator.mediaDevices as MediaDevices | undefined);
  if (!devices?.getUserMedia) throw new CameraError('unsupported');
  let stream: MediaStream;
  try {
    stream = await devices.getUserMedia({
      audio: false,
      video: { facingMode: facing, width: { ideal: IDEAL_WIDTH_PX }, height: { ideal: IDEAL_HEIGHT_PX } },
    });
  } catch (error) {
    throw new CameraError(cameraFailureOf(error), error);
  }
  const stop = () => { for (const track of stream.getTracks()) track.stop(); video.srcObject = null; };
  try {
    video.srcObject = stream;
    video.muted = true;
    video.playsInline = true;
    await video.play();
  } catch (error) {
    stop();
    throw new CameraError('other', error);
  }
  const setting = stream.getVideoTracks()[0]?.getSettings().facingMode;
  return { stream, mirrored: setting === undefined ? facing === 'user' : setting !== 'environment', stop };
}
