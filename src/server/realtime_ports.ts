import type { Context } from "hono";
import { chooseVoice } from "../audio/choose_voice.ts";
import { invalidRequest } from "../api_error.ts";
import { answerChatRequest } from "../chat/answer_chat_request.ts";
import { chatRequestSchema } from "../chat/chat_request.ts";
import { resolveClientIp } from "../logs/resolve_client_ip.ts";
import { createSessionRecorder } from "../logs/session_recorder.ts";
import { REALTIME_RATE, resample } from "../realtime/pcm16.ts";
import { newId, type OutgoingEvent } from "../realtime/realtime_events.ts";
import type { SessionPorts } from "../realtime/realtime_session.ts";
import { callWhenReady } from "../supervisor/await_backend_ready.ts";
import type { Users } from "../users/users.ts";
import { parseRequest } from "./parse_request.ts";
import type { AppEnv, RouteDeps } from "./route_deps.ts";

function toSocketAddress(env: unknown): string | null {
  return (env as { remoteAddr?: { hostname?: string } } | undefined)?.remoteAddr?.hostname ?? null;
}

/**
 * A session's way to the box: its events onto the socket, its turns into Whisper, the chat pipeline (one
 * session log entry per turn, `<request id>-<turn>`, with what was heard) and Piper, and the member's voice
 * minutes.
 */
export function createRealtimePorts(
  c: Context<AppEnv>,
  options: { deps: RouteDeps; users: Users; socket: () => WebSocket | undefined },
): SessionPorts {
  const { deps, users, socket } = options;
  const user = c.get("user");
  const requestId = c.get("requestId");
  const config = () => deps.state.current().config;
  const clientIp = resolveClientIp(toSocketAddress(c.env), {
    forwardedFor: c.req.header("x-forwarded-for") ?? null,
    trustedProxies: config().sessionLogs.trustedProxies,
  });
  let turn = 0;
  return {
    model: config().publicModel,
    send: (event: OutgoingEvent) => {
      const open = socket();
      if (open?.readyState === WebSocket.OPEN) {
        open.send(JSON.stringify({ event_id: newId("event"), ...event }));
      }
    },
    transcribe: async (wav, signal) => {
      const backend = deps.state.current().audio.transcription;
      if (!backend) {
        throw invalidRequest("Cannot listen: no transcription backend is configured", {
          code: "audio_not_configured",
        });
      }
      const call = () =>
        backend.transcribe({
          audio: wav as Uint8Array<ArrayBuffer>,
          container: "wav",
          task: "transcribe",
          words: false,
          signal,
          requestId,
        });
      return (await callWhenReady(call, { supervision: deps.supervision, backend: backend.name, signal }))
        .text;
    },
    answer: (body, facts) => {
      const state = deps.state.current();
      const id = `${requestId}-${++turn}`;
      return answerChatRequest({
        deps,
        state,
        classifier: deps.classifier,
        request: parseRequest(chatRequestSchema, body),
        user,
        requestId: id,
        signal: facts.signal,
        taskHeader: null,
        startedAt: performance.now(),
        startRecorder: (messages, userQuery) => {
          const recorder = createSessionRecorder({
            id,
            user: user.id,
            clientIp,
            messages,
            userQuery,
            sinks: deps.sessionSinks,
            logger: deps.logger,
            clock: deps.clock,
          });
          const heard = facts.heard;
          recorder.note(
            heard
              ? `Realtime voice turn: heard ${(heard.audioMs / 1000).toFixed(1)} s of speech, Whisper took ${
                Math.round(heard.transcribeMs)
              } ms`
              : "Realtime turn (typed or a tool's output)",
          );
          return recorder;
        },
      });
    },
    speak: async (text, { voice, speed, signal }) => {
      const state = deps.state.current();
      const backend = state.audio.speech;
      if (!backend) {
        throw invalidRequest("Cannot speak: no speech backend is configured", {
          code: "audio_not_configured",
        });
      }
      const choice = chooseVoice(voice, state.config.audio);
      const call = () => backend.synthesize({ text, voice: choice, speed, signal, requestId });
      const speech = await callWhenReady(call, {
        supervision: deps.supervision,
        backend: backend.name,
        signal,
      });
      deps.metrics.audioBytes.inc({ endpoint: "realtime", direction: "out" }, speech.pcm.byteLength);
      return resample(speech.pcm, { from: speech.format.rate, to: REALTIME_RATE });
    },
    admitAudio: (audioMs) => {
      const limit = config().users.members[user.id]?.limits.voiceMinutesPerDay;
      const now = users.now();
      if (limit !== undefined && users.voice.secondsToday(user.id, now) >= limit * 60) {
        deps.metrics.realtimeRejections.inc({ user: user.id, limit: "voice_minutes" });
        return `Voice limit reached for "${user.id}": ${limit} minutes of speech per day`;
      }
      users.voice.addSeconds(user.id, audioMs / 1000, now);
      deps.metrics.audioBytes.inc({ endpoint: "realtime", direction: "in" }, audioMs * 48);
      return undefined;
    },
    onFirstOutput: (sinceStopMs) => {
      if (sinceStopMs !== undefined) deps.metrics.realtimeTurnLatency.observe(sinceStopMs / 1000);
    },
    onResponseDone: (status) => deps.metrics.realtimeTurns.inc({ user: user.id, status }),
  };
}
