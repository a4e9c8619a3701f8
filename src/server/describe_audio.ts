import type { RouterState } from "../router_state.ts";

/** The audio side of `/health/deep`: ffmpeg and each audio role's probe. */
export async function describeAudio(state: RouterState) {
  const { audio } = state;
  const ffmpeg = await audio.ffmpeg.available();
  const roles = { transcription: audio.transcription, translation: audio.translation, speech: audio.speech };
  const entries = await Promise.all(
    Object.entries(roles).map(async ([role, backend]) => [
      role,
      backend ? { backend: backend.name, kind: backend.kind, probe: await backend.probe() } : null,
    ]),
  );
  return {
    ffmpeg: ffmpeg ? "available" : "missing",
    ...(ffmpeg ? {} : {
      missing:
        "ffmpeg: MP4/AAC uploads, opus/aac/flac speech and speed changes the backend cannot make need " +
        "it (install the ffmpeg package); WAV, mp3, Ogg/Opus, WebM/Opus and FLAC uploads and mp3, wav and pcm " +
        "speech work without it",
    }),
    ...Object.fromEntries(entries),
  };
}
