import type { AudioContainer } from "../audio/sniff_audio.ts";
import type { Transcript } from "../audio/transcript_formats.ts";
import type { PcmFormat } from "../audio/wav_header.ts";
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
  /** Segment timings matter (the client asked for srt, vtt or verbose_json). */
  timestamps?: boolean;
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

/** A Piper voice id (`en_US-lessac-medium`) and, for multi-speaker voices, a speaker name or id. */
export interface VoiceChoice {
  name: string;
  speaker?: string | number | undefined;
}

/** One speech request, the voice already mapped. */
export interface SpeechRequest {
  text: string;
  voice: VoiceChoice;
  speed: number;
  signal: AbortSignal;
  requestId: string;
}

/** Raw speech: mono PCM at the voice's rate; `speedApplied` when the backend honoured `speed` itself. */
export interface SynthesizedSpeech {
  pcm: Uint8Array;
  format: PcmFormat;
  speedApplied: boolean;
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
