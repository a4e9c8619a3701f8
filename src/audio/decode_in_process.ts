import { readOggPackets } from "./read_ogg_packets.ts";
import { readWebmOpus } from "./read_webm_opus.ts";
import type { AudioContainer } from "./sniff_audio.ts";

/** Decoded audio as the WebAssembly decoders return it: one float array per channel. */
export interface DecodedAudio {
  channelData: Float32Array[];
  samplesDecoded: number;
  sampleRate: number;
}

/** Containers decoded inside the process (WebAssembly embedded in the npm packages, so also in the binary). */
export const IN_PROCESS_CONTAINERS: ReadonlySet<AudioContainer> = new Set(["mp3", "ogg", "webm", "flac"]);

const OPUS_HEAD = "OpusHead";

/** An Ogg file's Opus packets and pre-skip (RFC 7845 §5.1), or undefined when the stream is not Opus. */
function toOggOpus(bytes: Uint8Array): { frames: Uint8Array[]; preSkip: number } | undefined {
  const [head, _tags, ...frames] = readOggPackets(bytes);
  if (!head || new TextDecoder().decode(head.subarray(0, 8)) !== OPUS_HEAD) return undefined;
  const preSkip = new DataView(head.buffer, head.byteOffset, head.byteLength).getUint16(10, true);
  return { frames, preSkip };
}

/*
 * The decoders are loaded on first use: importing them puts their embedded WebAssembly in memory (about 15 MiB
 * of RSS for the three, measured with `Deno.memoryUsage()` after the import), which a box that never gets such
 * an upload should not pay at start. Literal specifiers keep them in the compiled binary.
 */

async function decodeOpus(frames: Uint8Array[], preSkip: number): Promise<DecodedAudio> {
  const { OpusDecoder } = await import("opus-decoder");
  // One output channel: libopus downmixes a stereo stream itself, and Whisper wants mono anyway.
  const decoder = new OpusDecoder({ channels: 1, preSkip });
  await decoder.ready;
  try {
    return decoder.decodeFrames(frames);
  } finally {
    decoder.free();
  }
}

/**
 * Decodes mp3, Ogg/Opus, WebM/Opus (what browsers record) and FLAC without ffmpeg; undefined for what it does
 * not decode (MP4/AAC, Ogg/Vorbis), which then needs ffmpeg. Throws a `TypeError` for a broken file.
 */
export async function decodeInProcess(
  container: AudioContainer,
  bytes: Uint8Array,
): Promise<DecodedAudio | undefined> {
  if (container === "mp3") {
    const { MPEGDecoder } = await import("mpg123-decoder");
    const decoder = new MPEGDecoder();
    await decoder.ready;
    try {
      return decoder.decode(bytes);
    } finally {
      decoder.free();
    }
  }
  if (container === "ogg") {
    const opus = toOggOpus(bytes);
    return opus && await decodeOpus(opus.frames, opus.preSkip);
  }
  if (container === "webm") return await decodeOpus(readWebmOpus(bytes), 0);
  if (container === "flac") {
    const { FLACDecoder } = await import("@wasm-audio-decoders/flac");
    const decoder = new FLACDecoder();
    await decoder.ready;
    try {
      return await decoder.decodeFile(bytes);
    } finally {
      decoder.free();
    }
  }
  return undefined;
}

/**
 * Mono 16-bit little-endian PCM at `rate` from decoded audio: channels averaged, then resampled by averaging
 * the source samples each output sample covers (a box filter: enough anti-aliasing for speech going to Whisper).
 */
export function toMonoPcm16(audio: DecodedAudio, rate: number): Uint8Array {
  const { channelData, samplesDecoded, sampleRate } = audio;
  const ratio = sampleRate / rate;
  const length = Math.floor(samplesDecoded / ratio);
  const out = new DataView(new ArrayBuffer(length * 2));
  for (let i = 0; i < length; i++) {
    const from = Math.floor(i * ratio);
    const to = Math.max(from + 1, Math.floor((i + 1) * ratio));
    let sum = 0;
    for (const channel of channelData) {
      for (let s = from; s < to && s < samplesDecoded; s++) sum += channel[s] ?? 0;
    }
    const value = sum / ((to - from) * channelData.length);
    out.setInt16(i * 2, Math.max(-32768, Math.min(32767, Math.round(value * 32767))), true);
  }
  return new Uint8Array(out.buffer);
}
