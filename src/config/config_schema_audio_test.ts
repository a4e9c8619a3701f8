import { equal, throws } from "node:assert/strict";
import { parseConfig } from "./load_config.ts";

const base = `
backends:
  primary: { urls: ["http://127.0.0.1:8000/v1"], model: m }
`;

Deno.test("configSchema accepts tcp:// for wyoming backends and fills audio and vision defaults", () => {
  const config = parseConfig(
    `${base}  whisper: { kind: wyoming, urls: ["tcp://127.0.0.1:10300"], model: tiny }\n` +
      `  piper: { kind: piper-http, urls: ["http://127.0.0.1:5000"], model: en_US-lessac-medium }\n` +
      `audio: { transcriptionBackend: whisper, speechBackend: piper }\n`,
    "t.yaml",
  );
  equal(config.backends.whisper?.kind, "wyoming");
  equal(config.backends.piper?.piperFlavour, "auto");
  equal(config.audio.maxUploadBytes, 26_214_400);
  equal(config.vision.maxImageBytes, 20_000_000);
  equal(config.vision.allowPrivateUrls, false);
});

Deno.test("configSchema rejects a URL scheme that does not fit the backend kind, and unknown audio backends", () => {
  throws(
    () =>
      parseConfig(`${base}  w: { kind: wyoming, urls: ["http://127.0.0.1:10300"], model: t }\n`, "t.yaml"),
    /backends\.w\.urls\.0: Expected tcp:\/\/host:port/,
  );
  throws(
    () => parseConfig(`${base}  o: { urls: ["tcp://127.0.0.1:1"], model: t }\n`, "t.yaml"),
    /backends\.o\.urls\.0: Expected an http\(s\) URL/,
  );
  throws(
    () => parseConfig(`${base}audio: { speechBackend: nope }\n`, "t.yaml"),
    /audio\.speechBackend: No backend/,
  );
  throws(() => parseConfig(`${base}vision: { backend: nope }\n`, "t.yaml"), /vision\.backend: No backend/);
});
