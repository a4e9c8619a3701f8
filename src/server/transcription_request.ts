import type { AudioContainer } from "../audio/sniff_audio.ts";
import { sniffAudio } from "../audio/sniff_audio.ts";
import type { TranscriptFormat } from "../audio/transcript_formats.ts";
import type { AudioConfig } from "../config/audio_schema.ts";
import { ApiError, invalidRequest } from "../api_error.ts";
import { fromBase64 } from "../base64.ts";
import { readBodyBytes, readJsonBody } from "./read_json_body.ts";

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

/** The request's fields, whichever of the two upload shapes carried them. */
interface UploadFields {
  audio: Uint8Array<ArrayBuffer>;
  /** A field as text, or undefined when absent or empty. */
  text(name: string): string | undefined;
  granularities: string[];
}

function readFormText(form: FormData, name: string): string | undefined {
  const value = form.get(name);
  return typeof value === "string" && value !== "" ? value : undefined;
}

async function readForm(request: Request, maxBytes: number): Promise<FormData> {
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
      headers: { "content-type": request.headers.get("content-type") ?? "" },
    })
      .formData();
  } catch {
    throw invalidRequest("Cannot parse the multipart body", { code: "invalid_multipart" });
  }
}

async function readMultipartFields(request: Request, maxBytes: number): Promise<UploadFields> {
  const form = await readForm(request, maxBytes);
  const file = form.get("file");
  if (!(file instanceof File)) {
    throw invalidRequest("Missing required parameter: 'file'", {
      param: "file",
      code: "missing_required_parameter",
    });
  }
  if (file.size > maxBytes) throw uploadTooLarge(maxBytes);
  return {
    audio: new Uint8Array(await file.arrayBuffer()),
    text: (name) => readFormText(form, name),
    granularities: form.getAll("timestamp_granularities[]").map(String),
  };
}

/**
 * Open WebUI's JSON variant (`AUDIO_STT_OPENAI_API_REQUEST_FORMAT=json`):
 * `{model, language?, input_audio: {data: <base64>, format: <ext>}}`. The other fields are read as in
 * multipart, so a JSON client gets the same options. `format` is only a hint: magic bytes decide.
 */
async function readJsonUploadFields(request: Request, maxBytes: number): Promise<UploadFields> {
  let body: Record<string, unknown>;
  try {
    body = await readJsonBody(request, Math.ceil(maxBytes / 3) * 4 + FORM_OVERHEAD_BYTES);
  } catch (error) {
    if (error instanceof ApiError && error.status === 413) throw uploadTooLarge(maxBytes);
    throw error;
  }
  const data = (body.input_audio as { data?: unknown } | undefined)?.data;
  if (typeof data !== "string") {
    throw invalidRequest("Missing required parameter: 'input_audio.data' (base64 audio)", {
      param: "input_audio.data",
      code: "missing_required_parameter",
    });
  }
  let audio: Uint8Array<ArrayBuffer>;
  try {
    audio = fromBase64(data) as Uint8Array<ArrayBuffer>;
  } catch {
    throw invalidRequest("input_audio.data is not valid base64", {
      param: "input_audio.data",
      code: "invalid_value",
    });
  }
  if (audio.byteLength > maxBytes) throw uploadTooLarge(maxBytes);
  const text = (name: string) => {
    const value = body[name];
    return typeof value === "string" || typeof value === "number" || typeof value === "boolean"
      ? (String(value) || undefined)
      : undefined;
  };
  const granularities = body.timestamp_granularities;
  return { audio, text, granularities: Array.isArray(granularities) ? granularities.map(String) : [] };
}

/** Reads whichever upload shape the content type names: multipart (OpenAI's) or JSON (Open WebUI's). */
function readUploadFields(request: Request, maxBytes: number): Promise<UploadFields> {
  const type = request.headers.get("content-type") ?? "";
  if (type.startsWith("multipart/form-data")) return readMultipartFields(request, maxBytes);
  if (type.startsWith("application/json")) return readJsonUploadFields(request, maxBytes);
  throw invalidRequest(
    "Cannot read the request: expected multipart/form-data with a file, or JSON with input_audio",
    { code: "invalid_content_type" },
  );
}

/** Reads and checks the upload (multipart or JSON); the container comes from magic bytes only. */
export async function parseTranscriptionRequest(
  request: Request,
  options: { config: AudioConfig; task: "transcribe" | "translate" },
): Promise<TranscriptionInput> {
  const { config, task } = options;
  const fields = await readUploadFields(request, config.maxUploadBytes);
  const { audio } = fields;
  if (audio.byteLength === 0) {
    throw invalidRequest("The audio file is empty", { param: "file", code: "empty_file" });
  }
  const container = sniffAudio(audio);
  if (!container) {
    throw invalidRequest(`Invalid file format. Supported formats: ${SUPPORTED}`, {
      param: "file",
      code: "invalid_file_format",
    });
  }
  const format = (fields.text("response_format") ?? "json") as TranscriptFormat;
  if (!(config.responseFormats as string[]).includes(format)) {
    throw invalidRequest(
      `Unsupported response_format "${format}": use one of ${config.responseFormats.join(", ")}`,
      { param: "response_format", code: "invalid_value" },
    );
  }
  const temperatureText = fields.text("temperature");
  const temperature = temperatureText === undefined ? undefined : Number(temperatureText);
  if (temperature !== undefined && !(temperature >= 0 && temperature <= 1)) {
    throw invalidRequest("temperature must be a number between 0 and 1", {
      param: "temperature",
      code: "invalid_value",
    });
  }
  return {
    audio,
    container,
    model: fields.text("model") ?? "",
    language: task === "transcribe" ? fields.text("language") : undefined,
    prompt: fields.text("prompt"),
    temperature,
    format,
    words: format === "verbose_json" && fields.granularities.includes("word"),
    stream: task === "transcribe" && fields.text("stream") === "true",
  };
}
