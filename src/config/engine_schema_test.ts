import assert from "node:assert/strict";
import { parseConfig } from "./load_config.ts";

const base = `
backends:
  primary: { urls: ["http://127.0.0.1:8000/v1"], model: m }
`;

function supervisorYaml(engines: string): string {
  return `${base}supervisor:\n  enabled: true\n  engines:\n${engines}`;
}

Deno.test("supervisor.engines takes the local socket and a workstation over mutual TLS", () => {
  const config = parseConfig(
    supervisorYaml(`    local: { host: "unix:///var/run/docker.sock" }
    workstation:
      host: tcp://workstation:2376
      tls: { certPath: /etc/ai-router/docker/workstation }
      memoryBudgetGib: 20
`),
    "a.yaml",
  );
  assert.deepEqual(Object.keys(config.supervisor.engines ?? {}), ["local", "workstation"]);
  assert.equal(config.supervisor.engines?.workstation?.timeoutMs, 10_000);
  assert.equal(config.supervisor.engines?.workstation?.memoryBudgetGib, 20);
});

Deno.test("supervisor.engines refuses a remote tcp engine without TLS, naming the key", () => {
  assert.throws(
    () => parseConfig(supervisorYaml(`    workstation: { host: "tcp://workstation:2375" }\n`), "a.yaml"),
    /supervisor\.engines\.workstation\.tls: A tcp:\/\/ engine on another machine needs mutual TLS/,
  );
});

Deno.test("supervisor.engines wants the CA, certificate and key unless certPath holds them", () => {
  assert.throws(
    () =>
      parseConfig(
        supervisorYaml(`    w: { host: "tcp://w:2376", tls: { ca: /c/ca.pem, cert: /c/cert.pem } }\n`),
        "a.yaml",
      ),
    /supervisor\.engines\.w\.tls\.key: Needed unless certPath names the folder/,
  );
});

Deno.test("supervisor.engines takes only unix:// and tcp:// hosts", () => {
  assert.throws(
    () => parseConfig(supervisorYaml(`    w: { host: "ssh://me@w" }\n`), "a.yaml"),
    /supervisor\.engines\.w\.host: Use unix:\/\/\/path or tcp:\/\/host:port/,
  );
});
