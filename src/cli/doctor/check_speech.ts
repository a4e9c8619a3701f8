import { findSpeakerCollision } from "../../config/find_speaker_collision.ts";
import { toWav } from "../../audio/wav_header.ts";
import { describeWyoming } from "../../backends/wyoming_client.ts";
import { readSpeakerNames } from "../../backends/wyoming_audio_backend.ts";
import type { BackendConfig } from "../../config/backend_schema.ts";
import type { RouterState } from "../../router_state.ts";
import {
  type DoctorCheck,
  fail,
  ok,
  type ProbeContext,
  runCheck,
  skip,
  toProbeSignal,
} from "./doctor_check.ts";
import { checkHttpAudio } from "./check_http_audio.ts";
import { toContainerKey } from "./where_to_change.ts";

type Info = Record<string, unknown>;
type Program = {
  name?: unknown;
  version?: unknown;
  models?: Array<{ name?: unknown }>;
  voices?: Array<{ name?: unknown }>;
};

/** Wyoming `describe` per speech backend, the speech round trip, and the HTTP audio servers. */
export async function checkSpeech(state: RouterState, context: ProbeContext): Promise<DoctorCheck[]> {
  const { audio, backends } = state.config;
  const roles = [audio.transcriptionBackend, audio.translationBackend, audio.speechBackend];
  const names = [...new Set(roles.filter((n): n is string => n !== undefined))];
  const checks = names.map((name) => {
    const backend = backends[name]!;
    const head = { family: "speech", target: name, name: "describe" };
    const unreachable = `start the server of backends.${name} (${
      backend.urls[0]
    }) or fix backends.${name}.urls`;
    if (backend.kind !== "wyoming") return checkHttpAudio(state, { name, context });
    return runCheck(head, {
      probe: () => checkDescribe(state, { name, backend, context }),
      onError: unreachable,
    }).then((c) => [c]);
  });
  const roundTrip = runCheck({
    family: "speech",
    target: audio.speechBackend ?? "speech",
    name: "round trip",
  }, {
    probe: () => checkRoundTrip(state, context),
    onError: `check audio.speechBackend and audio.transcriptionBackend answer (see the lines above)`,
  });
  return [...(await Promise.all(checks)).flat(), await roundTrip];
}

async function checkDescribe(
  state: RouterState,
  { name, backend, context }: { name: string; backend: BackendConfig; context: ProbeContext },
) {
  const info = await describeWyoming(backend.urls[0]!, {
    signal: toProbeSignal(context),
    timeoutMs: context.probeTimeoutMs,
  });
  const speaks = name === state.config.audio.speechBackend;
  return speaks ? checkVoices(state, { name, info }) : checkAsrModel(state, { name, info });
}

function checkAsrModel(state: RouterState, { name, info }: { name: string; info: Info }) {
  const programs = (Array.isArray(info.asr) ? info.asr : []) as Program[];
  const models = programs.flatMap((p) => (p.models ?? []).map((m) => String(m.name)));
  const { model } = state.config.backends[name]!;
  const version = programs.map((p) => `${p.name} ${p.version ?? "?"}`).join(", ");
  if (models.includes(model)) return ok(`${version} serves "${model}"`);
  return fail(
    `${version || "no ASR program"} lists ${models.join(", ") || "no model"}, not "${model}"`,
    `set backends.${name}.model to "${models[0] ?? "?"}" or --model ${model} in ${
      toContainerKey(state.config, { backend: name, field: "cmd" })
    }`,
  );
}

function checkVoices(state: RouterState, { name, info }: { name: string; info: Info }) {
  const programs = (Array.isArray(info.tts) ? info.tts : []) as Program[];
  const listed = new Set(programs.flatMap((p) => (p.voices ?? []).map((v) => String(v.name))));
  const { audio } = state.config;
  const wanted: Array<[string, string]> = [[`backends.${name}.model`, state.config.backends[name]!.model]];
  if (audio.defaultVoice) wanted.push(["audio.defaultVoice", audio.defaultVoice]);
  for (const [openAi, v] of Object.entries(audio.voices)) {
    wanted.push([`audio.voices.${openAi}.voice`, v.voice]);
  }
  const missing = wanted.filter(([, voice]) => !listed.has(voice));
  const version = programs.map((p) => `${p.name} ${p.version ?? "?"}`).join(", ") || "no TTS program";
  if (missing.length > 0) {
    return fail(
      `${version} does not list ${missing.map(([key, voice]) => `${voice} (${key})`).join(", ")}`,
      `use a voice id the server lists (wyoming-piper: voices.json) in ${
        missing.map(([key]) => key).join(", ")
      }`,
    );
  }
  const speakers = readSpeakerNames(info);
  for (const [openAi, { voice, speaker }] of Object.entries(audio.voices)) {
    const names = speakers.get(voice);
    if (speaker === undefined || !names) continue;
    if (typeof speaker === "string" && !names.includes(speaker)) {
      return fail(
        `"${voice}" has no speaker "${speaker}"`,
        `set audio.voices.${openAi}.speaker to a listed name`,
      );
    }
    const collision = typeof speaker === "number"
      ? findSpeakerCollision(voice, speaker, { speakerNames: names })
      : undefined;
    if (collision) {
      return fail(
        `speaker ${speaker} of "${voice}" names speaker id ${collision.namedId}`,
        `set audio.voices.${openAi}.speaker to "${collision.nameOfId ?? "?"}" (the name of id ${speaker})`,
      );
    }
  }
  return ok(`${version} lists the ${wanted.length} configured voices`);
}

async function checkRoundTrip(state: RouterState, context: ProbeContext) {
  const { speech, transcription } = state.audio;
  if (!speech || !transcription) return skip("needs audio.speechBackend and audio.transcriptionBackend");
  const signal = toProbeSignal(context);
  const voice = state.config.audio.defaultVoice ?? state.config.backends[speech.name]!.model;
  const spoken = await speech.synthesize({
    text: "Testing one two three.",
    voice: { name: voice },
    speed: 1,
    signal,
    requestId: "doctor-tts",
  });
  const seconds = spoken.pcm.byteLength / (spoken.format.rate * spoken.format.width * spoken.format.channels);
  const transcript = await transcription.transcribe({
    audio: toWav(spoken.format, spoken.pcm),
    container: "wav",
    task: "transcribe",
    words: false,
    signal,
    requestId: "doctor-asr",
  });
  if (!transcript.text.trim()) {
    return fail(
      `${seconds.toFixed(1)} s of "${voice}" came back as no text`,
      `check the Whisper model (backends.${transcription.name}.model)`,
    );
  }
  return ok(`${seconds.toFixed(1)} s of "${voice}" transcribed as "${transcript.text.slice(0, 60)}"`);
}
