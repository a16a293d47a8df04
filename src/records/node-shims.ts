// Node-only support for dexie-export-import (tests and benchmarks run in Node on fake-indexeddb): it reads Blobs with
// FileReader and reads `self`, both of which browsers have and Node 20 lacks. Never imported by the app; import it
// before anything that imports dexie-export-import.

/** Installs a minimal FileReader (readAsArrayBuffer / readAsText over Blob's promise API) and `self`, if missing. */
export function installBlobReaderForNode(): void {
  const g = globalThis as Record<string, unknown>;
  g.self ??= globalThis;
  if (g.FileReader) return;
  class NodeFileReader {
    result: ArrayBuffer | string | null = null;
    error: unknown = null;
    onload: ((ev: { target: NodeFileReader }) => void) | null = null;
    onerror: ((ev: { target: NodeFileReader }) => void) | null = null;
    onabort: (() => void) | null = null;
    readAsArrayBuffer(blob: Blob) { this.read(blob.arrayBuffer()); }
    readAsText(blob: Blob) { this.read(blob.text()); }
    private read(promise: Promise<ArrayBuffer | string>) {
      promise.then(
        (result) => { this.result = result; this.onload?.({ target: this }); },
        (err: unknown) => { this.error = err; this.onerror?.({ target: this }); },
      );
    }
  }
  g.FileReader = NodeFileReader;
}

// dexie-export-import reads `self` when it loads: importing this module first installs the shims in time.
installBlobReaderForNode();
