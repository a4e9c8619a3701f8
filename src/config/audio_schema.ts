import { z } from "zod";
import { findSpeakerCollision } from "./find_speaker_collision.ts";

/** An OpenAI voice name mapped to a Piper voice id and, for multi-speaker voices, a speaker. */
export const voiceMappingSchema = z.strictObject({
  voice: z.string().min(1),
  speaker: z.union([z.string(), z.number().int().nonnegative()]).optional(),
});

/** Speech in and out (docs/audio.md): which backends, limits and the voice map. */
export const audioSchema = z.strictObject({
  /** Serves `/v1/audio/transcriptions`; audio endpoints answer 400 while unset. */
  transcriptionBackend: z.string().optional(),
  /** Serves `/v1/audio/translations`; the transcription backend when unset. */
  translationBackend: z.string().optional(),
  /** Serves `/v1/audio/speech`. */
  speechBackend: z.string().optional(),
  /** Largest upload; OpenAI's limit is 25 MiB. */
  maxUploadBytes: z.number().int().positive().default(25 * 1024 * 1024),
  /** Transcription formats clients may ask for. */
  responseFormats: z.array(z.enum(["json", "text", "srt", "vtt", "verbose_json"]))
    .default(["json", "text", "srt", "vtt", "verbose_json"]),
  /** OpenAI voice names (`alloy`, …) to Piper voices; other names pass through as Piper voice ids. */
  voices: z.record(z.string(), voiceMappingSchema).default({}),
  /** The voice for names neither mapped nor known to the backend; unknown names are a 400 when unset. */
  defaultVoice: z.string().optional(),
  /**
   * Model ids listed by `GET /v1/audio/models` (Open WebUI's discovery); any model id is accepted, so the
   * names apps send without asking (OpenAI's speech and transcription models) all reach the box's models.
   */
  models: z.array(z.string().min(1)).default([
    "whisper-1",
    "gpt-4o-transcribe",
    "gpt-4o-mini-transcribe",
    "tts-1",
    "tts-1-hd",
    "gpt-4o-mini-tts",
  ]),
  /** The ffmpeg binary: MP4/AAC input, opus/aac/flac output and speed changes need it. */
  ffmpegPath: z.string().min(1).default("ffmpeg"),
  /** Longest wait for a Wyoming or Piper answer. */
  timeoutMs: z.number().int().positive().default(120_000),
}).superRefine((audio, ctx) => {
  // A number is a speaker id; wyoming-piper reads it as a name first, so refuse one that names another speaker.
  for (const [name, { voice, speaker }] of Object.entries(audio.voices)) {
    if (typeof speaker !== "number") continue;
    const collision = findSpeakerCollision(voice, speaker);
    if (!collision) continue;
    const fix = collision.nameOfId
      ? `write the name of id ${speaker} instead: speaker: "${collision.nameOfId}"`
      : `id ${speaker} does not exist in "${voice}"`;
    ctx.addIssue({
      code: "custom",
      path: ["voices", name, "speaker"],
      message: `Speaker ${speaker} of "${voice}" is also the name of speaker id ${collision.namedId}, ` +
        `and wyoming-piper looks names up first: ${fix}`,
    });
  }
});

/** Images in chat: where they go and what the router accepts (OpenAI's image content parts; vLLM's `--limit-mm-per-prompt`). */
export const visionSchema = z.strictObject({
  /** The backend for requests with image parts; such requests get a 400 while unset. */
  backend: z.string().optional(),
  maxImageBytes: z.number().int().positive().default(20_000_000),
  maxTotalBytes: z.number().int().positive().default(50_000_000),
  /**
   * Images per request. Over it, earlier turns' images (apps send every earlier photo again) give way to
   * a text note, newest kept; more in the last user message alone is a 400.
   */
  maxImages: z.number().int().positive().default(500),
  allowedMimeTypes: z.array(z.enum(["image/png", "image/jpeg", "image/webp", "image/gif"]))
    .default(["image/png", "image/jpeg", "image/webp", "image/gif"]),
  /** How long the router waits for an http(s) image it inlines. */
  fetchTimeoutMs: z.number().int().positive().default(5_000),
  /** Lets image URLs point at loopback, private and link-local addresses (LAN images, tests). */
  allowPrivateUrls: z.boolean().default(false),
});

/** The validated `audio` section. */
export type AudioConfig = z.infer<typeof audioSchema>;
/** The validated `vision` section. */
export type VisionConfig = z.infer<typeof visionSchema>;
