/**
 * Several engines against two real dockerd: A on a unix socket (the router's own box), B reached only over
 * mutual TLS on a loopback TCP port (a workstation), with certificates made by `openssl`. Both daemons run
 * here, so host-networked containers of either answer on 127.0.0.1. Skipped without root, dockerd or openssl.
 */
import assert from "node:assert/strict";
import { Registry } from "prom-client";
import type { DoctorCheck } from "../src/cli/doctor/doctor_check.ts";
import { canRunDocker, findFreePort, startDockerEngine } from "./docker_engine.ts";
import { canMakeCerts, makeTestCerts } from "./make_test_certs.ts";
import { runCli } from "./run_cli.ts";
import { startTestRouter } from "./test_router.ts";
import { ask, buildProfile, describe, listNames, startEngines, stateOf, waitFor } from "./two_engines.ts";

Deno.test({
  name: "Several engines: two real dockerd, the second only over mutual TLS",
  ignore: !canRunDocker() || !canMakeCerts(),
  sanitizeOps: false,
  fn: async (t) => {
    const certs = await makeTestCerts("box");
    const other = await makeTestCerts("other");
    await using a = await startDockerEngine();
    await using b = await startDockerEngine({
      tls: { ca: certs.ca, serverCert: certs.serverCert, serverKey: certs.serverKey },
    });
    await Promise.all([a.buildTestImage(), b.buildTestImage()]);
    const engines = { a, b, certs, other };
    try {
      await t.step("a router config with another CA does not trust the engine, and says so", async () => {
        await using supervision = await startEngines(engines, {
          prefix: "wrongca-",
          tls: { ca: other.ca, cert: certs.cert, key: certs.key },
        });
        const view = describe(supervision);
        assert.equal(view.engines.workstation.reachable, false);
        assert.match(
          view.engines.workstation.problem,
          /^Engine "workstation" is unreachable: .*certificate/i,
        );
        assert.equal(view.containers.far.state, "unreachable");
        assert.equal(view.engines.local.reachable, true);
        await waitFor("near ready on the local engine", () => stateOf(supervision, "near") === "ready");
        assert.deepEqual(await listNames(b, "wrongca-"), []);
      });

      await t.step("a client certificate of another CA is refused by dockerd --tlsverify", async () => {
        await using supervision = await startEngines(engines, {
          prefix: "wrongcert-",
          tls: { ca: certs.ca, cert: other.cert, key: other.key },
        });
        const view = describe(supervision);
        assert.equal(view.engines.workstation.reachable, false);
        // rustls hears dockerd's alert: "fetch failed: received fatal alert: BadCertificate".
        assert.match(
          view.engines.workstation.problem,
          /^Engine "workstation" is unreachable: .*certificate/i,
        );
        assert.deepEqual(await listNames(b, "wrongcert-"), []);
      });

      await t.step("a missing certificate file fails the start, naming the key and the file", async () => {
        await assert.rejects(
          startEngines(engines, { prefix: "nofile-", tls: { certPath: `${certs.dir}/missing` } }),
          /Cannot use engine "workstation": supervisor\.engines\.workstation\.tls\.certPath \(ca\.pem\) ".*\/missing\/ca\.pem": No such file/,
        );
      });

      await t.step(
        "ai-router doctor checks each engine: the TLS one reachable, a wrong CA named",
        async () => {
          const dir = await Deno.makeTempDir();
          try {
            const profile = JSON.stringify(buildProfile({ near: findFreePort(), far: findFreePort() }));
            await Deno.writeTextFile(`${dir}/profile.yaml`, profile);
            const write = (ca: string) =>
              Deno.writeTextFile(
                `${dir}/ai-router.yaml`,
                `backends:\n  primary: { urls: ["http://127.0.0.1:9/v1"], model: m }\n` +
                  `supervisor:\n  enabled: true\n  profile: ${dir}/profile.yaml\n  engines:\n` +
                  `    local: { host: "${a.dockerHost}" }\n` +
                  `    workstation: { host: "${b.tcpHost}", tls: { ca: "${ca}", cert: "${certs.cert}", key: "${certs.key}" } }\n`,
              );
            const check = async (target: string) => {
              const { stdout } = await runCli(["doctor", "--json", "--config", `${dir}/ai-router.yaml`]);
              const checks = (JSON.parse(stdout) as { checks: DoctorCheck[] }).checks;
              return checks.find((c) =>
                c.family === "containers" && c.target === target && c.name === "reachable"
              )!;
            };
            await write(certs.ca);
            assert.equal((await check("engine local")).status, "ok");
            const workstation = await check("engine workstation");
            assert.equal(workstation.status, "ok", workstation.detail);
            assert.match(workstation.detail, /API 1\.\d+ negotiated/);
            await write(other.ca);
            const refused = await check("engine workstation");
            assert.equal(refused.status, "fail");
            assert.match(refused.detail, /certificate/i);
            assert.match(
              refused.advice ?? "",
              /supervisor\.engines\.workstation\.tls a ca\.pem, cert\.pem and key\.pem/,
            );
          } finally {
            await Deno.remove(dir, { recursive: true });
          }
        },
      );

      await t.step("each container is created on its own box", async () => {
        await using supervision = await startEngines(engines, {
          prefix: "place-",
          tls: { certPath: certs.dir },
        });
        await waitFor(
          "both ready",
          () => stateOf(supervision, "near") === "ready" && stateOf(supervision, "far") === "ready",
        );
        assert.deepEqual(await listNames(a, "place-"), ["place-near"]);
        assert.deepEqual(await listNames(b, "place-"), ["place-far"]);
        const view = describe(supervision);
        assert.equal(view.containers.far.engine, "workstation");
        assert.deepEqual(view.engines.workstation.containers, ["far"]);
        assert.equal(view.engines.workstation.memory.budgetGib, 4);
        assert.equal(view.engines.local.memory.budgetGib, 8);
      });

      await t.step(
        "a lost box falls back and leaves the other serving; found again, it is adopted",
        async () => {
          const registry = new Registry();
          await using supervision = await startEngines(engines, {
            prefix: "lost-",
            tls: { certPath: certs.dir },
            registry,
          });
          await using router = await startTestRouter({ supervision });
          await waitFor(
            "both ready",
            () => stateOf(supervision, "near") === "ready" && stateOf(supervision, "far") === "ready",
          );
          assert.equal((await ask(router.baseUrl)).backend, "cloud");
          const farId = describe(supervision).containers.far.id;

          await b.stop();
          await waitFor("far unreachable", () => stateOf(supervision, "far") === "unreachable");
          const answer = await ask(router.baseUrl);
          assert.equal(answer.backend, "primary");
          assert.match(answer.content, /^_Answered by primary because cloud did not answer\._/);
          // A stream too goes to the fallback, instead of waiting in SSE for a box that is gone.
          const streamed = await ask(router.baseUrl, { stream: true });
          assert.equal(streamed.backend, "primary");
          assert.match(streamed.content, /Answered by primary because cloud did not answer/);
          const metrics = await registry.metrics();
          assert.match(metrics, /ai_router_engine_up\{engine="workstation"\} 0/);
          assert.match(metrics, /ai_router_engine_up\{engine="local"\} 1/);
          const deep = await (await fetch(`${router.baseUrl}/health/deep`)).json();
          assert.equal(deep.supervision.engines.workstation.reachable, false);
          assert.equal(deep.supervision.engines.local.reachable, true);
          const stats = await (await fetch(`${router.baseUrl}/stats`)).json();
          assert.equal(stats.supervision.engines.workstation.reachable, false);
          assert.equal(stats.supervision.containers.far.engine, "workstation");
          const page = await (await fetch(`${router.baseUrl}/`)).text();
          assert.match(page, /The workstation box does not answer, so its models \(far\) are down/);
          // Engine A keeps reconciling meanwhile: its container killed from outside is started again.
          const nearId = describe(supervision).containers.near.id;
          await (await a.request("POST", `/containers/${nearId}/kill`)).body?.cancel();
          await waitFor(
            "near restarted",
            () =>
              describe(supervision).containers.near.restarts === 1 &&
              stateOf(supervision, "near") === "ready",
          );

          await b.restart();
          await waitFor("far ready again", () => stateOf(supervision, "far") === "ready");
          assert.equal(
            describe(supervision).containers.far.id,
            farId,
            "the same container, adopted by its labels",
          );
          assert.equal(describe(supervision).engines.workstation.reachable, true);
          assert.match(await registry.metrics(), /ai_router_engine_up\{engine="workstation"\} 1/);
          assert.equal((await ask(router.baseUrl)).backend, "cloud");
        },
      );
    } finally {
      await Deno.remove(certs.dir, { recursive: true });
      await Deno.remove(other.dir, { recursive: true });
    }
  },
});
