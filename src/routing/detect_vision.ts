/** One image (or video) part found in a chat request, with where it sits. */
export interface MediaPart {
  messageIndex: number;
  partIndex: number;
  role: string;
  kind: "image" | "video";
  /** The URL as sent: `data:…`, `http(s)://…` or anything else (rejected later). */
  url: string;
}

type Message = { role: string; content?: unknown };

/** The URL inside an `image_url` / `input_image` / `video_url` part, whichever shape the client used. */
function toPartUrl(part: Record<string, unknown>): string {
  const value = part.type === "video_url" ? part.video_url : part.image_url;
  if (typeof value === "string") return value;
  if (typeof value === "object" && value !== null && typeof (value as { url?: unknown }).url === "string") {
    return (value as { url: string }).url;
  }
  return "";
}

/**
 * Finds every image and video part in the whole history (earlier turns count), whatever the role, so
 * the caller can route to the vision backend and reject images outside user messages. Pure.
 */
export function detectVision(messages: readonly Message[]): MediaPart[] {
  const found: MediaPart[] = [];
  messages.forEach((message, messageIndex) => {
    if (!Array.isArray(message.content)) return;
    message.content.forEach((part: unknown, partIndex) => {
      if (typeof part !== "object" || part === null) return;
      const type = (part as { type?: unknown }).type;
      if (type !== "image_url" && type !== "input_image" && type !== "video_url") return;
      found.push({
        messageIndex,
        partIndex,
        role: message.role,
        kind: type === "video_url" ? "video" : "image",
        url: toPartUrl(part as Record<string, unknown>),
      });
    });
  });
  return found;
}

/** Image types vLLM's vision models take, by magic bytes. */
export function sniffImage(bytes: Uint8Array): string | undefined {
  const ascii = (offset: number, text: string) =>
    [...text].every((char, i) => bytes[offset + i] === char.charCodeAt(0));
  if (bytes[0] === 0x89 && ascii(1, "PNG\r\n\x1a\n")) return "image/png";
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return "image/jpeg";
  if (ascii(0, "GIF87a") || ascii(0, "GIF89a")) return "image/gif";
  if (ascii(0, "RIFF") && ascii(8, "WEBP")) return "image/webp";
  return undefined;
}
