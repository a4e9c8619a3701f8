import type { AudioConfig } from "../config/audio_schema.ts";
import { invalidRequest } from "../api_error.ts";

/** The voice names OpenAI's speech API documents. */
export const OPENAI_VOICES = [
  "alloy",
  "ash",
  "ballad",
  "coral",
  "echo",
  "fable",
  "onyx",
  "nova",
  "sage",
  "shimmer",
  "verse",
  "marin",
  "cedar",
];

/** Piper voice ids: `<lang>_<REGION>-<dataset>-<quality>`, e.g. `en_US-lessac-medium`. */
const PIPER_VOICE_ID = /^[a-z]{2,3}_[A-Z]{2}-[A-Za-z0-9_]+-(x_low|low|medium|high)$/;

/** A Piper voice id (`en_US-lessac-medium`) and, for multi-speaker voices, a speaker name or id. */
export interface VoiceChoice {
  name: string;
  speaker?: string | number | undefined;
}

/**
 * Maps a requested voice to a Piper voice: the configured mapping first, then Piper ids as they are,
 * then OpenAI names to `defaultVoice`; anything else is a 400 naming the voices that work.
 */
export function chooseVoice(requested: string, config: AudioConfig): VoiceChoice {
  const mapped = config.voices[requested];
  if (mapped) {
    return mapped.speaker === undefined
      ? { name: mapped.voice }
      : { name: mapped.voice, speaker: mapped.speaker };
  }
  if (PIPER_VOICE_ID.test(requested)) return { name: requested };
  if (OPENAI_VOICES.includes(requested) && config.defaultVoice) return { name: config.defaultVoice };
  const known = Object.keys(config.voices);
  const hint = known.length > 0
    ? `use one of ${known.join(", ")} or a Piper voice id`
    : "use a Piper voice id";
  throw invalidRequest(`Unknown voice "${requested.slice(0, 100)}": ${hint}`, {
    param: "voice",
    code: "invalid_value",
  });
}
