/** Audio containers the router recognises by their first bytes. */
export type AudioContainer = "mp3" | "aac" | "wav" | "ogg" | "webm" | "mp4" | "flac";

function startsWith(bytes: Uint8Array, ascii: string, { offset = 0 } = {}): boolean {
  if (bytes.length < offset + ascii.length) return false;
  for (let i = 0; i < ascii.length; i++) {
    if (bytes[offset + i] !== ascii.charCodeAt(i)) return false;
  }
  return true;
}

/**
 * Names the container from magic bytes, never from a file name or part type (clients mislabel: Open
 * WebUI's call overlay names WebM/Opus `recording.wav`). Undefined when it is no known audio.
 */
export function sniffAudio(bytes: Uint8Array): AudioContainer | undefined {
  if (startsWith(bytes, "RIFF") && startsWith(bytes, "WAVE", { offset: 8 })) return "wav";
  if (startsWith(bytes, "OggS")) return "ogg";
  if (startsWith(bytes, "fLaC")) return "flac";
  if (startsWith(bytes, "ftyp", { offset: 4 })) return "mp4";
  if (startsWith(bytes, "ID3")) return "mp3";
  const [b0, b1, b2, b3] = bytes;
  if (b0 === 0x1a && b1 === 0x45 && b2 === 0xdf && b3 === 0xa3) return "webm";
  if (b0 === 0xff && b1 !== undefined && (b1 & 0xe0) === 0xe0) {
    // MPEG frame sync: layer bits 00 mean ADTS (AAC), anything else an MPEG audio layer.
    return (b1 & 0x06) === 0 ? "aac" : "mp3";
  }
  return undefined;
}
