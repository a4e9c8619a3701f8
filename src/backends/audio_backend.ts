import type { AudioContainer } from "../audio/sniff_audio.ts";
import type { Transcript } from "../audio/transcript_formats.ts";
import type { VoiceChoice } from "../audio/choose_voice.ts";
import type { SynthesizedSpeech } from "../audio/encode_speech.ts";
import type { ProbeResult } from "./backend.ts";

/** One transcription or translation, with the upload as it came. */
export interface TranscriptionRequest {
  audio: Uint8Array<ArrayBuffer>;
  container: AudioContainer;
  task: "transcribe" | "translate";
  language?: string | undefined;
  prompt?: string | undefined;
  temperature?: number | undefined;
  /** Word timings asked for (`timestamp_granularities[]=word`). */
  words: boolean;
  signal: AbortSignal;
  requestId: string;
}

/** A Whisper server of any kind (OpenAI-style HTTP or Wyoming). */
export interface TranscriptionBackend {
  readonly name: string;
  readonly kind: string;
  transcribe(request: TranscriptionRequest): Promise<Transcript>;
  probe(signal?: AbortSignal): Promise<ProbeResult>;
}

/** One speech request, the voice already mapped. */
export interface SpeechRequest {
  text: string;
  voice: VoiceChoice;
  speed: number;
  signal: AbortSignal;
  requestId: string;
}

/** A Piper server of any kind (Wyoming, Piper HTTP, OpenAI-style). */
export interface SpeechBackend {
  readonly name: string;
  readonly kind: string;
  synthesize(request: SpeechRequest): Promise<SynthesizedSpeech>;
  /** Voice ids the backend knows; empty when it cannot say. */
  listVoices(signal?: AbortSignal): Promise<string[]>;
  probe(signal?: AbortSignal): Promise<ProbeResult>;
}
