/**
 * The official openai client's Realtime WebSocket (`openai/realtime/ws`, over the `ws` package) against a
 * test router serving TLS, with the events it receives kept in order and checked against the client's
 * declared shapes.
 */
// The openai client imports `ws` as an optional peer; importing it here keeps it in the module graph.
import "ws";
import OpenAI from "openai";
import { OpenAIRealtimeWS } from "openai/realtime/ws";
import type { RealtimeClientEvent, RealtimeServerEvent } from "openai/resources/realtime/realtime";
import { toBase64 } from "../src/base64.ts";
import { resample } from "../src/realtime/pcm16.ts";
import { parseWav } from "../src/audio/wav_header.ts";
import { ok } from "node:assert/strict";
import { checkEventShape, readEventShapes } from "./realtime_event_shapes.ts";

const SHAPES = readEventShapes();

/** One open Realtime connection and what it received. */
export interface RealtimeTestClient extends AsyncDisposable {
  rt: OpenAIRealtimeWS;
  events: RealtimeServerEvent[];
  /** Shape problems of the events so far (empty when each matched the client's types). */
  problems: string[];
  send(event: RealtimeClientEvent): void;
  /** Resolves with the first event of `type` (after `from`, an index into `events`) matching `where`. */
  next<T extends RealtimeServerEvent["type"]>(
    type: T,
    options?: {
      from?: number;
      where?: (event: Extract<RealtimeServerEvent, { type: T }>) => boolean;
      /** Fails the wait after this long (default 20 s): a missing event fails the test instead of hanging it. */
      timeoutMs?: number;
    },
  ): Promise<Extract<RealtimeServerEvent, { type: T }>>;
  /** Resolves when the socket closes, with its code and reason. */
  closed: Promise<{ code: number; reason: string }>;
}

/** Opens `wss://…/v1/realtime?model=ai-router` with the official client, trusting `caCert`. */
export async function openRealtimeClient(
  baseUrl: string,
  options: { apiKey: string; caCert: string; model?: string },
): Promise<RealtimeTestClient> {
  const client = new OpenAI({ baseURL: `${baseUrl}/v1`, apiKey: options.apiKey });
  const rt = new OpenAIRealtimeWS(
    { model: options.model ?? "ai-router", options: { ca: options.caCert } },
    client,
  );
  const events: RealtimeServerEvent[] = [];
  const problems: string[] = [];
  const waiters = new Set<() => void>();
  rt.on("event", (event) => {
    events.push(event);
    problems.push(...checkEventShape(event as unknown as Record<string, unknown>, SHAPES));
    for (const wake of waiters) wake();
  });
  // Error events arrive through `event` too; without a listener the client would raise them as rejections.
  rt.on("error", () => {});
  const closed = new Promise<{ code: number; reason: string }>((resolve) => {
    rt.socket.on("close", (code: number, reason: Buffer) => {
      resolve({ code, reason: reason.toString() });
      for (const wake of waiters) wake();
    });
  });
  await new Promise<void>((resolve, reject) => {
    rt.socket.once("open", () => resolve());
    rt.socket.once("error", reject);
    rt.socket.once(
      "unexpected-response",
      (_: unknown, response: { statusCode: number }) =>
        reject(new Error(`The handshake was answered with HTTP ${response.statusCode}`)),
    );
  });
  let isClosed = false;
  let closeText = "";
  closed.then(({ code, reason }) => {
    isClosed = true;
    closeText = `${code} ${reason}`;
  });
  const next: RealtimeTestClient["next"] = (type, opts = {}) =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        waiters.delete(check);
        reject(new Error(`No ${type} within the wait; got ${events.map((e) => e.type).join(", ")}`));
      }, opts.timeoutMs ?? 20_000);
      const check = () => {
        const found = events.slice(opts.from ?? 0).find((e) =>
          e.type === type && (opts.where?.(e as never) ?? true)
        );
        if (found) {
          waiters.delete(check);
          clearTimeout(timer);
          resolve(found as never);
        } else if (isClosed) {
          waiters.delete(check);
          clearTimeout(timer);
          reject(
            new Error(
              `Socket closed (${closeText}) before ${type}; got ${events.map((e) => e.type).join(", ")}`,
            ),
          );
        }
      };
      waiters.add(check);
      check();
    });
  return {
    rt,
    events,
    problems,
    send: (event) => rt.send(event),
    next,
    closed,
    [Symbol.asyncDispose]: async () => {
      if (!isClosed) {
        rt.close();
        await closed;
      }
    },
  };
}

/** Speech from `espeak-ng`, at the API's 24 kHz, between `silenceMs` of silence before and after. */
export async function speakWithEspeak(
  text: string,
  options: { silenceMs?: number } = {},
): Promise<Uint8Array> {
  const path = await Deno.makeTempFile({ suffix: ".wav" });
  try {
    const { success } = await new Deno.Command("espeak-ng", { args: ["-w", path, text], stderr: "null" })
      .output();
    if (!success) throw new Error("espeak-ng failed");
    const wav = parseWav(await Deno.readFile(path));
    const speech = resample(wav.pcm, { from: wav.format.rate, to: 24_000 });
    const silence = new Uint8Array(Math.round((options.silenceMs ?? 800) * 48));
    const audio = new Uint8Array(silence.length * 2 + speech.length);
    audio.set(silence);
    audio.set(speech, silence.length);
    audio.set(silence, silence.length + speech.length);
    return audio;
  } finally {
    await Deno.remove(path);
  }
}

/** Appends audio in 100 ms pieces, as a microphone would. */
export function appendAudio(client: RealtimeTestClient, audio: Uint8Array): void {
  for (let offset = 0; offset < audio.length; offset += 4800) {
    client.send({
      type: "input_audio_buffer.append",
      audio: toBase64(audio.subarray(offset, offset + 4800)),
    });
  }
}

/** Whether `espeak-ng` runs here. */
export function hasEspeak(): boolean {
  try {
    return new Deno.Command("espeak-ng", { args: ["--version"], stdout: "null", stderr: "null" }).outputSync()
      .success;
  } catch {
    return false;
  }
}

/** Waits (a few seconds at most) for something the server does after the event the test saw. */
export async function waitFor(condition: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 100 && !condition(); i++) await new Promise((r) => setTimeout(r, 50));
  ok(condition(), what);
}
