import { invalidRequest } from "../api_error.ts";
import { encodeMp3 } from "./encode_mp3.ts";
import type { Ffmpeg, SpeechFormat } from "./ffmpeg.ts";
import { type PcmFormat, toWavHeader } from "./wav_header.ts";

/** Raw speech: mono PCM at the voice's rate; `speedApplied` when the backend honoured `speed` itself. */
export interface SynthesizedSpeech {
  pcm: Uint8Array;
  format: PcmFormat;
  speedApplied: boolean;
}

/** Content types a browser `<audio>` and Open WebUI understand (docs/decisions.md, "Audio servers"). */
export const SPEECH_CONTENT_TYPES: Record<SpeechFormat, string> = {
  mp3: "audio/mpeg",
  opus: "audio/ogg",
  aac: "audio/aac",
  flac: "audio/flac",
  wav: "audio/wav",
  pcm: "audio/pcm",
};

/** Encoded speech ready to send. */
export interface EncodedSpeech {
  body: ReadableStream<Uint8Array>;
  contentType: string;
}

function toStream(...parts: Uint8Array[]): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      for (const part of parts) controller.enqueue(part);
      controller.close();
    },
  });
}

/**
 * Encodes PCM to the requested format. ffmpeg does every format and any speed the backend did not
 * apply; without it, mp3 (the API's default) is encoded in the process and wav and pcm are written at the
 * voice's own rate; opus, aac, flac and a speed the backend did not apply are a 400 naming ffmpeg.
 */
export async function encodeSpeech(
  speech: SynthesizedSpeech,
  options: { format: SpeechFormat; speed: number; ffmpeg: Ffmpeg; signal: AbortSignal },
): Promise<EncodedSpeech> {
  const { format, ffmpeg } = options;
  const tempo = speech.speedApplied ? 1 : options.speed;
  if (await ffmpeg.available()) {
    const body = ffmpeg.encode(speech.pcm, speech.format, {
      output: format,
      speed: tempo,
      signal: options.signal,
    });
    const contentType = format === "pcm" ? "audio/pcm;rate=24000" : SPEECH_CONTENT_TYPES[format];
    return { body, contentType };
  }
  if (tempo !== 1) {
    throw invalidRequest(
      "Cannot change the speed: ffmpeg (atempo) is not installed on the router and the backend cannot " +
        "(install the ffmpeg package)",
      { param: "speed", code: "unsupported_value" },
    );
  }
  if (format === "wav") {
    return {
      body: toStream(toWavHeader(speech.format, speech.pcm.byteLength), speech.pcm),
      contentType: "audio/wav",
    };
  }
  if (format === "pcm") {
    return { body: toStream(speech.pcm), contentType: `audio/pcm;rate=${speech.format.rate}` };
  }
  if (format === "mp3") return { body: encodeMp3(speech.pcm, speech.format), contentType: "audio/mpeg" };
  throw invalidRequest(
    `Cannot encode ${format}: ffmpeg is not installed on the router (install the ffmpeg package), ` +
      "use response_format mp3, wav or pcm",
    { param: "response_format", code: "unsupported_value" },
  );
}
