/** The PCM layout of a WAV file or a Wyoming audio stream. */
export interface PcmFormat {
  rate: number;
  /** Bytes per sample: 2 = s16le. */
  width: number;
  channels: number;
}

/** A parsed WAV: its format and the PCM bytes of its `data` chunk. */
export interface WavAudio {
  format: PcmFormat;
  pcm: Uint8Array;
}

const STREAMED_SIZE = 0xffffffff;

/** A 44-byte RIFF header for s16le PCM; `dataBytes` undefined gives the streamed `0xFFFFFFFF` sizes. */
export function toWavHeader(format: PcmFormat, dataBytes?: number): Uint8Array {
  const header = new Uint8Array(44);
  const view = new DataView(header.buffer);
  const ascii = (offset: number, text: string) => {
    for (let i = 0; i < text.length; i++) header[offset + i] = text.charCodeAt(i);
  };
  ascii(0, "RIFF");
  view.setUint32(4, dataBytes === undefined ? STREAMED_SIZE : 36 + dataBytes, true);
  ascii(8, "WAVE");
  ascii(12, "fmt ");
  view.setUint32(16, 16, true);
  view.setUint16(20, 1, true);
  view.setUint16(22, format.channels, true);
  view.setUint32(24, format.rate, true);
  view.setUint32(28, format.rate * format.width * format.channels, true);
  view.setUint16(32, format.width * format.channels, true);
  view.setUint16(34, format.width * 8, true);
  ascii(36, "data");
  view.setUint32(40, dataBytes ?? STREAMED_SIZE, true);
  return header;
}

/** Wraps PCM in a complete WAV file. */
export function toWav(format: PcmFormat, pcm: Uint8Array): Uint8Array<ArrayBuffer> {
  const wav = new Uint8Array(44 + pcm.byteLength);
  wav.set(toWavHeader(format, pcm.byteLength));
  wav.set(pcm, 44);
  return wav;
}

/**
 * Reads an integer-PCM WAV (format 1, or extensible with a PCM subformat), walking the chunks. Streamed
 * sizes (`0xFFFFFFFF`, Piper and ffmpeg pipes) mean "to the end of the file". Throws `TypeError` otherwise.
 */
export function parseWav(bytes: Uint8Array): WavAudio {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tag = (offset: number) => String.fromCharCode(...bytes.subarray(offset, offset + 4));
  if (bytes.length < 12 || tag(0) !== "RIFF" || tag(8) !== "WAVE") {
    throw new TypeError("Not a RIFF WAVE file");
  }
  let format: PcmFormat | undefined;
  let offset = 12;
  while (offset + 8 <= bytes.length) {
    const id = tag(offset);
    const size = view.getUint32(offset + 4, true);
    const body = offset + 8;
    if (id === "fmt ") {
      const audioFormat = view.getUint16(body, true);
      if (audioFormat !== 1 && audioFormat !== 0xfffe) throw new TypeError("WAV is not integer PCM");
      format = {
        channels: view.getUint16(body + 2, true),
        rate: view.getUint32(body + 4, true),
        width: view.getUint16(body + 14, true) / 8,
      };
    } else if (id === "data") {
      if (!format) throw new TypeError("WAV data chunk comes before its fmt chunk");
      const end = size === STREAMED_SIZE ? bytes.length : Math.min(bytes.length, body + size);
      return { format, pcm: bytes.subarray(body, end) };
    }
    offset = body + size + (size % 2);
  }
  throw new TypeError("WAV has no data chunk");
}

/** Seconds of audio in `bytes` of PCM. */
export function toPcmSeconds(bytes: number, format: PcmFormat): number {
  return bytes / (format.rate * format.width * format.channels);
}
