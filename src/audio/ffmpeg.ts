import type { PcmFormat } from "./wav_header.ts";

/** Output formats of `/v1/audio/speech`. */
export type SpeechFormat = "mp3" | "opus" | "aac" | "flac" | "wav" | "pcm";

/** OpenAI's pcm and the encoders' output rate (OpenAI's `pcm` is 24 kHz 16-bit mono; docs/decisions.md, "Audio servers"). */
export const OUTPUT_RATE = 24_000;

const ENCODE_ARGS: Record<SpeechFormat, string[]> = {
  mp3: ["-ar", "24000", "-c:a", "libmp3lame", "-b:a", "64k", "-f", "mp3"],
  // libopus takes only 8/12/16/24/48 kHz.
  opus: ["-ar", "48000", "-c:a", "libopus", "-f", "ogg"],
  aac: ["-ar", "24000", "-c:a", "aac", "-f", "adts"],
  flac: ["-ar", "24000", "-c:a", "flac", "-f", "flac"],
  wav: ["-ar", "24000", "-c:a", "pcm_s16le", "-f", "wav"],
  pcm: ["-ar", "24000", "-f", "s16le"],
};

/** An `atempo` chain for a speed factor: each stage stays within 0.5–2, where atempo drops no samples. */
export function toAtempoFilter(speed: number): string {
  const stages: number[] = [];
  let rest = speed;
  while (rest > 2) {
    stages.push(2);
    rest /= 2;
  }
  while (rest < 0.5) {
    stages.push(0.5);
    rest /= 0.5;
  }
  if (Math.abs(rest - 1) > 1e-9 || stages.length === 0) stages.push(Number(rest.toFixed(6)));
  return stages.map((s) => `atempo=${s}`).join(",");
}

/** The ffmpeg arguments that encode s16le mono PCM at `rate` from stdin to `format` on stdout. */
export function toEncodeArgs(
  rate: number,
  { format, speed }: { format: SpeechFormat; speed: number },
): string[] {
  const filter = speed === 1 ? [] : ["-af", toAtempoFilter(speed)];
  return [
    ...["-hide_banner", "-loglevel", "error", "-f", "s16le", "-ar", String(rate), "-ac", "1", "-i", "pipe:0"],
    ...filter,
    ...ENCODE_ARGS[format],
    "pipe:1",
  ];
}

/** The system ffmpeg behind a small interface: decode uploads, encode speech. */
export interface Ffmpeg {
  /** Whether the binary runs; a yes is kept, a no is asked again after a while (it may be installed later). */
  available(): Promise<boolean>;
  /** Decodes any container to 16 kHz mono s16le PCM, through a temp file (MP4 `moov` may sit at the end). */
  decodeToPcm(audio: Uint8Array, signal: AbortSignal): Promise<Uint8Array>;
  /** Streams the encoded audio; ffmpeg is killed when the stream is cancelled or `signal` aborts. */
  encode(pcm: Uint8Array, format: PcmFormat, options: EncodeOptions): ReadableStream<Uint8Array>;
}

/** Options for {@linkcode Ffmpeg.encode}. */
export interface EncodeOptions {
  output: SpeechFormat;
  speed: number;
  signal: AbortSignal;
}

/** The PCM format {@linkcode Ffmpeg.decodeToPcm} produces (what Whisper wants). */
export const DECODED_FORMAT: PcmFormat = { rate: 16_000, width: 2, channels: 1 };

const decoder = new TextDecoder();

/** How long a missing ffmpeg is believed missing before the next look: installing it needs no restart. */
const RECHECK_MISSING_MS = 30_000;

/** Creates the ffmpeg wrapper for a binary path (`ffmpeg` on `PATH` by default). */
export function createFfmpeg(path = "ffmpeg", options: { recheckMs?: number } = {}): Ffmpeg {
  const { recheckMs = RECHECK_MISSING_MS } = options;
  let availability: Promise<boolean> | undefined;
  let checkedAt = 0;
  const check = async () => {
    try {
      // Spawning throws synchronously when the binary is missing or not allowed (--allow-run).
      const out = await new Deno.Command(path, { args: ["-version"], stdout: "null", stderr: "null" })
        .output();
      return out.success;
    } catch {
      return false;
    }
  };
  const available = async () => {
    if (availability && (await availability || performance.now() - checkedAt < recheckMs)) {
      return availability;
    }
    checkedAt = performance.now();
    return await (availability = check());
  };

  async function decodeToPcm(audio: Uint8Array, signal: AbortSignal): Promise<Uint8Array> {
    const file = await Deno.makeTempFile({ prefix: "ai-router-audio-" });
    try {
      await Deno.writeFile(file, audio);
      const args = ["-nostdin", "-hide_banner", "-loglevel", "error", "-i", file, "-vn", "-ac", "1"];
      args.push("-ar", "16000", "-f", "s16le", "-c:a", "pcm_s16le", "pipe:1");
      const out = await new Deno.Command(path, { args, stdout: "piped", stderr: "piped", signal }).output();
      if (!out.success) {
        const detail = decoder.decode(out.stderr).trim().split("\n").at(-1) ?? "";
        throw new TypeError(`ffmpeg cannot decode the audio: ${detail.slice(0, 200)}`);
      }
      return out.stdout;
    } finally {
      await Deno.remove(file).catch(() => {});
    }
  }

  function encode(pcm: Uint8Array, format: PcmFormat, options: EncodeOptions): ReadableStream<Uint8Array> {
    const child = new Deno.Command(path, {
      args: toEncodeArgs(format.rate, { format: options.output, speed: options.speed }),
      stdin: "piped",
      stdout: "piped",
      stderr: "null",
      signal: options.signal,
    }).spawn();
    const writer = child.stdin.getWriter();
    // Errors surface through the exit status below; a broken pipe after a kill is expected.
    writer.write(pcm).then(() => writer.close()).catch(() => {});
    const reader = child.stdout.getReader();
    return new ReadableStream<Uint8Array>({
      async pull(controller) {
        const { done, value } = await reader.read();
        if (!done) return controller.enqueue(value);
        const status = await child.status;
        if (status.success) controller.close();
        else controller.error(new Error(`ffmpeg exited with code ${status.code}`));
      },
      async cancel() {
        try {
          child.kill();
        } catch { /* already exited */ }
        await reader.cancel().catch(() => {});
        await child.status;
      },
    });
  }

  return { available, decodeToPcm, encode };
}
