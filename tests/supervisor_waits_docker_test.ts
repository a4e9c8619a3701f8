/**
 * Requests that wait for supervised containers, against a real dockerd (private socket) and the offline
 * busybox image whose CGI answers chat: a container in backoff answers at once with its reason, swaps under
 * steady pressure lose nothing and keep arrival order, and SIGTERM to the real `serve` answers the requests
 * waiting for a cold start. Skipped without root/dockerd.
 */
import assert from "node:assert/strict";
import { Registry } from "prom-client";
import { supervisorSchema } from "../src/config/supervisor_schema.ts";
import { createSilentLogger } from "../src/logger.ts";
import { createMetrics } from "../src/metrics/create_metrics.ts";
import { containerProfileSchema } from "../src/supervisor/container_spec.ts";
import { connectDocker } from "../src/supervisor/connect_docker.ts";
import { Supervisor } from "../src/supervisor/supervisor.ts";
import {
  canRunDocker,
  type DockerEngine,
  findFreePort,
  startDockerEngine,
  TEST_IMAGE,
} from "./docker_engine.ts";
import { startCli } from "./run_cli.ts";
import { startTestRouter, type TestRouter } from "./test_router.ts";

interface TestContainer {
  port: number;
  image?: string;
  env?: Record<string, string>;
  swapGroup?: string;
  idleTimeoutMs?: number;
  healthPath?: string;
}

/** The profile as plain data (the real `serve` reads it as YAML; JSON is YAML). */
function toProfile(containers: Record<string, TestContainer>) {
  return {
    device: { name: "test box", memoryGib: 8, gpuAccess: "none" },
    containers: Object.fromEntries(
      Object.entries(containers).map(([name, c]) => [name, {
        kind: "http",
        image: c.image ?? TEST_IMAGE,
        env: { PORT: String(c.port), MODEL: name, ...c.env },
        port: c.port,
        healthPath: c.healthPath ?? "/health.json",
        // A stop sends SIGTERM (the container's init passes it to httpd), SIGKILL after this long.
        stopTimeoutSeconds: 1,
        memory: { fixedGib: 1 },
        ...(c.swapGroup ? { swapGroup: c.swapGroup } : {}),
        ...(c.idleTimeoutMs ? { idleTimeoutMs: c.idleTimeoutMs } : {}),
      }]),
    ),
  };
}

/** YAML for the router's `backends`, one per container, each reached through the image's chat CGI. */
function toBackendsYaml(containers: Record<string, TestContainer>): string {
  return Object.entries(containers).map(([name, c]) =>
    `  ${name}:\n    urls: ["http://127.0.0.1:${c.port}/cgi-bin/v1"]\n    model: ${name}\n` +
    `    aliases: [${name}]\n    timeouts: { firstByteMs: 5000, idleMs: 5000 }\n`
  ).join("");
}

/** A real Supervisor for `containers` (backend name = container name) and a router whose backends they are. */
async function startSupervisedRouter(
  engine: DockerEngine,
  options: { prefix: string; containers: Record<string, TestContainer>; config?: Record<string, unknown> },
): Promise<{ router: TestRouter; supervisor: Supervisor } & AsyncDisposable> {
  const names = Object.keys(options.containers);
  // The router comes second (it needs the supervisor); the supervisor asks it for open requests.
  const wired: { router?: TestRouter } = {};
  const supervisor = new Supervisor({
    runtime: await connectDocker(engine.dockerHost),
    profile: containerProfileSchema.parse(toProfile(options.containers)),
    config: supervisorSchema.parse({
      enabled: true,
      namePrefix: options.prefix,
      reconcileMs: 200,
      probeIntervalMs: 50,
      probeTimeoutMs: 500,
      unhealthyAfter: 2,
      backoff: { initialMs: 2_000, maxMs: 8_000 },
      ...options.config,
    }),
    backendContainers: Object.fromEntries(names.map((name) => [name, name])),
    logger: createSilentLogger(),
    metrics: createMetrics(new Registry()),
    // As assembleRouter wires it: a swap lets the running member's open answers finish.
    inFlight: (backend) => wired.router?.state.current().backends.get(backend)?.stats().inFlight ?? 0,
  });
  await supervisor.start();
  const started = wired.router = await startTestRouter({
    supervision: supervisor,
    extraBackendsYaml: toBackendsYaml(options.containers),
  });
  return {
    router: started,
    supervisor,
    [Symbol.asyncDispose]: async () => {
      await started[Symbol.asyncDispose]();
      await supervisor.stop();
    },
  };
}

interface Answer {
  status: number;
  headers: Headers;
  // deno-lint-ignore no-explicit-any
  body: any;
}

async function ask(baseUrl: string, model: string): Promise<Answer> {
  const response = await fetch(`${baseUrl}/v1/chat/completions`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ model, messages: [{ role: "user", content: "hi" }] }),
  });
  return { status: response.status, headers: response.headers, body: await response.json() };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function removeByPrefix(engine: DockerEngine, prefix: string): Promise<void> {
  const list = await (await engine.request("GET", "/containers/json?all=1")).json() as Array<
    { Id: string; Names: string[] }
  >;
  for (const c of list.filter((c) => c.Names.some((n) => n.startsWith(`/${prefix}`)))) {
    await (await engine.request("DELETE", `/containers/${c.Id}?force=1`)).body?.cancel();
  }
}

async function isRunning(engine: DockerEngine, name: string): Promise<boolean> {
  const response = await engine.request("GET", `/containers/${name}/json`);
  if (!response.ok) {
    await response.body?.cancel();
    return false;
  }
  return ((await response.json()) as { State: { Running: boolean } }).State.Running;
}

Deno.test({
  name: "Requests waiting for supervised containers on a real dockerd",
  ignore: !canRunDocker(),
  sanitizeOps: false,
  fn: async (t) => {
    await using engine = await startDockerEngine();
    await engine.buildTestImage();

    await t.step(
      "a container in backoff answers at once with the reason, the image and Retry-After",
      async () => {
        const outside = "backoff-clash";
        const created = await engine.request("POST", `/containers/create?name=${outside}`, {
          body: {
            Image: TEST_IMAGE,
            Labels: {},
          },
        });
        assert.equal(created.status, 201, await created.text());
        await using world = await startSupervisedRouter(engine, {
          prefix: "backoff-",
          containers: {
            // No registry: the pull fails. A port httpd cannot bind: it exits at once. A name taken outside.
            missing: { port: findFreePort(), image: "localhost/router-test-missing:1" },
            crash: { port: findFreePort(), env: { PORT: "no-port" } },
            clash: { port: findFreePort() },
          },
          // Before, a request waited this long and then heard only "is backoff after 30 s".
          // A long backoff: the second request surely finds the container still in it, even on a loaded box.
          config: { coldStartMs: 30_000, backoff: { initialMs: 10_000, maxMs: 20_000 } },
        });
        const { baseUrl } = world.router;
        const expected: Record<string, RegExp> = {
          missing: /image "localhost\/router-test-missing:1"\) failed once: Cannot start container: .*pull/i,
          crash: /image "localhost\/router-test-http:latest"\) failed once: Container exited/,
          clash:
            /image "localhost\/router-test-http:latest"\) failed once: Cannot start container: .*(already in use|Conflict)/i,
        };
        for (const [name, reason] of Object.entries(expected)) {
          const answer = await ask(baseUrl, name);
          assert.equal(answer.status, 503, JSON.stringify(answer.body));
          assert.equal(answer.body.error.code, "backend_unavailable");
          assert.match(
            answer.body.error.message,
            new RegExp(`^Cannot start backend "${name}": container "backoff-${name}" \\(`),
          );
          assert.match(answer.body.error.message, reason);
          assert.match(answer.body.error.message, /next attempt in \d+ s/);
          assert.match(answer.headers.get("retry-after") ?? "", /^[1-9]\d*$/);
          // A second request during the backoff does not wait for it either: same answer, no stream wait.
          const stream = await fetch(`${baseUrl}/v1/chat/completions`, {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: JSON.stringify({ model: name, stream: true, messages: [{ role: "user", content: "hi" }] }),
          });
          const body = await stream.json();
          assert.equal(stream.status, 503, JSON.stringify(body));
          assert.match(body.error.message, reason);
        }
        await removeByPrefix(engine, "backoff-");
      },
    );

    await t.step(
      "swaps under steady pressure lose no request and serve the group in arrival order",
      async () => {
        const containers = {
          s1: { port: findFreePort(), swapGroup: "pair", env: { ANSWER_DELAY: "0.2" } },
          s2: { port: findFreePort(), swapGroup: "pair", env: { ANSWER_DELAY: "0.2" } },
        };
        await using world = await startSupervisedRouter(engine, {
          prefix: "press-",
          containers,
          config: { coldStartMs: 120_000, swapDrainMs: 3_000 },
        });
        const { baseUrl } = world.router;
        assert.equal((await ask(baseUrl, "s1")).status, 200); // s1 warm, as in steady use
        const finished: number[] = [];
        // Ten by default; more to measure (the loss showed as 3 of 80 before).
        const count = Number(Deno.env.get("AI_ROUTER_SWAP_PRESSURE_REQUESTS") ?? 10);
        const models = Array.from({ length: count }, (_, i) => i % 2 === 0 ? "s2" : "s1");
        const answers = await Promise.all(models.map(async (model, i) => {
          await sleep(150 * i);
          const answer = await ask(baseUrl, model);
          finished.push(i);
          return answer;
        }));
        const lost = answers.flatMap((answer, i) =>
          answer.status === 200 && answer.body.choices?.[0]?.message?.content === `answer from ${models[i]}`
            ? []
            : [`${i} (${models[i]}): ${answer.status} ${JSON.stringify(answer.body).slice(0, 200)}`]
        );
        assert.deepEqual(lost, [], "every request answered by the model it asked for");
        // Arrival order: a request for the other member never finishes before an earlier one.
        const overtaken = finished.flatMap((later, position) =>
          finished.slice(position + 1).filter((i) => i < later && models[i] !== models[later])
            .map((i) => `${later} (${models[later]}) before ${i} (${models[i]})`)
        );
        assert.deepEqual(overtaken, []);
        await removeByPrefix(engine, "press-");
      },
    );

    await t.step(
      "a request for a container whose idle stop is under way waits for it and gets a fresh start",
      async () => {
        // The answer (1.5 s) outlasts the stop: sent to the container being stopped, it would be cut.
        const containers = {
          idle: { port: findFreePort(), idleTimeoutMs: 500, env: { ANSWER_DELAY: "1.5" } },
        };
        await using world = await startSupervisedRouter(engine, { prefix: "idle-", containers });
        const { baseUrl } = world.router;
        assert.equal((await ask(baseUrl, "idle")).status, 200);
        const view = () => world.supervisor.describe().containers.idle as { state: string; wanted: boolean };
        const deadline = Date.now() + 20_000;
        while (!(view().state === "ready" && !view().wanted)) {
          assert.ok(Date.now() < deadline, "the idle stop never began");
          await sleep(5);
        }
        const answer = await ask(baseUrl, "idle");
        assert.equal(answer.status, 200, JSON.stringify(answer.body));
        assert.equal(answer.body.choices[0].message.content, "answer from idle");
        await removeByPrefix(engine, "idle-");
      },
    );

    await t.step(
      "SIGTERM to serve answers the requests waiting for a cold start with 503 and logs them",
      async () => {
        const dir = await Deno.makeTempDir();
        try {
          const containers = { slow: { port: findFreePort(), healthPath: "/never-ready" } };
          await Deno.writeTextFile(`${dir}/profile.yaml`, JSON.stringify(toProfile(containers)));
          await Deno.writeTextFile(
            `${dir}/ai-router.yaml`,
            `publicModel: ai-router\nlogLevel: info\nsessionLogs: { dir: "${dir}/sessions" }\n` +
              `routing: { defaultBackend: slow }\n` +
              `server: { shutdownGraceMs: 20000 }\nbackends:\n` + toBackendsYaml(containers) +
              `    container: slow\n    required: true\n` +
              `supervisor:\n  enabled: true\n  profile: ${dir}/profile.yaml\n  dockerHost: "${engine.dockerHost}"\n` +
              `  namePrefix: term-\n  coldStartMs: 60000\n  probeIntervalMs: 100\n  keepAliveMs: 200\n`,
          );
          await using cli = startCli(["serve", "--config", `${dir}/ai-router.yaml`, "--port", "0"]);
          const [, baseUrl] = await cli.waitFor(/Listening url=(http:\/\/\S+)/);
          // Before, the process exited under it: a reset, kept as an answer so the assertions below say so.
          const plain = ask(baseUrl!, "slow").catch((error: Error): Answer => ({
            status: 0,
            headers: new Headers(),
            body: { error: { message: error.message } },
          }));
          const stream = await fetch(`${baseUrl}/v1/chat/completions`, {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: JSON.stringify({
              model: "slow",
              stream: true,
              messages: [{ role: "user", content: "hi" }],
            }),
          });
          assert.equal(stream.status, 200);
          const reader = stream.body!.pipeThrough(new TextDecoderStream()).getReader();
          let text = (await reader.read()).value ?? "";
          assert.match(text, /^: waiting for slow to start/);
          const deadline = Date.now() + 20_000;
          while (!await isRunning(engine, "term-slow")) {
            assert.ok(Date.now() < deadline, "the container never ran");
            await sleep(50);
          }
          cli.process.kill("SIGTERM");
          for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) text += chunk.value;
          assert.match(
            text,
            /data: \{"error":\{"message":"Backend \\"slow\\" is not ready: the router is shutting down/,
          );
          const answer = await plain;
          assert.equal(answer.status, 503, answer.body.error.message);
          assert.equal(answer.body.error.code, "backend_unavailable");
          assert.match(
            answer.body.error.message,
            /the router is shutting down while container "term-slow" starts/,
          );
          assert.equal(answer.headers.get("retry-after"), "5");
          assert.equal((await cli.process.status).code, 0);
          assert.doesNotMatch(cli.output(), /Grace period over/);
          const statuses: number[] = [];
          for await (const file of Deno.readDir(`${dir}/sessions`)) {
            if (!file.name.endsWith(".json")) continue;
            statuses.push(JSON.parse(await Deno.readTextFile(`${dir}/sessions/${file.name}`)).status);
          }
          assert.deepEqual(statuses, [503, 503]);
        } finally {
          await removeByPrefix(engine, "term-");
          await Deno.remove(dir, { recursive: true });
        }
      },
    );
  },
});
