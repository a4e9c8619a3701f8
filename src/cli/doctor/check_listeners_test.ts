import { deepEqual } from "node:assert/strict";
import { configSchema } from "../../config/config_schema.ts";
import { containerProfileSchema } from "../../supervisor/container_spec.ts";
import { listLoopbackPorts } from "./check_listeners.ts";

Deno.test("listLoopbackPorts() names the flag that keeps each local server on loopback", () => {
  const config = configSchema.parse({
    backends: {
      chat: { urls: ["http://127.0.0.1:8013/v1"], model: "m", container: "chat" },
      lan: { urls: ["http://192.168.1.9:8000/v1"], model: "m" },
      cloud: { urls: ["https://api.x.ai/v1"], model: "m", location: "cloud" },
      piper: { kind: "wyoming", urls: ["tcp://127.0.0.1:10200"], model: "v", container: "tts" },
    },
    routing: { defaultBackend: "chat" },
    supervisor: { profile: "thor" },
  });
  const profile = containerProfileSchema.parse({
    device: { name: "d", memoryGib: 8 },
    containers: {
      chat: { kind: "http", image: "x:1", port: 8013, memory: { fixedGib: 1 } },
      tts: {
        kind: "wyoming",
        image: "rhasspy/wyoming-piper:2.4.0",
        cmd: ["--web-server-host", "127.0.0.1"],
        port: 10200,
        memory: { fixedGib: 1 },
      },
    },
  });
  deepEqual(
    [...listLoopbackPorts(config, profile)],
    [
      [8013, "--host 127.0.0.1 in containers.chat.cmd"],
      [10200, "--uri tcp://127.0.0.1:10200 in containers.tts.cmd"],
      [5000, "--web-server-host 127.0.0.1 in containers.tts.cmd"],
    ],
  );
});
