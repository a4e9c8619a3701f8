import { deepEqual } from "node:assert/strict";
import { parseConfig } from "../config/load_config.ts";
import { chooseListenHost } from "./choose_listen_host.ts";
import { createKeyRing, toKeyHash } from "./key_ring.ts";

const BASE = `backends: { primary: { urls: ["http://127.0.0.1:1/v1"], model: m } }\n`;

Deno.test("chooseListenHost() keeps the router on loopback when no keys are configured", () => {
  const config = parseConfig(BASE, "t.yaml");
  deepEqual(chooseListenHost("0.0.0.0", { config, ring: createKeyRing(config.users, () => undefined) }), {
    hostname: "127.0.0.1",
    restricted: true,
  });
});

Deno.test("chooseListenHost() opens the configured host with keys or when explicitly allowed", () => {
  const withKeys = parseConfig(`${BASE}users: { members: { ann: { key: "${toKeyHash("k")}" } } }`, "t.yaml");
  deepEqual(
    chooseListenHost("0.0.0.0", { config: withKeys, ring: createKeyRing(withKeys.users, () => undefined) }),
    {
      hostname: "0.0.0.0",
      restricted: false,
    },
  );
  const opened = parseConfig(`${BASE}server: { allowOpenWithoutKeys: true }`, "t.yaml");
  deepEqual(
    chooseListenHost("::", { config: opened, ring: createKeyRing(opened.users, () => undefined) }).hostname,
    "::",
  );
});

Deno.test("createKeyRing() hashes keys from secrets and finds their owner", () => {
  const config = parseConfig(
    `${BASE}users: { members: { ann: { key: ANN_KEY }, bo: { key: BO_KEY } } }`,
    "t.yaml",
  );
  const ring = createKeyRing(config.users, (name) => name === "ANN_KEY" ? "secret-ann" : undefined);
  deepEqual([ring.identify("secret-ann"), ring.identify("secret-an"), ring.missingSecrets], [
    "ann",
    undefined,
    ["bo"],
  ]);
});
