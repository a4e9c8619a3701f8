import { invalidRequest } from "../api_error.ts";
import { DECODED_FORMAT, type Ffmpeg } from "./ffmpeg.ts";
import type { AudioContainer } from "./sniff_audio.ts";
import { parseWav, type WavAudio } from "./wav_header.ts";

/**
 * Turns an upload into PCM: a 16-bit PCM WAV is read in TypeScript (so WAV works without ffmpeg),
 * anything else goes through ffmpeg to 16 kHz mono. Undecodable input is a 400.
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
  if (!await ffmpeg.available()) {
    throw invalidRequest(
      `Cannot decode ${container} audio: ffmpeg is not installed on the router, send 16-bit PCM WAV`,
      "file",
      "unsupported_audio",
    );
  }
  try {
    const pcm = await ffmpeg.decodeToPcm(audio, signal);
    if (pcm.byteLength === 0) throw new TypeError("no audio samples");
    return { pcm, format: DECODED_FORMAT };
  } catch (error) {
    if (signal.aborted) throw error;
    throw invalidRequest(
      `Cannot decode the audio file: ${error instanceof Error ? error.message : error}`,
      "file",
      "invalid_audio",
    );
  }
}
