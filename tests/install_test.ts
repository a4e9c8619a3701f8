/**
 * The README's install steps followed on a clean Debian root: Debian's own base accounts
 * (`/usr/share/base-passwd/*.master`, what debootstrap starts from) in a DESTDIR, scripts/install.sh, the
 * installed `ai-router` serving without keys (loopback only), `ai-router add-member`, serving to the network
 * with the key, and turning supervision on (docker group or the exact command to run).
 */
import { equal, match, ok } from "node:assert/strict";
import { BINARY_PERMISSIONS } from "./run_cli.ts";

const INSTALL = new URL("../scripts/install.sh", import.meta.url).pathname;
const MAIN = new URL("../main.ts", import.meta.url).pathname;
const BASE_PASSWD = "/usr/share/base-passwd";
// `id -u` rather than Deno.uid(): the test task grants no --allow-sys.
const isRoot = await new Deno.Command("id", { args: ["-u"], stdout: "piped" }).output()
  .then((o) => new TextDecoder().decode(o.stdout).trim() === "0", () => false);
const canUseRoot = isRoot && await Deno.stat(`${BASE_PASSWD}/passwd.master`).then(() => true, () => false);

async function run(command: string, args: string[], { env = {} }: { env?: Record<string, string> } = {}) {
  const output = await new Deno.Command(command, { args, env, stdout: "piped", stderr: "piped" }).output();
  const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
  return { code: output.code, stdout: decode(output.stdout), stderr: decode(output.stderr) };
}

async function createDebianRoot(): Promise<string> {
  const root = await Deno.makeTempDir({ prefix: "debian-root-" });
  await Deno.mkdir(`${root}/etc`);
  await Deno.copyFile(`${BASE_PASSWD}/passwd.master`, `${root}/etc/passwd`);
  await Deno.copyFile(`${BASE_PASSWD}/group.master`, `${root}/etc/group`);
  for (const file of ["shadow", "gshadow"]) {
    await Deno.writeTextFile(`${root}/etc/${file}`, "", { mode: 0o640 });
  }
  return root;
}

/** `deno task compile` needs the denort download this network blocks: the same CLI, run by Deno instead. */
async function writeBinary(dir: string): Promise<string> {
  const path = `${dir}/built-ai-router`;
  const command = [Deno.execPath(), "run", ...BINARY_PERMISSIONS, MAIN].join(" ");
  await Deno.writeTextFile(path, `#!/bin/sh\nexec ${command} "$@"\n`, { mode: 0o755 });
  return path;
}

/** Starts the installed binary as the unit does (config, .env, .secrets) and returns its "Listening" line. */
async function serveOnce(root: string): Promise<{ log: string; url: string; stop: () => Promise<void> }> {
  const etc = `${root}/etc/ai-router`;
  const child = new Deno.Command(`${root}/usr/local/bin/ai-router`, {
    args: [
      "serve",
      "--config",
      `${etc}/ai-router.yaml`,
      "--env-file",
      `${etc}/.env`,
      "--secrets-file",
      `${etc}/.secrets`,
    ],
    stdout: "piped",
    stderr: "piped",
  }).spawn();
  let log = "";
  const reader = child.stderr.pipeThrough(new TextDecoderStream()).getReader();
  const stdout = child.stdout.cancel();
  while (!/Listening url=(\S+)/.test(log)) {
    const { value, done } = await reader.read();
    if (done) break;
    log += value;
  }
  const url = log.match(/Listening url=(\S+)/)?.[1] ?? "";
  return {
    log,
    url,
    stop: async () => {
      child.kill("SIGTERM");
      await reader.cancel();
      await stdout;
      await child.status;
    },
  };
}

Deno.test({
  name:
    "README install steps on a clean Debian root: loopback without keys, add-member opens it, docker group",
  ignore: !canUseRoot, // useradd --root needs root; Debian's base-passwd ships the master files
  async fn() {
    const root = await createDebianRoot();
    try {
      const binary = await writeBinary(root);
      const installed = await run("sh", [INSTALL, binary], { env: { DESTDIR: root } });
      equal(installed.code, 0, installed.stderr);
      match(installed.stdout, /created system user ai-router/);
      match(installed.stdout, /supervision is off/);
      match(await Deno.readTextFile(`${root}/etc/passwd`), /^ai-router:x:\d+:\d+:ai-router service:/m);
      const etc = `${root}/etc/ai-router`;
      // What the README says to edit: listen on the network, logs under this root rather than the host's /var/log.
      await Deno.writeTextFile(`${etc}/.env`, "AI_ROUTER_HOST=0.0.0.0\nAI_ROUTER_PORT=0\n", { append: true });
      const yaml = await Deno.readTextFile(`${etc}/ai-router.yaml`);
      await Deno.writeTextFile(
        `${etc}/ai-router.yaml`,
        yaml.replace("dir: /var/log/", `dir: ${root}/var/log/`),
      );

      const keyless = await serveOnce(root);
      await keyless.stop();
      match(keyless.log, /No keys configured: listening on loopback only/);
      match(keyless.url, /^http:\/\/127\.0\.0\.1:\d+$/);

      const added = await run(`${root}/usr/local/bin/ai-router`, [
        "add-member",
        "alice",
        "--write",
        "--config",
        `${etc}/ai-router.yaml`,
      ]);
      equal(added.code, 0, added.stderr);
      const key = added.stdout.match(/^ {2}(sk-ai-router-\S+)$/m)?.[1] as string;
      ok(!(await Deno.readTextFile(`${etc}/ai-router.yaml`)).includes(key), "no plain key in the YAML");

      const open = await serveOnce(root);
      try {
        ok(!open.log.includes("loopback only"), open.log);
        match(open.url, /^http:\/\/0\.0\.0\.0:\d+$/);
        const port = new URL(open.url).port;
        const models = await fetch(`http://127.0.0.1:${port}/v1/models`, {
          headers: { authorization: `Bearer ${key}` },
        });
        equal(models.status, 200);
        await models.body?.cancel();
        const anonymous = await fetch(`http://127.0.0.1:${port}/v1/models`);
        equal(anonymous.status, 401);
        await anonymous.body?.cancel();
      } finally {
        await open.stop();
      }

      // Supervision on: without a docker group the script stops and prints the command; with one it adds the user.
      await Deno.writeTextFile(`${etc}/ai-router.yaml`, "\nsupervisor:\n  enabled: true\n", { append: true });
      const noDocker = await run("sh", [INSTALL, binary], { env: { DESTDIR: root } });
      equal(noDocker.code, 1);
      match(
        noDocker.stderr,
        /supervision is on but there is no docker group: .* then run: usermod -a -G docker ai-router/,
      );
      equal((await run("groupadd", [`--root=${root}`, "--system", "docker"])).code, 0);
      const withDocker = await run("sh", [INSTALL, binary], { env: { DESTDIR: root } });
      equal(withDocker.code, 0, withDocker.stderr);
      match(withDocker.stdout, /added ai-router to the docker group/);
      match(await Deno.readTextFile(`${root}/etc/group`), /^docker:x:\d+:ai-router$/m);
    } finally {
      await Deno.remove(root, { recursive: true });
    }
  },
});
