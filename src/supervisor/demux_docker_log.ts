const decoder = new TextDecoder();

/**
 * Turns a `GET /containers/{id}/logs` body into text. Without a TTY each frame is an 8-byte header
 * `[stream, 0, 0, 0, size (uint32 BE)]` then the payload (docs/decisions.md, "Container engines"); with a TTY the bytes are raw.
 */
export function demuxDockerLog(bytes: Uint8Array): string {
  const framed = bytes.length >= 8 && bytes[0]! <= 2 && bytes[1] === 0 && bytes[2] === 0 && bytes[3] === 0;
  if (!framed) return decoder.decode(bytes);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let text = "";
  let offset = 0;
  while (offset + 8 <= bytes.length) {
    const size = view.getUint32(offset + 4);
    text += decoder.decode(bytes.subarray(offset + 8, offset + 8 + size));
    offset += 8 + size;
  }
  return text;
}
