import type { PcmFormat } from "./wav_header.ts";

/** MPEG-1 layer III frames hold 1,152 samples; encoding 40 frames per step keeps each step short. */
const SAMPLES_PER_STEP = 1_152 * 40;
/** OpenAI's mp3 speech is 64 kbit/s mono at 24 kHz; the same bitrate at the voice's own rate. */
const KBPS = 64;

/**
 * Encodes 16-bit mono PCM to mp3 with a pure-JavaScript LAME port (`@breezystack/lamejs`), so speech needs no
 * external program and works inside the compiled binary. The stream encodes step by step as it is read, so a
 * long answer neither blocks the event loop in one go nor is encoded when the client has left.
 */
export function encodeMp3(pcm: Uint8Array, format: PcmFormat): ReadableStream<Uint8Array> {
  const samples = new Int16Array(pcm.byteLength >> 1);
  new Uint8Array(samples.buffer).set(pcm.subarray(0, samples.length * 2));
  // Loaded on first use (a few MiB of RSS), like the decoders: most boxes have ffmpeg and never need it.
  let encoder: InstanceType<typeof import("@breezystack/lamejs").Mp3Encoder>;
  let offset = 0;
  return new ReadableStream<Uint8Array>({
    async start() {
      const { Mp3Encoder } = await import("@breezystack/lamejs");
      encoder = new Mp3Encoder(1, format.rate, KBPS);
    },
    pull(controller) {
      if (offset >= samples.length) {
        const tail = encoder.flush();
        if (tail.length > 0) controller.enqueue(new Uint8Array(tail));
        controller.close();
        return;
      }
      const frames = encoder.encodeBuffer(samples.subarray(offset, offset + SAMPLES_PER_STEP));
      offset += SAMPLES_PER_STEP;
      if (frames.length > 0) controller.enqueue(new Uint8Array(frames));
    },
  });
}
