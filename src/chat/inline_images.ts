import type { Backend } from "../backends/backend.ts";
import type { VisionConfig } from "../config/audio_schema.ts";
import { detectVision, type MediaPart, sniffImage } from "../routing/detect_vision.ts";
import { resolveModel } from "../routing/resolve_model.ts";
import type { RouterState } from "../router_state.ts";
import { invalidRequest } from "../api_error.ts";
import { fromBase64, toBase64 } from "../base64.ts";
import { fetchImage } from "./fetch_image.ts";

type Message = { role: string; content?: unknown } & Record<string, unknown>;

/** A vision request ready to forward: the backend and the messages with every image inlined. */
export interface VisionRoute {
  backend: Backend;
  messages: Message[];
  /** The images sent; earlier ones over `vision.maxImages` are not counted here but in `omitted`. */
  imageCount: number;
  imageBytes: number;
  /** Images of earlier turns replaced by {@link OMITTED_IMAGE_NOTE} to stay within `vision.maxImages`. */
  omitted: number;
  /** Each image's format (`png`, `jpeg`, …), from its magic bytes. */
  formats: string[];
}

/** What stands in the history for an image left out to stay within `vision.maxImages`. */
export const OMITTED_IMAGE_NOTE = "[earlier image omitted]";

const DATA_URL = /^data:([\w.+-]+\/[\w.+-]+)?((?:;[\w-]+=[^;,]*)*);base64,(.*)$/s;

async function loadImage(part: MediaPart, { config, signal }: { config: VisionConfig; signal: AbortSignal }) {
  const param = `messages.${part.messageIndex}.content.${part.partIndex}`;
  let bytes: Uint8Array;
  if (part.url.startsWith("data:")) {
    const match = part.url.match(DATA_URL);
    if (!match) {
      throw invalidRequest("Invalid image data URL: expected data:<type>;base64,<data>", {
        param,
        code: "invalid_image_url",
      });
    }
    // Base64 is a third larger than the bytes: reject before decoding a huge string.
    if ((match[3] as string).length * 0.75 > config.maxImageBytes + 3) {
      throw invalidRequest(`Image is too large: the limit is ${config.maxImageBytes} bytes`, {
        param,
        code: "image_too_large",
      });
    }
    try {
      bytes = fromBase64(match[3] as string);
    } catch {
      throw invalidRequest("Invalid image data URL: the base64 data does not decode", {
        param,
        code: "invalid_image_url",
      });
    }
  } else if (/^https?:\/\//i.test(part.url)) {
    bytes = await fetchImage(new URL(part.url), config, { signal, param });
  } else {
    throw invalidRequest("Image URLs must be http(s) or data: URLs", { param, code: "invalid_image_url" });
  }
  if (bytes.byteLength > config.maxImageBytes) {
    throw invalidRequest(`Image is too large: the limit is ${config.maxImageBytes} bytes`, {
      param,
      code: "image_too_large",
    });
  }
  const mime = sniffImage(bytes);
  if (!mime || !(config.allowedMimeTypes as string[]).includes(mime)) {
    const allowed = config.allowedMimeTypes.map((m) => m.replace("image/", "")).join(", ");
    throw invalidRequest(`Unsupported image type: use ${allowed}`, { param, code: "invalid_image_format" });
  }
  return { bytes, mime };
}

function chooseVisionBackend(state: RouterState, model: string | undefined): Backend {
  const target = resolveModel(model, {
    config: state.config,
    fallbackBackend: state.config.routing.defaultBackend,
  });
  if (target.kind === "alias") {
    const named = state.backends.get(target.backend);
    if (named?.config.inputModalities.includes("image")) return named;
  }
  const name = state.config.vision.backend;
  const backend = name === undefined ? undefined : state.backends.get(name);
  if (!backend) {
    throw invalidRequest(
      "Cannot answer a request with images: no vision backend is configured (set vision.backend)",
      { param: "messages", code: "vision_not_configured" },
    );
  }
  return backend;
}

/**
 * The images to send: all when they are within `max`, else the newest `max`. Chat apps (Reins, Ollama
 * App, Open WebUI) send every earlier photo again with each message, so a chat with more photos than the
 * vision model takes per request would otherwise fail on every later message. Only the last user
 * message's own images over `max` are the client's mistake and a 400.
 */
function chooseImages(images: MediaPart[], { max, messages }: { max: number; messages: Message[] }) {
  if (images.length <= max) return { kept: images, omitted: [] };
  const last = messages.findLastIndex((m) => m.role === "user");
  if (images.filter((part) => part.messageIndex === last).length > max) {
    throw invalidRequest(`Too many images: at most ${max} per request`, {
      param: "messages",
      code: "too_many_images",
    });
  }
  return { kept: images.slice(-max), omitted: images.slice(0, -max) };
}

/**
 * The vision rule: a request with any image part goes to the vision backend, whatever else would
 * decide. Validates each image (user messages only, type by magic bytes, size caps), downloads
 * http(s) images and inlines everything as `data:` URLs; images of earlier turns over the count limit
 * become {@link OMITTED_IMAGE_NOTE}. Undefined for a request without images.
 */
export async function prepareVision(
  request: { model?: string | undefined; messages: Message[] },
  options: { state: RouterState; signal: AbortSignal },
): Promise<VisionRoute | undefined> {
  const { state, signal } = options;
  const parts = detectVision(request.messages);
  if (parts.length === 0) return undefined;
  const backend = chooseVisionBackend(state, request.model);
  const config = state.config.vision;
  const misplaced = parts.find((p) => p.role !== "user");
  if (misplaced) {
    throw invalidRequest(`Images are only allowed in user messages, not in a "${misplaced.role}" message`, {
      param: `messages.${misplaced.messageIndex}.content`,
      code: "invalid_image_role",
    });
  }
  const { kept: images, omitted } = chooseImages(parts.filter((p) => p.kind === "image"), {
    max: config.maxImages,
    messages: request.messages,
  });
  const loaded = await Promise.all(images.map((part) => loadImage(part, { config, signal })));
  const total = loaded.reduce((sum, image) => sum + image.bytes.byteLength, 0);
  if (total > config.maxTotalBytes) {
    throw invalidRequest(`Images are too large together: the limit is ${config.maxTotalBytes} bytes`, {
      param: "messages",
      code: "images_too_large",
    });
  }
  const messages = request.messages.map((m) =>
    Array.isArray(m.content) ? { ...m, content: [...m.content] } : { ...m }
  );
  for (const part of omitted) {
    (messages[part.messageIndex]?.content as unknown[])[part.partIndex] = {
      type: "text",
      text: OMITTED_IMAGE_NOTE,
    };
  }
  images.forEach((part, i) => {
    const { bytes, mime } = loaded[i] as { bytes: Uint8Array; mime: string };
    const content = messages[part.messageIndex]?.content as unknown[];
    const original = content[part.partIndex] as Record<string, unknown>;
    const detail = typeof original.image_url === "object"
      ? (original.image_url as { detail?: string }).detail
      : undefined;
    // Normalised to the chat-completions shape vLLM reads; `input_image` and bare strings included.
    content[part.partIndex] = {
      type: "image_url",
      "image_url": { url: `data:${mime};base64,${toBase64(bytes)}`, ...(detail ? { detail } : {}) },
    };
  });
  const formats = loaded.map((image) => image.mime.replace(/^image\//, ""));
  return {
    backend,
    messages,
    imageCount: images.length,
    imageBytes: total,
    omitted: omitted.length,
    formats,
  };
}
