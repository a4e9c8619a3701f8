/** A TLS test router with simulated Whisper, model and Piper, for the Realtime tests. */
import { makeTlsFiles } from "../src/cli/run_tls_init.ts";
import { type AudioSetup, type AudioTestRouter, startAudioTestRouter } from "./audio_upstreams.ts";
import type { TestRouterOptions } from "./test_router.ts";

/** The answer the simulated model speaks: three sentences, so speech starts before the text is done. */
export const ANSWER = "The box heard you clearly. It answers in three short sentences. This is the last one.";

/** A realtime test router and the CA that signed its certificate. */
export interface RealtimeRouter extends AudioTestRouter {
  caCert: string;
}

/** Starts Wyoming Whisper and Piper simulators and a router serving HTTPS with a certificate from a test CA. */
export async function startRealtimeRouter(
  options: {
    routerOptions?: TestRouterOptions;
    audio?: AudioSetup;
    /** More lines under `realtime:` (indented by two spaces). */
    realtimeYaml?: string;
  } = {},
): Promise<RealtimeRouter> {
  // The CA and certificate come from `ai-router tls init`'s own code, made afresh for each test.
  const dir = await Deno.makeTempDir({ prefix: "ai-router-tls-" });
  const files = await makeTlsFiles({ dir: `${dir}/tls`, ips: ["127.0.0.1"] });
  const caCert = await Deno.readTextFile(files.caCert);
  const tls = { cert: await Deno.readTextFile(files.cert), key: await Deno.readTextFile(files.key), caCert };
  await Deno.remove(dir, { recursive: true });
  const reply = () => ANSWER;
  const routerOptions = options.routerOptions ?? {};
  const audio = await startAudioTestRouter({
    whisper: "wyoming",
    piper: "wyoming",
    ...options.audio,
    routerOptions: {
      ...routerOptions,
      extraYaml: `realtime:\n  enabled: true\n${options.realtimeYaml ?? ""}\n${
        routerOptions.extraYaml ?? ""
      }`,
      tls,
      behaviour: {
        ...routerOptions.behaviour,
        primary: { reply, interTokenMs: 5, ...routerOptions.behaviour?.primary },
        cloud: { reply, interTokenMs: 5, ...routerOptions.behaviour?.cloud },
      },
    },
  });
  return Object.assign(audio, { caCert });
}
