// @ffmpeg/core ships no type declarations: its ESM entry's default export is Emscripten's module factory.
declare module '@ffmpeg/core' {
  const createFFmpegCore: (options: object) => Promise<unknown>;
  export default createFFmpegCore;
}
