import type { RealtimeSessionCreateRequest } from "./realtime_events.ts";
import type { VadSettings } from "./voice_activity.ts";
import { REALTIME_RATE } from "./pcm16.ts";

/** The function tools a session offers the model (chat-completions shape). */
export interface SessionTool {
  name: string;
  description?: string | undefined;
  parameters?: unknown;
}

/** What a session runs with, read from the API's session object. */
export interface SessionSettings {
  instructions: string;
  audioOut: boolean;
  voice: string;
  speed: number;
  /** Null: turns end only on `input_audio_buffer.commit`. */
  vad: (VadSettings & { createResponse: boolean; interruptResponse: boolean }) | null;
  tools: SessionTool[];
  toolChoice: "auto" | "none" | "required";
}

/** A session.update the translator cannot honour, with the field it names. */
export class SettingsError extends Error {
  constructor(message: string, readonly param: string) {
    super(message);
  }
}

/** The session a client sees in `session.created`: audio in and out as pcm16 at 24 kHz, server VAD. */
export function defaultSession(model: string): RealtimeSessionCreateRequest {
  return {
    type: "realtime",
    model,
    output_modalities: ["audio"],
    instructions: "",
    audio: {
      input: {
        format: { type: "audio/pcm", rate: REALTIME_RATE },
        transcription: { model: "whisper-1" },
        turn_detection: {
          type: "server_vad",
          threshold: 0.5,
          prefix_padding_ms: 300,
          silence_duration_ms: 500,
          create_response: true,
          interrupt_response: true,
        },
      },
      output: { format: { type: "audio/pcm", rate: REALTIME_RATE }, voice: "alloy", speed: 1 },
    },
    tools: [],
    tool_choice: "auto",
  };
}

function checkFormat(format: { type?: string; rate?: number } | undefined, param: string): void {
  if (format === undefined) return;
  if (format.type !== undefined && format.type !== "audio/pcm") {
    throw new SettingsError(`Only audio/pcm (pcm16, 24 kHz, mono) is supported, not ${format.type}`, param);
  }
  if (format.rate !== undefined && format.rate !== REALTIME_RATE) {
    throw new SettingsError(`audio/pcm must be at ${REALTIME_RATE} Hz`, `${param}.rate`);
  }
}

/** Applies a `session.update`: fields it names replace the session's, audio settings one level down. */
export function mergeSession(
  current: RealtimeSessionCreateRequest,
  update: unknown,
): RealtimeSessionCreateRequest {
  if (typeof update !== "object" || update === null) {
    throw new SettingsError("session must be an object", "session");
  }
  const next = { ...current, ...update as RealtimeSessionCreateRequest, type: "realtime" as const };
  const audio = (update as RealtimeSessionCreateRequest).audio;
  next.audio = {
    input: { ...current.audio?.input, ...audio?.input },
    output: { ...current.audio?.output, ...audio?.output },
  };
  checkFormat(next.audio.input?.format, "session.audio.input.format");
  checkFormat(next.audio.output?.format, "session.audio.output.format");
  const detection = next.audio.input?.turn_detection;
  if (detection && detection.type !== "server_vad" && detection.type !== "semantic_vad") {
    throw new SettingsError("turn_detection.type must be server_vad or semantic_vad", "session.audio.input");
  }
  for (const [index, tool] of (next.tools ?? []).entries()) {
    if (tool.type !== undefined && tool.type !== "function" || !tool.name) {
      throw new SettingsError("Only function tools with a name are supported", `session.tools[${index}]`);
    }
  }
  const modalities = next.output_modalities ?? ["audio"];
  if (modalities.length !== 1 || !["audio", "text"].includes(modalities[0] as string)) {
    throw new SettingsError('output_modalities must be ["audio"] or ["text"]', "session.output_modalities");
  }
  return next;
}

/** The settings a session object stands for. */
export function toSettings(session: RealtimeSessionCreateRequest): SessionSettings {
  const output = session.audio?.output;
  const detection = session.audio?.input?.turn_detection;
  const voice = typeof output?.voice === "object" ? output.voice.id : output?.voice ?? "alloy";
  const choice = session.tool_choice;
  return {
    instructions: session.instructions ?? "",
    audioOut: (session.output_modalities ?? ["audio"]).includes("audio"),
    voice,
    speed: output?.speed ?? 1,
    vad: detection
      ? {
        // semantic_vad has no threshold or timings: the server_vad defaults stand in.
        threshold: detection.type === "server_vad" ? detection.threshold ?? 0.5 : 0.5,
        silenceMs: detection.type === "server_vad" ? detection.silence_duration_ms ?? 500 : 500,
        prefixMs: detection.type === "server_vad" ? detection.prefix_padding_ms ?? 300 : 300,
        createResponse: detection.create_response ?? true,
        interruptResponse: detection.interrupt_response ?? true,
      }
      : null,
    tools: (session.tools ?? []).flatMap((tool) =>
      "name" in tool && tool.name
        ? [{ name: tool.name, description: tool.description, parameters: tool.parameters }]
        : []
    ),
    toolChoice: choice === "none" || choice === "required" ? choice : "auto",
  };
}
