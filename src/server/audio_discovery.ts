import { Hono } from "hono";
import type { AppEnv, RouteDeps } from "./route_deps.ts";

/** `GET /v1/audio/models` and `/v1/audio/voices`: Open WebUI's discovery, sent without a key. */
export function createAudioDiscoveryRoutes(deps: RouteDeps): Hono<AppEnv> {
  return new Hono<AppEnv>()
    .get("/audio/models", (c) => {
      const models = deps.state.current().config.audio.models.map((id) => ({ id, name: id }));
      return c.json({ object: "list", data: models.map((m) => ({ ...m, object: "model" })), models });
    })
    .get("/audio/voices", async (c) => {
      const { config, audio } = deps.state.current();
      const ids = new Set(Object.keys(config.audio.voices));
      if (config.audio.defaultVoice) ids.add(config.audio.defaultVoice);
      const listed = await audio.speech?.listVoices(c.req.raw.signal).catch((error) => {
        deps.logger.debug("Cannot list voices", { backend: audio.speech?.name, error });
        return [];
      }) ?? [];
      for (const id of listed) ids.add(id);
      return c.json({ voices: [...ids].map((id) => ({ id, name: id })) });
    });
}
