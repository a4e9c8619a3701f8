import { equal, match, ok } from "node:assert/strict";
import { hasSystemdAnalyze, runCommand } from "./_systemd_tools.ts";

const SYSTEMD = new URL("../systemd/", import.meta.url).pathname;
const INSTALL = new URL("../scripts/install.sh", import.meta.url).pathname;

Deno.test({
  name: "systemd/ai-router-review.timer and its service pass systemd-analyze verify without a warning",
  ignore: !hasSystemdAnalyze, // install_test_deps.sh installs Debian's systemd package; only then can it run
  async fn() {
    const root = await Deno.makeTempDir({ prefix: "timer-root-" });
    try {
      await runCommand("cp", ["-r", "--parents", "/usr/lib/systemd/system", root]);
      await Deno.mkdir(`${root}/usr/local/bin`, { recursive: true });
      await Deno.mkdir(`${root}/etc/systemd/system`, { recursive: true });
      await Deno.writeTextFile(`${root}/usr/local/bin/ai-router`, "#!/bin/sh\n", { mode: 0o755 });
      for (const name of ["ai-router-review.service", "ai-router-review.timer"]) {
        await Deno.copyFile(`${SYSTEMD}${name}`, `${root}/etc/systemd/system/${name}`);
      }
      const args = ["verify", "--man=no", "--generators=no", `--root=${root}`];
      const result = await runCommand("systemd-analyze", [
        ...args,
        "ai-router-review.timer",
        "ai-router-review.service",
      ]);
      equal(result.code, 0, result.stderr);
      equal(result.stderr.trim(), "", "systemd reports ignored or unknown settings only as warnings");
    } finally {
      await Deno.remove(root, { recursive: true });
    }
  },
});

Deno.test("the review timer runs a saved 24h review once a day, and install.sh installs it without enabling it", async () => {
  const service = await Deno.readTextFile(`${SYSTEMD}ai-router-review.service`);
  const timer = await Deno.readTextFile(`${SYSTEMD}ai-router-review.timer`);
  match(timer, /^OnCalendar=\*-\*-\* 04:30:00$/m);
  match(timer, /^Persistent=true$/m);
  match(service, /^ExecStart=\/usr\/local\/bin\/ai-router review --config \S+ --since 24h --save$/m);
  ok(service.split("\n").includes("User=ai-router"));
  ok(service.split("\n").includes("ReadWritePaths=/var/lib/ai-router"));

  const root = await Deno.makeTempDir({ prefix: "timer-install-" });
  try {
    const binary = `${root}/built-ai-router`;
    await Deno.writeTextFile(binary, "#!/bin/sh\n", { mode: 0o755 });
    const installed = await runCommand("sh", [INSTALL, binary], { env: { DESTDIR: root } });
    equal(installed.code, 0, installed.stderr);
    equal(await Deno.readTextFile(`${root}/etc/systemd/system/ai-router-review.timer`), timer);
    equal(await Deno.readTextFile(`${root}/etc/systemd/system/ai-router-review.service`), service);
    const wants = await Deno.stat(`${root}/etc/systemd/system/timers.target.wants`).then(
      () => true,
      () => false,
    );
    equal(wants, false, "off by default");
  } finally {
    await Deno.remove(root, { recursive: true });
  }
});
