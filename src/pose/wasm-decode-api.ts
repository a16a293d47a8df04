// What the wasm decoder's worker offers the page (Comlink): the video to read, and one ffmpeg run at a time.

export interface WasmDecodeRun {
  /** ffmpeg's exit status (0: done). */
  readonly exitCode: number;
  /** ffmpeg's log lines (stream description, showinfo's one line per frame, errors). */
  readonly log: readonly string[];
  /** The decoded frames, one after the other (raw, in the format asked for). */
  readonly data: ArrayBuffer;
}

export interface WasmDecoderApi {
  /** Loads the decoder (the first time) and makes `file` its input. */
  open(file: Blob): Promise<void>;
  /** Runs ffmpeg with `args`, where '{input}' and '{output}' stand for the video and the raw frames. */
  decode(args: readonly string[]): Promise<WasmDecodeRun>;
}
