import type { PcmFormat } from "../audio/wav_header.ts";
import { concatBytes } from "../concat_bytes.ts";
import { encodeEvent, type WyomingEvent, WyomingReader } from "./wyoming_framing.ts";

/** Options shared by the Wyoming calls. */
export interface WyomingCallOptions {
  signal: AbortSignal;
  timeoutMs: number;
}

/** A Wyoming `error` event or a broken exchange; `code` is the server's exception class when it sent one. */
export class WyomingError extends Error {
  readonly code: string | undefined;
  constructor(message: string, code?: string) {
    super(message);
    this.name = "WyomingError";
    this.code = code;
  }
}

const SAMPLES_PER_CHUNK = 1024;

/** `Deno.connect` cannot be aborted: race it, and close a connection that arrives after the abort. */
function connectWithSignal(
  hostname: string,
  { port, signal }: { port: number; signal: AbortSignal },
): Promise<Deno.TcpConn> {
  const connecting = Deno.connect({ hostname, port });
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      reject(signal.reason);
      connecting.then((conn) => conn.close(), () => {});
    };
    signal.addEventListener("abort", onAbort, { once: true });
    connecting.then(resolve, reject).finally(() => signal.removeEventListener("abort", onAbort));
  });
}

/** Runs one exchange on a fresh TCP connection; the connection closes on return, abort or timeout. */
async function withConnection<T>(
  url: string,
  exchange: (send: (event: WyomingEvent) => Promise<void>, reader: WyomingReader) => Promise<T>,
  options: WyomingCallOptions,
): Promise<T> {
  const { hostname, port } = new URL(url);
  const signal = AbortSignal.any([options.signal, AbortSignal.timeout(options.timeoutMs)]);
  signal.throwIfAborted();
  const conn = await connectWithSignal(hostname.replace(/^\[|\]$/g, ""), { port: Number(port), signal });
  const close = () => {
    try {
      conn.close();
    } catch { /* already closed */ }
  };
  signal.addEventListener("abort", close, { once: true });
  const writer = conn.writable.getWriter();
  const reader = new WyomingReader(conn.readable);
  try {
    return await exchange((event) => writer.write(encodeEvent(event)), reader);
  } catch (error) {
    if (signal.aborted) throw signal.reason;
    throw error;
  } finally {
    signal.removeEventListener("abort", close);
    writer.releaseLock();
    await reader.cancel();
    close();
  }
}

async function readUntil(
  reader: WyomingReader,
  { wanted, what }: { wanted: string; what: string },
): Promise<WyomingEvent> {
  for (;;) {
    const event = await reader.read();
    if (event === null) throw new WyomingError(`Wyoming server closed the connection before ${what}`);
    if (event.type === "error") {
      throw new WyomingError(
        String(event.data.text ?? "Wyoming error"),
        event.data.code as string | undefined,
      );
    }
    if (event.type === wanted) return event;
  }
}

/** `describe` → `info`: the health probe, listing ASR models and TTS voices. */
export async function describeWyoming(
  url: string,
  options: WyomingCallOptions,
): Promise<Record<string, unknown>> {
  return await withConnection(url, async (send, reader) => {
    await send({ type: "describe", data: {} });
    return (await readUntil(reader, { wanted: "info", what: "info" })).data;
  }, options);
}

/**
 * The ASR sequence (wyoming-faster-whisper): `transcribe`, `audio-start`, chunks, `audio-stop`, then
 * read until `transcript` (streaming `transcript-*` events are skipped).
 */
export async function transcribeWyoming(
  url: string,
  request: { pcm: Uint8Array; format: PcmFormat; language?: string | undefined },
  options: WyomingCallOptions,
): Promise<{ text: string; language?: string }> {
  return await withConnection(url, async (send, reader) => {
    await send({ type: "transcribe", data: request.language ? { language: request.language } : {} });
    const { rate, width, channels } = request.format;
    await send({ type: "audio-start", data: { rate, width, channels, timestamp: 0 } });
    const chunkBytes = SAMPLES_PER_CHUNK * width * channels;
    for (let offset = 0; offset < request.pcm.byteLength; offset += chunkBytes) {
      const payload = request.pcm.subarray(offset, offset + chunkBytes);
      await send({ type: "audio-chunk", data: { rate, width, channels, timestamp: null }, payload });
    }
    await send({ type: "audio-stop", data: { timestamp: null } });
    const { data } = await readUntil(reader, { wanted: "transcript", what: "the transcript" });
    return {
      text: typeof data.text === "string" ? data.text : "",
      ...(typeof data.language === "string" ? { language: data.language } : {}),
    };
  }, options);
}

/** The TTS sequence (wyoming-piper): `synthesize`, then PCM from `audio-start` to `audio-stop`. */
export async function synthesizeWyoming(
  url: string,
  request: { text: string; voice: { name: string; speaker?: string | number | undefined } },
  options: WyomingCallOptions,
): Promise<{ pcm: Uint8Array; format: PcmFormat }> {
  return await withConnection(url, async (send, reader) => {
    const voice: Record<string, unknown> = { name: request.voice.name };
    if (request.voice.speaker !== undefined) voice.speaker = String(request.voice.speaker);
    await send({ type: "synthesize", data: { text: request.text, voice } });
    const start = await readUntil(reader, { wanted: "audio-start", what: "audio-start" });
    const format = {
      rate: Number(start.data.rate ?? 22_050),
      width: Number(start.data.width ?? 2),
      channels: Number(start.data.channels ?? 1),
    };
    const chunks: Uint8Array[] = [];
    let size = 0;
    for (;;) {
      const event = await reader.read();
      if (event === null) throw new WyomingError("Wyoming server closed the connection before audio-stop");
      if (event.type === "error") {
        throw new WyomingError(
          String(event.data.text ?? "Wyoming error"),
          event.data.code as string | undefined,
        );
      }
      if (event.type === "audio-stop") break;
      if (event.type === "audio-chunk" && event.payload) {
        chunks.push(event.payload);
        size += event.payload.byteLength;
      }
    }
    return { pcm: concatBytes(chunks, size), format };
  }, options);
}
