import { hasUserTurn, toChatBody } from "./conversation.ts";
import { InputAudio } from "./input_audio.ts";
import { decodeAudio, toMs } from "./pcm16.ts";
import { type ConversationItem, newId, toErrorEvent } from "./realtime_events.ts";
import { MAX_APPEND_BYTES, parseClientEvent } from "./parse_client_event.ts";

/** The longest turn one buffer holds before a commit: pcm16 at 24 kHz is 48,000 bytes a second. */
const MAX_BUFFER_MINUTES = 10;
const MAX_BUFFER_BYTES = MAX_BUFFER_MINUTES * 60 * 48_000;
import type { SessionPorts, TurnFacts } from "./session_ports.ts";
import { type CancelReason, type RunningResponse, startResponse } from "./realtime_response.ts";
import {
  defaultSession,
  mergeSession,
  type SessionSettings,
  SettingsError,
  toSettings,
} from "./session_settings.ts";
import { transcribeTurn } from "./transcribe_turn.ts";

/** The shortest audio a commit accepts (the API refuses less than 100 ms). */
const MIN_COMMIT_MS = 100;

/**
 * One Realtime session over one WebSocket: applies client events in order, keeps the conversation and the
 * input audio buffer, detects turns, and runs at most one response at a time. Speech during an answer
 * (with `interrupt_response`) cancels it: the barge-in.
 */
export class RealtimeSession {
  readonly #ports: SessionPorts;
  #session;
  #settings: SessionSettings;
  readonly #input: InputAudio;
  readonly #items: ConversationItem[] = [];
  #response: RunningResponse | undefined;
  #speechItemId: string | undefined;
  #stoppedAt: number | undefined;
  /** Commits and automatic responses, one after another. */
  #turns: Promise<void> = Promise.resolve();
  readonly #closing = new AbortController();

  constructor(ports: SessionPorts) {
    this.#ports = ports;
    this.#session = defaultSession(ports.model);
    this.#settings = toSettings(this.#session);
    this.#input = new InputAudio(this.#settings);
  }

  #now(): number {
    return this.#ports.now?.() ?? performance.now();
  }

  /** Sends `session.created`. */
  start(): void {
    this.#ports.send({ type: "session.created", session: this.#session });
  }

  /** Ends the session: a running answer is cancelled upstream (the client left). */
  close(): Promise<void> {
    this.#closing.abort();
    this.#response?.cancel("client_cancelled");
    return this.#response?.done.then(() => {}, () => {}) ?? Promise.resolve();
  }

  #error(message: string, options: Parameters<typeof toErrorEvent>[1]) {
    this.#ports.send(toErrorEvent(message, options));
  }

  /** Applies one client event (a WebSocket text message). */
  receive(message: string): void {
    const parsed = parseClientEvent(message);
    if ("error" in parsed) return this.#ports.send(parsed.error);
    const { envelope, event } = parsed;
    const { eventId } = envelope;
    switch (envelope.type) {
      case "session.update":
        return this.#update(event.session, eventId);
      case "input_audio_buffer.append":
        return this.#append(event.audio, eventId);
      case "input_audio_buffer.commit":
        return this.#queue(() => this.#commit(eventId, false));
      case "input_audio_buffer.clear":
        this.#input.clear();
        return this.#ports.send({ type: "input_audio_buffer.cleared" });
      case "conversation.item.create":
        return this.#queue(() => this.#createItem(event.item, eventId));
      case "response.create":
        return this.#queue(() => this.#respond(eventId, false));
      case "response.cancel":
        if (!this.#response) {
          return this.#error("There is no response to cancel", {
            code: "response_cancel_not_active",
            eventId,
          });
        }
        return this.#response.cancel("client_cancelled");
      default:
        return this.#error(`Unknown or unsupported event type: ${envelope.type.slice(0, 80)}`, {
          code: "unknown_event",
          param: "type",
          eventId,
        });
    }
  }

  #queue(step: () => Promise<void> | void): void {
    this.#turns = this.#turns.then(step).catch((error) =>
      this.#error(String(error), { code: "server_error", type: "server_error" })
    );
  }

  #update(update: unknown, eventId: string | undefined): void {
    try {
      this.#session = mergeSession(this.#session, update);
    } catch (error) {
      if (!(error instanceof SettingsError)) throw error;
      return this.#error(error.message, { code: "invalid_value", param: error.param, eventId });
    }
    this.#settings = toSettings(this.#session);
    this.#input.configure(this.#settings);
    this.#ports.send({ type: "session.updated", session: this.#session });
  }

  #append(audio: unknown, eventId: string | undefined): void {
    const pcm = decodeAudio(audio);
    if (!pcm) {
      return this.#error("audio must be base64 of pcm16 (whole 16-bit samples)", {
        code: "invalid_value",
        param: "audio",
        eventId,
      });
    }
    if (pcm.byteLength > MAX_APPEND_BYTES) {
      return this.#error(`One append may carry at most ${MAX_APPEND_BYTES} bytes of audio`, {
        code: "audio_too_large",
        param: "audio",
        eventId,
      });
    }
    if (this.#input.bytes + pcm.byteLength > MAX_BUFFER_BYTES) {
      // Without a commit (push-to-talk left on, a stuck client) the buffer would grow without end.
      return this.#error(
        `The input audio buffer holds at most ${MAX_BUFFER_MINUTES} minutes of audio: commit or clear it`,
        { code: "input_audio_buffer_full", param: "audio", eventId },
      );
    }
    for (const change of this.#input.append(pcm)) {
      if (change.kind === "started") {
        this.#speechItemId = newId("item");
        this.#ports.send({
          type: "input_audio_buffer.speech_started",
          audio_start_ms: change.audioStartMs,
          item_id: this.#speechItemId,
        });
        if (this.#settings.vad?.interruptResponse) this.#response?.cancel("turn_detected");
      } else {
        this.#stoppedAt = this.#now();
        this.#ports.send({
          type: "input_audio_buffer.speech_stopped",
          audio_end_ms: change.audioEndMs,
          item_id: this.#speechItemId ?? newId("item"),
        });
        this.#queue(() => this.#commit(undefined, true));
      }
    }
  }

  async #commit(eventId: string | undefined, byVad: boolean): Promise<void> {
    const itemId = byVad && this.#speechItemId ? this.#speechItemId : newId("item");
    this.#speechItemId = undefined;
    if (toMs(this.#input.bytes) < MIN_COMMIT_MS) {
      this.#input.take();
      if (!byVad) {
        this.#error(`The buffer holds less than ${MIN_COMMIT_MS} ms of audio`, {
          code: "input_audio_buffer_commit_empty",
          eventId,
        });
      }
      return;
    }
    const pcm = this.#input.take();
    const previous = this.#items.at(-1)?.id ?? null;
    this.#ports.send({ type: "input_audio_buffer.committed", item_id: itemId, previous_item_id: previous });
    const item: ConversationItem = {
      id: itemId,
      object: "realtime.item",
      type: "message",
      role: "user",
      status: "completed",
      content: [{ type: "input_audio" }],
    };
    this.#items.push(item);
    this.#ports.send({ type: "conversation.item.created", item, previous_item_id: previous });
    const refusal = this.#ports.admitAudio?.(toMs(pcm.byteLength));
    if (refusal) return this.#error(refusal, { code: "voice_minutes_exceeded", type: "rate_limit_exceeded" });
    const heard = await transcribeTurn(pcm, {
      item,
      send: this.#ports.send,
      transcribe: this.#ports.transcribe,
      signal: this.#closing.signal,
    });
    if (heard && byVad && this.#settings.vad?.createResponse) await this.#respond(undefined, true, heard);
  }

  #createItem(raw: unknown, eventId: string | undefined): void {
    const item = raw as ConversationItem | undefined;
    const kinds = ["message", "function_call", "function_call_output"];
    if (typeof item !== "object" || item === null || !kinds.includes(item.type)) {
      return this.#error("item must be a message, function_call or function_call_output", {
        code: "invalid_value",
        param: "item",
        eventId,
      });
    }
    const created = {
      ...item,
      id: item.id ?? newId("item"),
      object: "realtime.item" as const,
      status: "completed" as const,
    } as ConversationItem;
    const previous = this.#items.at(-1)?.id ?? null;
    this.#items.push(created);
    this.#ports.send({ type: "conversation.item.created", item: created, previous_item_id: previous });
  }

  async #respond(eventId: string | undefined, automatic: boolean, heard?: TurnFacts["heard"]): Promise<void> {
    if (this.#response && automatic) {
      this.#response.cancel("turn_detected");
      await this.#response.done.catch(() => {});
    }
    if (this.#response) {
      return this.#error("A response is already in progress", {
        code: "conversation_already_has_active_response",
        eventId,
      });
    }
    if (!hasUserTurn(this.#items)) {
      return this.#error("There is nothing to answer yet", { code: "invalid_value", eventId });
    }
    if (this.#closing.signal.aborted) return;
    const stoppedAt = automatic ? this.#stoppedAt : undefined;
    const now = () => this.#now();
    const running = startResponse({
      body: toChatBody(this.#items, { model: this.#ports.model, settings: this.#settings }),
      settings: this.#settings,
      send: this.#ports.send,
      answer: (body, signal) => this.#ports.answer(body, { signal, ...heard ? { heard } : {} }),
      speak: this.#ports.speak,
      onFirstOutput: () =>
        this.#ports.onFirstOutput?.(stoppedAt === undefined ? undefined : now() - stoppedAt),
    });
    this.#response = running;
    running.done.then((response) => {
      this.#items.push(...running.items.output);
      if (this.#response === running) this.#response = undefined;
      this.#ports.onResponseDone?.(response.status ?? "completed");
    }).catch(() => {
      if (this.#response === running) this.#response = undefined;
    });
  }

  /** Cancels the running answer, if any. */
  cancel(reason: CancelReason): void {
    this.#response?.cancel(reason);
  }
}

export type { SessionPorts, TurnFacts } from "./session_ports.ts";
