import type { AudioContainer } from "../audio/sniff_audio.ts";
import { sniffAudio } from "../audio/sniff_audio.ts";
import type { TranscriptFormat } from "../audio/transcript_formats.ts";
import type { AudioConfig } from "../config/audio_schema.ts";
import { ApiError, invalidRequest } from "./api_error.ts";
import { readBodyBytes } from "./read_json_body.ts";

/** A validated transcription or translation upload. */
export interface TranscriptionInput {
  audio: Uint8Array<ArrayBuffer>;
  container: AudioContainer;
  model: string;
  language?: string | undefined;
  prompt?: string | undefined;
  temperature?: number | undefined;
  format: TranscriptFormat;
  words: boolean;
  stream: boolean;
}

const SUPPORTED = "flac, m4a, mp3, mp4, mpeg, mpga, oga, ogg, wav, webm";
// Multipart boundaries and text fields around the file.
const FORM_OVERHEAD_BYTES = 64 * 1024;

/** 413 in OpenAI's words for an upload over the limit. */
export function uploadTooLarge(maxBytes: number): ApiError {
  return new ApiError(
    413,
    `Maximum content size limit (${maxBytes}) exceeded: maximum allowed size is ${maxBytes} bytes`,
    {
      param: "file",
      code: "file_too_large",
    },
  );
}

function readField(form: FormData, name: string): string | undefined {
  const value = form.get(name);
  return typeof value === "string" && value !== "" ? value : undefined;
}

async function readForm(request: Request, maxBytes: number): Promise<FormData> {
  const type = request.headers.get("content-type") ?? "";
  if (!type.startsWith("multipart/form-data")) {
    throw invalidRequest(
      "Cannot read the request: expected multipart/form-data with a file",
      null,
      "invalid_content_type",
    );
  }
  let bytes: Uint8Array<ArrayBuffer>;
  try {
    bytes = await readBodyBytes(request, maxBytes + FORM_OVERHEAD_BYTES) as Uint8Array<ArrayBuffer>;
  } catch (error) {
    if (error instanceof ApiError && error.status === 413) throw uploadTooLarge(maxBytes);
    throw error;
  }
  try {
    return await new Request("http://form.invalid", {
      method: "POST",
      body: bytes,
      headers: { "content-type": type },
    })
      .formData();
  } catch {
    throw invalidRequest("Cannot parse the multipart body", null, "invalid_multipart");
  }
}

/** Reads and checks the multipart body; the container comes from magic bytes only. */
export async function parseTranscriptionForm(
  request: Request,
  config: AudioConfig,
  task: "transcribe" | "translate",
): Promise<TranscriptionInput> {
  const form = await readForm(request, config.maxUploadBytes);
  const file = form.get("file");
  if (!(file instanceof File)) {
    throw invalidRequest("Missing required parameter: 'file'", "file", "missing_required_parameter");
  }
  if (file.size > config.maxUploadBytes) throw uploadTooLarge(config.maxUploadBytes);
  if (file.size === 0) throw invalidRequest("The audio file is empty", "file", "empty_file");
  const audio = new Uint8Array(await file.arrayBuffer());
  const container = sniffAudio(audio);
  if (!container) {
    throw invalidRequest(
      `Invalid file format. Supported formats: ${SUPPORTED}`,
      "file",
      "invalid_file_format",
    );
  }
  const format = (readField(form, "response_format") ?? "json") as TranscriptFormat;
  if (!(config.responseFormats as string[]).includes(format)) {
    throw invalidRequest(
      `Unsupported response_format "${format}": use one of ${config.responseFormats.join(", ")}`,
      "response_format",
      "invalid_value",
    );
  }
  const temperatureText = readField(form, "temperature");
  const temperature = temperatureText === undefined ? undefined : Number(temperatureText);
  if (temperature !== undefined && !(temperature >= 0 && temperature <= 1)) {
    throw invalidRequest("temperature must be a number between 0 and 1", "temperature", "invalid_value");
  }
  const granularities = form.getAll("timestamp_granularities[]").map(String);
  return {
    audio,
    container,
    model: readField(form, "model") ?? "",
    language: task === "transcribe" ? readField(form, "language") : undefined,
    prompt: readField(form, "prompt"),
    temperature,
    format,
    words: format === "verbose_json" && granularities.includes("word"),
    stream: task === "transcribe" && readField(form, "stream") === "true",
  };
}
