import { Hono } from "hono";
import { answerTranscription } from "./audio_transcriptions.ts";
import type { AppEnv, RouteDeps } from "./route_deps.ts";

/** `POST /v1/audio/translations`: speech in any language to English text. */
export function createTranslationRoutes(deps: RouteDeps): Hono<AppEnv> {
  return new Hono<AppEnv>().post(
    "/audio/translations",
    (c) => answerTranscription(c, { deps, task: "translate" }),
  );
}
