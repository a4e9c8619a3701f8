import { equal, match, ok } from "node:assert/strict";
import { hasSystemdAnalyze, runCommand } from "./_systemd_tools.ts";

const UNIT = new URL("../systemd/ai-router.service", import.meta.url);
const INSTALL = new URL("../scripts/install.sh", import.meta.url).pathname;

Deno.test({
  name: "systemd/ai-router.service passes systemd-analyze verify without a warning",
  ignore: !hasSystemdAnalyze, // install_test_deps.sh installs Debian's systemd package; only then can it run
  async fn() {
    // A staging root with the units systemd ships, the binary and /bin/kill, so verify checks the real unit
    // (paths included) without installing anything on this machine.
    const root = await Deno.makeTempDir({ prefix: "unit-root-" });
    try {
      await runCommand("cp", ["-r", "--parents", "/usr/lib/systemd/system", root]);
      await Deno.mkdir(`${root}/usr/local/bin`, { recursive: true });
      await Deno.mkdir(`${root}/bin`, { recursive: true });
      await Deno.mkdir(`${root}/etc/systemd/system`, { recursive: true });
      await Deno.writeTextFile(`${root}/usr/local/bin/ai-router`, "#!/bin/sh\n", { mode: 0o755 });
      await Deno.copyFile("/bin/kill", `${root}/bin/kill`);
      await Deno.chmod(`${root}/bin/kill`, 0o755);
      await Deno.copyFile(UNIT, `${root}/etc/systemd/system/ai-router.service`);
      const result = await runCommand("systemd-analyze", [
        "verify",
        "--man=no",
        "--generators=no",
        `--root=${root}`,
        "ai-router.service",
      ]);
      equal(result.code, 0, result.stderr);
      equal(result.stderr.trim(), "", "systemd reports ignored or unknown settings only as warnings");
    } finally {
      await Deno.remove(root, { recursive: true });
    }
  },
});

Deno.test("systemd/ai-router.service runs hardened as its own user, with no group a box may lack", async () => {
  const unit = await Deno.readTextFile(UNIT);
  match(unit, /^# ai-router\.service: started by systemd at boot/);
  for (
    const line of [
      "User=ai-router",
      "EnvironmentFile=-/etc/ai-router/.env",
      "EnvironmentFile=-/etc/ai-router/.secrets",
      "Restart=on-failure",
      "NoNewPrivileges=yes",
      "ProtectSystem=strict",
      "ReadWritePaths=/var/lib/ai-router /var/log/ai-router",
      "PrivateTmp=yes",
      "ProtectHome=yes",
      "StateDirectory=ai-router",
    ]
  ) ok(unit.split("\n").includes(line), line);
  // The docker group comes from the user's membership (install.sh, only with supervision on): naming it here
  // would fail the unit on a box without Docker.
  ok(!unit.split("\n").some((line) => line.startsWith("SupplementaryGroups=")), "no SupplementaryGroups=");
});

Deno.test("scripts/install.sh stages every file idempotently and never overwrites the config", async () => {
  const root = await Deno.makeTempDir({ prefix: "install-root-" });
  try {
    const binary = `${root}/built-ai-router`;
    await Deno.writeTextFile(binary, "#!/bin/sh\necho ai-router\n", { mode: 0o755 });
    const first = await runCommand("sh", [INSTALL, binary], { env: { DESTDIR: root } });
    equal(first.code, 0, first.stderr);
    await Deno.writeTextFile(`${root}/etc/ai-router/ai-router.yaml`, "# edited by the owner\n");
    const second = await runCommand("sh", [INSTALL, binary], { env: { DESTDIR: root } });
    equal(second.code, 0, second.stderr);
    equal(await Deno.readTextFile(`${root}/etc/ai-router/ai-router.yaml`), "# edited by the owner\n");
    equal((await Deno.stat(`${root}/usr/local/bin/ai-router`)).mode! & 0o777, 0o755);
    equal((await Deno.stat(`${root}/etc/ai-router/.secrets`)).mode! & 0o777, 0o600);
    equal((await Deno.stat(`${root}/var/lib/ai-router`)).mode! & 0o777, 0o700);
    ok((await Deno.stat(`${root}/etc/ai-router/prompts`)).isDirectory);
    ok((await Deno.stat(`${root}/var/log/ai-router`)).isDirectory);
    equal(
      await Deno.readTextFile(`${root}/etc/systemd/system/ai-router.service`),
      await Deno.readTextFile(UNIT),
    );
    const missing = await runCommand("sh", [INSTALL, `${root}/nope`], { env: { DESTDIR: root } });
    equal(missing.code, 1);
    match(missing.stderr, /deno task compile/);
  } finally {
    await Deno.remove(root, { recursive: true });
  }
});
