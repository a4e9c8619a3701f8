import assert from "node:assert/strict";
import { configSchema } from "../src/config/config_schema.ts";
import { createSilentLogger } from "../src/logger.ts";
import { startSupervision } from "../src/supervisor/start_supervision.ts";
import { startTestRouter } from "./test_router.ts";

function buildConfig(supervisor: Record<string, unknown>) {
  return configSchema.parse({
    // Fits the workstation's primary container (port, served name), which startSupervision() checks first.
    backends: {
      primary: { urls: ["http://127.0.0.1:8000/v1"], model: "nemotron-3-nano-30b", container: "primary" },
    },
    supervisor,
  });
}

Deno.test("startSupervision() turns supervision off when the Docker socket is missing, and the router still serves", async () => {
  const dir = await Deno.makeTempDir();
  const config = buildConfig({
    enabled: true,
    profile: "workstation",
    dockerHost: `unix://${dir}/missing.sock`,
  });
  await using supervision = await startSupervision({ config, logger: createSilentLogger() });
  await Deno.remove(dir);
  const health = supervision.describe();
  assert.equal(health.enabled, false);
  assert.match(health.reason ?? "", /No Docker socket at ".*missing\.sock": supervision is off/);

  await using router = await startTestRouter({ supervision });
  const completion = await router.client.chat.completions.create({
    model: "ai-router",
    messages: [{ role: "user", content: "hi" }],
  });
  assert.equal(completion.object, "chat.completion");
  const deep = await fetch(`${router.baseUrl}/health/deep`);
  assert.equal(deep.status, 200);
  const body = await deep.json();
  assert.equal(body.supervision.enabled, false);
  assert.match(body.supervision.reason, /No Docker socket/);
});

Deno.test("startSupervision() stays off unless enabled, and says so", async () => {
  await using supervision = await startSupervision({ config: buildConfig({}), logger: createSilentLogger() });
  assert.deepEqual(supervision.describe(), {
    enabled: false,
    reason: "supervisor.enabled is false: backends are external",
    containers: {},
  });
});

Deno.test("startSupervision() rejects a backend linked to a container the profile lacks", async () => {
  const config = configSchema.parse({
    backends: { primary: { urls: ["http://127.0.0.1:1/v1"], model: "m", container: "nope" } },
    supervisor: { enabled: true, profile: "thor" },
  });
  await assert.rejects(
    startSupervision({ config, logger: createSilentLogger() }),
    /backends\.primary\.container: no container "nope" in the profile/,
  );
});

Deno.test("startSupervision() refuses to serve a backend that does not fit its container, before any engine call", async () => {
  const config = configSchema.parse({
    backends: { primary: { urls: ["http://127.0.0.1:8001/v1"], model: "m", container: "primary" } },
    supervisor: { enabled: true, profile: "workstation", dockerHost: "unix:///nonexistent/engine.sock" },
  });
  await assert.rejects(
    startSupervision({ config, logger: createSilentLogger() }),
    /backends\.primary\.urls\[0\] "http:\/\/127\.0\.0\.1:8001\/v1" uses port 8001, containers\.primary\.port is 8000\n {2}- backends\.primary\.model "m" is not served by containers\.primary \(--served-model-name nemotron-3-nano-30b\)/,
  );
});
