import type { ChatAnswer } from "../chat/chat_answer.ts";
import type { ChatBody } from "./conversation.ts";
import type { OutgoingEvent } from "./realtime_events.ts";
import type { Speak } from "./speech_track.ts";

/** What one user turn's answer knows about it, for the session log and the limits. */
export interface TurnFacts {
  /** The turn's transcript, or undefined for a typed or tool turn. */
  heard?: { transcript: string; audioMs: number; transcribeMs: number };
}

/** Everything a session reaches outside itself; the edge wires the box's Whisper, pipeline and Piper. */
export interface SessionPorts {
  send: (event: OutgoingEvent) => void;
  /** The model name sessions report (the router's public model). */
  model: string;
  /** Whisper on a WAV of the turn (24 kHz pcm16 mono). */
  transcribe: (wav: Uint8Array, signal: AbortSignal) => Promise<string>;
  /** The routed chat pipeline; `signal` aborts when the answer is cancelled or the client leaves. */
  answer: (body: ChatBody, turn: TurnFacts & { signal: AbortSignal }) => Promise<ChatAnswer>;
  speak: Speak;
  /** Refuses a spoken turn over the member's voice minutes (the message says why); undefined admits it. */
  admitAudio?: (audioMs: number) => string | undefined;
  /** Told when a spoken turn's first answer audio (or text) goes out, with the ms since speech stopped. */
  onFirstOutput?: (sinceSpeechStoppedMs: number | undefined) => void;
  /** Told how each response ended (completed, cancelled, failed). */
  onResponseDone?: (status: string) => void;
  /** `performance.now` unless a test injects a clock. */
  now?: () => number;
}
