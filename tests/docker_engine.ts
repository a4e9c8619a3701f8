/**
 * A private Docker daemon for integration tests (docs/development.md): Debian's dockerd on a unix socket under a temp
 * dir, no bridge or iptables, torn down by its recorded PID. Also builds the offline busybox httpd test image.
 */
import { awaitPing, listMounts, run, spawnDaemon, stopDaemon } from "./dockerd_process.ts";
import { findFreePort } from "./find_free_port.ts";
import { writeTar } from "./write_tar.ts";

/**
 * The image the tests run: busybox httpd serving `/health.json` and `/v1/models` on `$PORT`, and a CGI
 * under `/cgi-bin/v1` (a backend URL) answering every chat completion with "answer from $MODEL", after
 * `$ANSWER_DELAY` seconds when set.
 */
export const TEST_IMAGE = "localhost/router-test-http:latest";

const DOCKERD = "/usr/sbin/dockerd";

// busybox httpd runs /cgi-bin/v1 for /cgi-bin/v1/chat/completions, the rest in PATH_INFO.
const CHAT_CGI = `#!/bin/sh
cat >/dev/null
[ -n "$ANSWER_DELAY" ] && sleep "$ANSWER_DELAY"
printf 'Content-Type: application/json\\r\\n\\r\\n'
printf '{"id":"chatcmpl-%s","object":"chat.completion","created":1,"model":"%s","choices":[{"index":0,"message":{"role":"assistant","content":"answer from %s"},"finish_reason":"stop"}],"usage":{"prompt_tokens":1,"completion_tokens":3,"total_tokens":4}}\\n' "$$" "$MODEL" "$MODEL"
`;
const BUSYBOX = "/bin/busybox";

/** Mutual TLS for a second listener on loopback TCP (`dockerd --tlsverify`), besides the unix socket. */
export interface DockerTlsListener {
  ca: string;
  serverCert: string;
  serverKey: string;
}

/** Options for {@linkcode startDockerEngine}. */
export interface DockerEngineOptions {
  tls?: DockerTlsListener;
}

/** A running private engine; dispose it with `await using`. */
export interface DockerEngine extends AsyncDisposable {
  dir: string;
  socketPath: string;
  /** `unix://…`, as `DOCKER_HOST` or `supervisor.dockerHost` wants it. */
  dockerHost: string;
  /** `tcp://127.0.0.1:PORT` when started with `tls`: reachable only with a client certificate of its CA. */
  tcpHost?: string;
  /** Stops the daemon (SIGTERM: it stops its containers first), as a box that goes away. */
  stop(): Promise<void>;
  /** Starts it again with the same data, sockets, port and certificates. */
  restart(): Promise<void>;
  /** Milliseconds from spawn to the first `_ping` answer. */
  startMs: number;
  /** A raw Engine API call (no version prefix unless the path has one); the caller reads or cancels the body. */
  request(method: string, path: string, options?: { body?: unknown }): Promise<Response>;
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

function toDockerdArgs(dir: string, socketPath: string): string[] {
  return [
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
}

/** The flags of Docker's "Protect the Docker daemon socket" page (docker/docs protect-access.md). */
function toTlsArgs(tls: DockerTlsListener, port: number): string[] {
  return [
    "--tlsverify",
    `--tlscacert=${tls.ca}`,
    `--tlscert=${tls.serverCert}`,
    `--tlskey=${tls.serverKey}`,
    `--host=tcp://127.0.0.1:${port}`,
  ];
}

/**
 * Starts dockerd with its own data-root, exec-root, pidfile and empty config, and waits for `_ping`. With
 * `tls` it also listens on a loopback TCP port with `--tlsverify`. The port: dockerd takes a fixed
 * `--host`, and the test restarts it on the same port, so `findFreePort()` draws one below the ephemeral
 * range (where only listeners live) and a start that fails with "address already in use" draws again.
 */
export async function startDockerEngine(options: DockerEngineOptions = {}): Promise<DockerEngine> {
  const dir = await Deno.makeTempDir({ prefix: "ai-router-dockerd-" });
  const socketPath = `${dir}/engine.sock`;
  await Deno.writeTextFile(`${dir}/daemon.json`, "{}");
  const client = Deno.createHttpClient({ proxy: { transport: "unix", path: socketPath } });
  const request = async (method: string, path: string, { body }: { body?: unknown } = {}) =>
    await fetch(`http://docker${path}`, {
      method,
      client,
      ...(body === undefined
        ? {}
        : body instanceof Uint8Array
        ? { body: body as Uint8Array<ArrayBuffer>, headers: { "content-type": "application/x-tar" } }
        : { body: JSON.stringify(body), headers: { "content-type": "application/json" } }),
    });
  let args = toDockerdArgs(dir, socketPath);
  let port: number | undefined;
  let daemon: Deno.ChildProcess | undefined;
  const stop = async () => {
    if (!daemon) return;
    await stopDaemon(daemon);
    daemon = undefined;
    // dockerd leaves an nsfs mount behind on SIGTERM (seen with Debian's dockerd 20.10).
    for (const mount of await listMounts(dir)) {
      if (!await run("umount", [mount])) await run("umount", ["-l", mount]);
    }
  };
  const dispose = async () => {
    try {
      const list = await request("GET", "/containers/json?all=1");
      for (const container of await list.json() as Array<{ Id: string }>) {
        await (await request("DELETE", `/containers/${container.Id}?force=1&v=1`)).body?.cancel();
      }
    } catch {
      // The engine is already gone: stopping it by PID below is all that is left.
    }
    client.close();
    await stop();
    await Deno.remove(dir, { recursive: true }).catch(() => {});
  };
  const started = performance.now();
  for (let attempt = 0; attempt < 5; attempt++) {
    if (options.tls) {
      port = findFreePort();
      args = [...toDockerdArgs(dir, socketPath), ...toTlsArgs(options.tls, port)];
    }
    daemon = spawnDaemon(dir, args);
    if (await awaitPing(request, daemon)) break;
    const log = await Deno.readTextFile(`${dir}/dockerd.log`).catch(() => "");
    await stop();
    if (options.tls && log.includes("address already in use")) continue;
    await dispose();
    throw new Error(`dockerd did not answer _ping within 10 s:\n${log.slice(-2000)}`);
  }
  const startMs = performance.now() - started;
  const restart = async () => {
    await stop();
    daemon = spawnDaemon(dir, args);
    if (!await awaitPing(request, daemon)) {
      const log = await Deno.readTextFile(`${dir}/dockerd.log`).catch(() => "");
      throw new Error(`dockerd did not come back within 10 s:\n${log.slice(-2000)}`);
    }
  };

  return {
    dir,
    socketPath,
    dockerHost: `unix://${socketPath}`,
    ...(port === undefined ? {} : { tcpHost: `tcp://127.0.0.1:${port}` }),
    startMs,
    request,
    stop,
    restart,
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
        { path: "www/cgi-bin/", directory: true },
        { path: "www/cgi-bin/v1", data: CHAT_CGI, mode: 0o755 },
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
      const response = await request("POST", `/build?t=${encodeURIComponent(TEST_IMAGE)}&rm=1&forcerm=1`, {
        body: context,
      });
      const output = await response.text();
      if (!response.ok || output.includes('"error"')) {
        throw new Error(`Cannot build the test image: ${output}`);
      }
    },
    [Symbol.asyncDispose]: dispose,
  };
}

export { findFreePort } from "./find_free_port.ts";
