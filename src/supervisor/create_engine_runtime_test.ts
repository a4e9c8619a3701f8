import assert from "node:assert/strict";
import { engineSchema } from "../config/engine_schema.ts";
import { createEngineRuntime, readEngineTls, toProbeHost, toTlsFiles } from "./create_engine_runtime.ts";

Deno.test("toTlsFiles() reads certPath like DOCKER_CERT_PATH (ca.pem, cert.pem, key.pem), single files win", () => {
  assert.deepEqual(toTlsFiles({ certPath: "/etc/d/", key: "/k.pem" }), {
    ca: "/etc/d/ca.pem",
    cert: "/etc/d/cert.pem",
    key: "/k.pem",
  });
});

Deno.test("toProbeHost() probes a tcp engine's host, loopback for the socket, probeHost when set", () => {
  const engine = (value: Record<string, unknown>) => engineSchema.parse(value);
  assert.equal(
    toProbeHost(engine({ host: "tcp://workstation:2376", tls: { certPath: "/c" } })),
    "workstation",
  );
  assert.equal(toProbeHost(engine({ host: "unix:///var/run/docker.sock" })), "127.0.0.1");
  assert.equal(
    toProbeHost(engine({ host: "tcp://10.0.0.2:2376", tls: { certPath: "/c" }, probeHost: "ws.lan" })),
    "ws.lan",
  );
});

Deno.test("an engine's runtime reports its box's probe host, so the supervisor probes its containers there", async () => {
  const config = engineSchema.parse({ host: "unix:///run/ws-docker.sock", probeHost: "ws.lan" });
  const runtime = await createEngineRuntime("ws", config);
  try {
    assert.equal(runtime.probeHost(), "ws.lan");
  } finally {
    runtime.close();
  }
});

Deno.test("readEngineTls() names the engine, the config key and the file it cannot read", async () => {
  const dir = await Deno.makeTempDir();
  try {
    await Deno.writeTextFile(`${dir}/ca.pem`, "ca");
    await assert.rejects(
      readEngineTls("workstation", { certPath: dir }),
      new RegExp(
        `^ConfigError: Cannot use engine "workstation": supervisor\\.engines\\.workstation\\.tls\\.certPath \\(cert\\.pem\\) "${dir}/cert\\.pem": No such file`,
      ),
    );
    await Deno.writeTextFile(`${dir}/c.pem`, "cert");
    await Deno.writeTextFile(`${dir}/key.pem`, "key");
    assert.deepEqual(await readEngineTls("w", { certPath: dir, cert: `${dir}/c.pem` }), {
      ca: "ca",
      cert: "cert",
      key: "key",
    });
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
