/**
 * The supervisor converges from whatever state engine faults leave behind, against a real dockerd with a
 * fault-injecting proxy on its socket (`engine_fault_proxy.ts`): an inspect answering 500 during a cold
 * start, and an engine that is late at boot with the single-box `supervisor.dockerHost`. Skipped without
 * root/dockerd.
 */
import assert from "node:assert/strict";
import { configSchema } from "../src/config/config_schema.ts";
import { createSilentLogger } from "../src/logger.ts";
import { startSupervision } from "../src/supervisor/start_supervision.ts";
import { canRunDocker, findFreePort, startDockerEngine } from "./docker_engine.ts";
import { type EngineFaultProxy, startEngineFaultProxy } from "./engine_fault_proxy.ts";
import {
  buildProfile,
  describeContainer,
  removeByPrefix,
  startTestSupervisor,
  waitFor,
} from "./test_supervisor.ts";

/** `GET /containers/{id}/json`, not the list `GET /containers/json`. */
const INSPECT = { method: "GET", path: /^\/containers\/[^/]+\/json$/ };

/** httpd answers only after `seconds`: the supervisor's first probes fail and it asks the engine instead. */
function slowHttpd(seconds: number): string[] {
  return ["sh", "-c", `sleep ${seconds}; exec httpd -f -p 127.0.0.1:$PORT -h /www`];
}

function buildConfig(supervisor: Record<string, unknown>, port: number) {
  return configSchema.parse({
    backends: { primary: { urls: [`http://127.0.0.1:${port}/v1`], model: "test", container: "web" } },
    supervisor: {
      enabled: true,
      namePrefix: "late-",
      reconcileMs: 200,
      probeIntervalMs: 50,
      probeTimeoutMs: 500,
      backoff: { initialMs: 100, maxMs: 400 },
      ...supervisor,
    },
  });
}

Deno.test({
  name: "Supervisor recovers from engine faults on a real dockerd",
  ignore: !canRunDocker(),
  sanitizeOps: false,
  fn: async (t) => {
    await using engine = await startDockerEngine();
    await engine.buildTestImage();

    await t.step(
      "an inspect answering 500 during a cold start: the container is ready once its health answers",
      async () => {
        await using proxy = await startEngineFaultProxy({ target: engine.socketPath });
        proxy.failNext(INSPECT, { count: 1 });
        await using supervisor = await startTestSupervisor({
          engine,
          dockerHost: proxy.dockerHost,
          prefix: "hiccup-",
          profile: buildProfile({ web: { port: findFreePort(), cmd: slowHttpd(1) } }),
          config: { startTimeoutMs: 120_000 },
        });
        await waitFor("the injected inspect failure", () => proxy.pendingFaults() === 0);
        await waitFor("web ready", () => describeContainer(supervisor, "web").state === "ready", {
          timeoutMs: 30_000,
        })
          .catch((error) => {
            throw new Error(`${error.message}: ${JSON.stringify(describeContainer(supervisor, "web"))}`);
          });
        assert.equal(describeContainer(supervisor, "web").restarts, 0);
        await removeByPrefix(engine, "hiccup-");
      },
    );

    await t.step(
      "a start that never answers fails after startTimeoutMs, even after an engine error",
      async () => {
        await using proxy = await startEngineFaultProxy({ target: engine.socketPath });
        proxy.failNext(INSPECT, { count: 1 });
        await using supervisor = await startTestSupervisor({
          engine,
          dockerHost: proxy.dockerHost,
          prefix: "notready-",
          profile: buildProfile({ web: { port: findFreePort(), healthPath: "/never-ready" } }),
          config: { startTimeoutMs: 1_000, backoff: { initialMs: 60_000, maxMs: 60_000 } },
        });
        await waitFor("the injected inspect failure", () => proxy.pendingFaults() === 0);
        await waitFor(
          "web in backoff",
          () => describeContainer(supervisor, "web").state === "backoff",
          { timeoutMs: 30_000 },
        )
          .catch((error) => {
            throw new Error(`${error.message}: ${JSON.stringify(describeContainer(supervisor, "web"))}`);
          });
        assert.match(
          describeContainer(supervisor, "web").lastError ?? "",
          /^Not ready after 1 s: health answered 404/,
        );
        await removeByPrefix(engine, "notready-");
      },
    );

    await t.step(
      "supervisor.dockerHost whose socket appears after the router started: supervision picks it up",
      async () => {
        const dir = await Deno.makeTempDir();
        const socketPath = `${dir}/late.sock`;
        const port = findFreePort();
        let proxy: EngineFaultProxy | undefined;
        try {
          await using supervision = await startSupervision({
            config: buildConfig({ dockerHost: `unix://${socketPath}` }, port),
            profile: buildProfile({ web: { port } }),
            logger: createSilentLogger(),
          });
          // No engine yet: supervision says why, and the router treats the backend as external meanwhile.
          assert.equal(supervision.describe().enabled, false);
          assert.match(supervision.describe().reason ?? "", /No Docker socket at ".*late\.sock"/);
          assert.equal(supervision.isReady("primary"), true);
          proxy = await startEngineFaultProxy({ target: engine.socketPath, socketPath });
          await waitFor("web ready", () => {
            const web = supervision.describe().containers.web as { state: string } | undefined;
            return supervision.describe().enabled && web?.state === "ready";
          }).catch((error) => {
            throw new Error(`${error.message}: ${JSON.stringify(supervision.describe())}`);
          });
          assert.equal(supervision.isReady("primary"), true);
          await removeByPrefix(engine, "late-");
        } finally {
          // After the supervision: its event stream through the proxy ends first.
          await proxy?.[Symbol.asyncDispose]();
          await Deno.remove(dir, { recursive: true });
        }
      },
    );

    await t.step(
      "supervisor.dockerHost whose engine answers errors at first (still booting): supervision picks it up",
      async () => {
        await using proxy = await startEngineFaultProxy({ target: engine.socketPath });
        proxy.failNext({ path: /./ }, { count: 6, status: 500 });
        const port = findFreePort();
        await using supervision = await startSupervision({
          config: buildConfig({ dockerHost: proxy.dockerHost }, port),
          profile: buildProfile({ web: { port } }),
          logger: createSilentLogger(),
        });
        await waitFor("web ready", () => {
          const web = supervision.describe().containers.web as { state: string } | undefined;
          return supervision.describe().enabled && web?.state === "ready";
        }).catch((error) => {
          throw new Error(`${error.message}: ${JSON.stringify(supervision.describe())}`);
        });
        assert.equal(proxy.pendingFaults(), 0);
        await removeByPrefix(engine, "late-");
      },
    );
  },
});
