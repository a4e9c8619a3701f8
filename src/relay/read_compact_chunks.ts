/** Bytes per read: an SSE event is a few hundred bytes; a burst larger than this just takes more reads. */
const BUFFER_BYTES = 16 * 1024;

/** The part of a stream reader the relay uses. */
export interface ChunkReader {
  read(): Promise<ReadableStreamReadResult<Uint8Array>>;
  cancel(reason?: unknown): Promise<void>;
}

/**
 * Reads a body into one reused buffer and hands out right-sized copies. A default reader of a fetch body
 * gets a fresh 64 KiB buffer per read (denoland/deno ext/web/06_streams.js `readableStreamForRid`,
 * `autoAllocateChunkSize`; `chunk.buffer.byteLength` is 65536 on 2.9.6), so a relayed stream allocated
 * 64 KiB per token: garbage that V8 lets pile up outside its heap until its external-memory limit (docs/decisions.md, "Reading upstream answers":
 * 71 MB of ArrayBuffers after 64 streams). A body that is not a byte stream is read as it is.
 */
export function readCompactChunks(body: ReadableStream<Uint8Array>): ChunkReader {
  let byob: ReadableStreamBYOBReader;
  try {
    byob = body.getReader({ mode: "byob" });
  } catch {
    return body.getReader();
  }
  let buffer = new ArrayBuffer(BUFFER_BYTES);
  return {
    async read() {
      const result = await byob.read(new Uint8Array(buffer));
      if (!result.value) return { done: true };
      // The read transfers the buffer; its bytes come back in `value`, which is reused for the next read.
      buffer = result.value.buffer as ArrayBuffer;
      if (result.done) return { done: true };
      return { done: false, value: result.value.slice() };
    },
    cancel: (reason) => byob.cancel(reason),
  };
}
