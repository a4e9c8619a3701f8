import type { RouterState } from "../../router_state.ts";
import { type DoctorCheck, fail, ok, skip } from "./doctor_check.ts";

/**
 * Whether the system ffmpeg is there for what the router cannot do inside itself: MP4/AAC uploads (iPhone
 * recordings), opus/aac/flac speech and speed changes the speech backend cannot make. Skipped without audio.
 */
export async function checkFfmpeg(state: RouterState): Promise<DoctorCheck> {
  const head = { family: "speech", target: "ffmpeg", name: "installed" };
  const { audio } = state.config;
  if (!audio.transcriptionBackend && !audio.speechBackend && !audio.translationBackend) {
    return { ...head, ...skip("no audio backend is configured") };
  }
  if (await state.audio.ffmpeg.available()) return { ...head, ...ok(`${audio.ffmpegPath} runs`) };
  return {
    ...head,
    ...fail(
      `${audio.ffmpegPath} does not run: MP4/AAC uploads, opus/aac/flac speech and speed changes fail ` +
        "(WAV, mp3, Ogg/Opus, WebM/Opus, FLAC uploads and mp3/wav/pcm speech still work)",
      "sudo apt-get install ffmpeg (scripts/install.sh does it), or set audio.ffmpegPath; no restart needed",
    ),
  };
}
