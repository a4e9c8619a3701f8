/**
 * A private Docker daemon for integration tests (INFRA.md §5): Debian's dockerd on a unix socket under a temp
 * dir, no bridge or iptables, torn down by its recorded PID. Also builds the offline busybox httpd test image.
 */
import { writeTar } from "./write_tar.ts";

/** The image the tests run: busybox httpd serving `/health.json` and `/v1/models` on `$PORT`. */
export const TEST_IMAGE = "localhost/router-test-http:latest";

const DOCKERD = "/usr/sbin/dockerd";
const BUSYBOX = "/bin/busybox";

/** A running private engine; dispose it with `await using`. */
export interface DockerEngine extends AsyncDisposable {
  dir: string;
  socketPath: string;
  /** `unix://…`, as `DOCKER_HOST` or `supervisor.dockerHost` wants it. */
  dockerHost: string;
  /** Milliseconds from spawn to the first `_ping` answer. */
  startMs: number;
  /** A raw Engine API call (no version prefix unless the path has one); the caller reads or cancels the body. */
  request(method: string, path: string, body?: unknown): Promise<Response>;
  /** Builds {@linkcode TEST_IMAGE} through `POST /build` from a local tar context (no registry). */
  buildTestImage(): Promise<void>;
}

/** Whether dockerd and a static busybox exist, so tests can skip cleanly elsewhere. */
export function canRunDocker(): boolean {
  try {
    return Deno.statSync(DOCKERD).isFile && Deno.statSync(BUSYBOX).isFile &&
      isRoot();
  } catch {
    return false;
  }
}

/** dockerd needs root; `Deno.uid()` would need `--allow-sys`, so look at who owns a fresh temp dir. */
function isRoot(): boolean {
  const dir = Deno.makeTempDirSync();
  try {
    return Deno.statSync(dir).uid === 0;
  } finally {
    Deno.removeSync(dir);
  }
}

async function run(command: string, args: string[]): Promise<boolean> {
  const { success } = await new Deno.Command(command, { args, stdout: "null", stderr: "null" }).output();
  return success;
}

/** Mount points at or under `dir`, deepest first. */
async function listMounts(dir: string): Promise<string[]> {
  // Deno wants --allow-all to read /proc/self; cat shares our mount namespace.
  const { stdout } = await new Deno.Command("cat", { args: ["/proc/self/mounts"], stdout: "piped" }).output();
  const text = new TextDecoder().decode(stdout);
  return text.split("\n").map((line) => line.split(" ")[1] ?? "").filter((m) =>
    m === dir || m.startsWith(`${dir}/`)
  )
    .sort((a, b) => b.length - a.length);
}

/** Starts dockerd with its own data-root, exec-root, pidfile and empty config, and waits for `_ping`. */
export async function startDockerEngine(): Promise<DockerEngine> {
  const dir = await Deno.makeTempDir({ prefix: "ai-router-dockerd-" });
  const socketPath = `${dir}/engine.sock`;
  await Deno.writeTextFile(`${dir}/daemon.json`, "{}");
  const args = [
    `--config-file=${dir}/daemon.json`,
    `--host=unix://${socketPath}`,
    `--data-root=${dir}/data`,
    `--exec-root=${dir}/exec`,
    `--pidfile=${dir}/dockerd.pid`,
    "--iptables=false",
    "--ip6tables=false",
    "--ip-masq=false",
    "--bridge=none",
    "--exec-opt=native.cgroupdriver=cgroupfs",
    "--storage-driver=overlay2",
    "--userland-proxy=false",
  ];
  const started = performance.now();
  // `exec` keeps the recorded PID the daemon's own; its log goes to a file for post-mortems.
  const child = new Deno.Command("sh", {
    args: ["-c", `exec ${DOCKERD} "$@" >${dir}/dockerd.log 2>&1`, "dockerd", ...args],
    stdin: "null",
    stdout: "null",
    stderr: "null",
  }).spawn();
  const client = Deno.createHttpClient({ proxy: { transport: "unix", path: socketPath } });
  const request = async (method: string, path: string, body?: unknown) =>
    await fetch(`http://docker${path}`, {
      method,
      client,
      ...(body === undefined
        ? {}
        : body instanceof Uint8Array
        ? { body: body as Uint8Array<ArrayBuffer>, headers: { "content-type": "application/x-tar" } }
        : { body: JSON.stringify(body), headers: { "content-type": "application/json" } }),
    });

  const dispose = async () => {
    try {
      const list = await request("GET", "/containers/json?all=1");
      for (const container of await list.json() as Array<{ Id: string }>) {
        await (await request("DELETE", `/containers/${container.Id}?force=1&v=1`)).body?.cancel();
      }
    } catch {
      // The engine is already gone: killing it by PID below is all that is left.
    }
    client.close();
    try {
      child.kill("SIGTERM");
    } catch {
      // Already exited.
    }
    const exited = await Promise.race([
      child.status.then(() => true),
      new Promise<false>((resolve) => setTimeout(() => resolve(false), 15_000)),
    ]);
    if (!exited) {
      child.kill("SIGKILL");
      await child.status;
    }
    // dockerd leaves an nsfs mount behind on SIGTERM (INFRA.md §5).
    for (const mount of await listMounts(dir)) {
      if (!await run("umount", [mount])) await run("umount", ["-l", mount]);
    }
    await Deno.remove(dir, { recursive: true }).catch(() => {});
  };

  let ready = false;
  for (let attempt = 0; attempt < 100 && !ready; attempt++) {
    try {
      const ping = await request("GET", "/_ping");
      ready = ping.ok && await ping.text() === "OK";
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  const startMs = performance.now() - started;
  if (!ready) {
    const log = await Deno.readTextFile(`${dir}/dockerd.log`).catch(() => "");
    await dispose();
    throw new Error(`dockerd did not answer _ping within 10 s:\n${log.slice(-2000)}`);
  }

  return {
    dir,
    socketPath,
    dockerHost: `unix://${socketPath}`,
    startMs,
    request,
    buildTestImage: async () => {
      const busybox = await Deno.readFile(BUSYBOX);
      const links = ["sh", "httpd", "wget", "sleep", "cat", "echo", "ls", "env", "kill"];
      const rootfs = writeTar([
        { path: "bin/", directory: true },
        { path: "bin/busybox", data: busybox, mode: 0o755 },
        ...links.map((name) => ({ path: `bin/${name}`, symlink: "busybox" })),
        { path: "www/", directory: true },
        { path: "www/health.json", data: '{"status":"ok"}' },
        { path: "www/v1/", directory: true },
        { path: "www/v1/models", data: '{"object":"list","data":[{"id":"test","object":"model"}]}' },
        { path: "etc/", directory: true },
        { path: "etc/passwd", data: "root:x:0:0:root:/:/bin/sh\n" },
        { path: "etc/group", data: "root:x:0:\n" },
        { path: "tmp/", directory: true },
      ]);
      const dockerfile = [
        "FROM scratch",
        "ADD rootfs.tar /",
        "ENV PORT=8080",
        'CMD ["sh", "-c", "exec httpd -f -p 127.0.0.1:${PORT} -h /www"]',
      ].join("\n");
      const context = writeTar([{ path: "Dockerfile", data: dockerfile }, {
        path: "rootfs.tar",
        data: rootfs,
      }]);
      const response = await request(
        "POST",
        `/build?t=${encodeURIComponent(TEST_IMAGE)}&rm=1&forcerm=1`,
        context,
      );
      const output = await response.text();
      if (!response.ok || output.includes('"error"')) {
        throw new Error(`Cannot build the test image: ${output}`);
      }
    },
    [Symbol.asyncDispose]: dispose,
  };
}

export { findFreePort } from "./find_free_port.ts";
