import { describe, expect, it } from 'vitest';
import { CAMERA_MESSAGES, CameraError, cameraFailureOf } from './camera.ts';

const domError = (name: string) => new DOMException('test', name);

describe('cameraFailureOf', () => {
  it('reads a refused permission as denied', () => {
    expect(cameraFailureOf(domError('NotAllowedError'))).toBe('denied');
    expect(cameraFailureOf(domError('SecurityError'))).toBe('denied');
  });
  it('reads a missing device as no camera', () => {
    expect(cameraFailureOf(domError('NotFoundError'))).toBe('no-camera');
    expect(cameraFailureOf(domError('OverconstrainedError'))).toBe('no-camera');
  });
  it('reads a device held by another app as busy', () => {
    expect(cameraFailureOf(domError('NotReadableError'))).toBe('busy');
  });
  it('reads anything else as other', () => {
    expect(cameraFailureOf(new Error('boom'))).toBe('other');
    expect(cameraFailureOf('not an error')).toBe('other');
  });
});

describe('CameraError', () => {
  it('carries the sentence for its failure, which tells the person what to do', () => {
    const error = new CameraError('denied');
    expect(error.message).toBe(CAMERA_MESSAGES.denied);
    for (const text of Object.values(CAMERA_MESSAGES)) expect(text).toMatch(/\.$/);
    expect(CAMERA_MESSAGES.busy).toMatch(/Close the other app/);
  });
});
