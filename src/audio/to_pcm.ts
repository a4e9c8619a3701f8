import { invalidRequest } from "../api_error.ts";
import { decodeInProcess, toMonoPcm16 } from "./decode_in_process.ts";
import { DECODED_FORMAT, type Ffmpeg } from "./ffmpeg.ts";
import type { AudioContainer } from "./sniff_audio.ts";
import { parseWav, type WavAudio } from "./wav_header.ts";

function toInvalidAudio(error: unknown) {
  return invalidRequest(`Cannot decode the audio file: ${error instanceof Error ? error.message : error}`, {
    param: "file",
    code: "invalid_audio",
  });
}

/**
 * Turns an upload into PCM: a 16-bit PCM WAV is read in TypeScript, mp3, Ogg/Opus, WebM/Opus and FLAC are
 * decoded in the process (so what browsers record works without ffmpeg), and the rest (MP4/AAC, Ogg/Vorbis)
 * goes through ffmpeg to 16 kHz mono. Undecodable input is a 400.
 */
export async function toPcm(
  audio: Uint8Array,
  options: { container: AudioContainer; ffmpeg: Ffmpeg; signal: AbortSignal },
): Promise<WavAudio> {
  const { container, ffmpeg, signal } = options;
  if (container === "wav") {
    try {
      const wav = parseWav(audio);
      if (wav.format.width === 2 && wav.pcm.byteLength > 0) return wav;
    } catch {
      // Not plain PCM (e.g. WAV-wrapped ADPCM): ffmpeg may still read it.
    }
  }
  try {
    const decoded = await decodeInProcess(container, audio);
    if (decoded && decoded.samplesDecoded > 0) {
      return { pcm: toMonoPcm16(decoded, DECODED_FORMAT.rate), format: DECODED_FORMAT };
    }
  } catch (error) {
    // ffmpeg reads some files the small demuxers refuse (laced WebM blocks, chained Ogg); without it, a 400.
    if (!await ffmpeg.available()) throw toInvalidAudio(error);
  }
  if (!await ffmpeg.available()) {
    throw invalidRequest(
      `Cannot decode ${container} audio: ffmpeg is not installed on the router (install the ffmpeg package), ` +
        "send WAV, mp3, Ogg/Opus, WebM/Opus or FLAC",
      { param: "file", code: "unsupported_audio" },
    );
  }
  try {
    const pcm = await ffmpeg.decodeToPcm(audio, signal);
    if (pcm.byteLength === 0) throw new TypeError("no audio samples");
    return { pcm, format: DECODED_FORMAT };
  } catch (error) {
    if (signal.aborted) throw error;
    throw toInvalidAudio(error);
  }
}
