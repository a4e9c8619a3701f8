/** The dockerd process of a private test engine: spawn, wait for `_ping`, stop, clean up its mounts. */

const DOCKERD = "/usr/sbin/dockerd";

export async function run(command: string, args: string[]): Promise<boolean> {
  const { success } = await new Deno.Command(command, { args, stdout: "null", stderr: "null" }).output();
  return success;
}

/** Mount points at or under `dir`, deepest first. */
export async function listMounts(dir: string): Promise<string[]> {
  // Deno wants --allow-all to read /proc/self; cat shares our mount namespace.
  const { stdout } = await new Deno.Command("cat", { args: ["/proc/self/mounts"], stdout: "piped" }).output();
  const text = new TextDecoder().decode(stdout);
  return text.split("\n").map((line) => line.split(" ")[1] ?? "").filter((m) =>
    m === dir || m.startsWith(`${dir}/`)
  )
    .sort((a, b) => b.length - a.length);
}

/** Spawns dockerd; `exec` keeps the child's PID the daemon's own, and its log goes to a file for post-mortems. */
export function spawnDaemon(dir: string, args: string[]): Deno.ChildProcess {
  return new Deno.Command("sh", {
    args: ["-c", `exec ${DOCKERD} "$@" >>${dir}/dockerd.log 2>&1`, "dockerd", ...args],
    stdin: "null",
    stdout: "null",
    stderr: "null",
  }).spawn();
}

/** Waits up to 10 s for `_ping`; false at once when the daemon exits (a port taken, a bad flag). */
export async function awaitPing(
  request: (method: string, path: string) => Promise<Response>,
  daemon: Deno.ChildProcess,
): Promise<boolean> {
  let exited = false;
  daemon.status.then(() => exited = true);
  for (let attempt = 0; attempt < 100 && !exited; attempt++) {
    try {
      const ping = await request("GET", "/_ping");
      if (ping.ok && await ping.text() === "OK") return true;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  return false;
}

/** SIGTERM, then SIGKILL after 15 s. */
export async function stopDaemon(daemon: Deno.ChildProcess): Promise<void> {
  try {
    daemon.kill("SIGTERM");
  } catch {
    // Already exited.
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  const exited = await Promise.race([
    daemon.status.then(() => true),
    new Promise<false>((resolve) => timer = setTimeout(() => resolve(false), 15_000)),
  ]);
  clearTimeout(timer);
  if (!exited) {
    daemon.kill("SIGKILL");
    await daemon.status;
  }
}
