import type { PcmFormat } from "../audio/wav_header.ts";
import { toPcmSeconds } from "../audio/wav_header.ts";
import { toSimulatedText } from "./whisper_simulator.ts";
import { startWyomingServer, type WyomingServer } from "./wyoming_server.ts";

/** Starts a wyoming-faster-whisper look-alike: PCM in, one `transcript`, then it closes the connection. */
export function startWhisperWyomingSimulator(
  options: { task?: "transcribe" | "translate"; model?: string } = {},
): WyomingServer {
  const task = options.task ?? "transcribe";
  // wyoming-faster-whisper lists the model it was started with (`--model`) in `info`.
  const modelName = options.model ?? "tiny-int8";
  return startWyomingServer(() => {
    let format: PcmFormat = { rate: 16_000, width: 2, channels: 1 };
    let bytes = 0;
    let language: string | undefined;
    return {
      onEvent: async (event, send, close) => {
        if (event.type === "describe") {
          const model = {
            name: modelName,
            languages: ["en", "de"],
            installed: true,
            attribution: { name: "sim", url: "" },
          };
          const asr = [{
            name: "faster-whisper",
            installed: true,
            attribution: { name: "sim", url: "" },
            version: "3.5.0",
            models: [model],
          }];
          await send({
            type: "info",
            data: { asr, tts: [], handle: [], intent: [], wake: [], mic: [], snd: [] },
          });
        } else if (event.type === "transcribe") {
          language = typeof event.data.language === "string" ? event.data.language : undefined;
        } else if (event.type === "audio-start") {
          format = {
            rate: Number(event.data.rate),
            width: Number(event.data.width),
            channels: Number(event.data.channels),
          };
        } else if (event.type === "audio-chunk") {
          bytes += event.payload?.byteLength ?? 0;
        } else if (event.type === "audio-stop") {
          const text = bytes === 0 ? "" : toSimulatedText(toPcmSeconds(bytes, format), task);
          await send({ type: "transcript", data: { text, ...(language ? { language } : {}) } });
          close();
        }
      },
    };
  });
}
