/** Runs the real CLI (`main.ts`) in a subprocess with the permissions the compiled binary gets. */

/** The permission flags shared with `deno task compile`. */
export const BINARY_PERMISSIONS = [
  "--allow-net",
  "--allow-read",
  "--allow-write",
  "--allow-env",
  // kill: `improve --apply --pid` reloads the router (Deno.kill needs unrestricted --allow-run).
  "--allow-run=ffmpeg,ffprobe,kill",
  "--allow-sys=networkInterfaces",
];

const MAIN = new URL("../main.ts", import.meta.url).pathname;

/** Runs a CLI command to completion. */
export async function runCli(args: string[], env: Record<string, string> = {}) {
  const output = await new Deno.Command(Deno.execPath(), {
    args: ["run", ...BINARY_PERMISSIONS, MAIN, ...args],
    env,
    stdin: "null",
  }).output();
  const decoder = new TextDecoder();
  return { code: output.code, stdout: decoder.decode(output.stdout), stderr: decoder.decode(output.stderr) };
}

/** A CLI process that keeps running (serve, demo), with its output readable line by line. */
export interface RunningCli extends AsyncDisposable {
  process: Deno.ChildProcess;
  /** Waits until a line of stdout or stderr matches, and returns the match. */
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<RegExpMatchArray>;
  /** Everything printed so far. */
  output(): string;
}

/** Starts a long-running CLI command. */
export function startCli(args: string[], env: Record<string, string> = {}): RunningCli {
  const process = new Deno.Command(Deno.execPath(), {
    args: ["run", ...BINARY_PERMISSIONS, MAIN, ...args],
    env,
    stdin: "null",
    stdout: "piped",
    stderr: "piped",
  }).spawn();
  let text = "";
  const listeners = new Set<() => void>();
  const pump = async (stream: ReadableStream<Uint8Array>) => {
    for await (const chunk of stream.pipeThrough(new TextDecoderStream())) {
      text += chunk;
      for (const listener of listeners) listener();
    }
  };
  const pumps = Promise.all([pump(process.stdout), pump(process.stderr)]);
  return {
    process,
    output: () => text,
    waitFor: (pattern, timeoutMs = 15_000) =>
      new Promise((resolve, reject) => {
        const check = () => {
          const match = text.match(pattern);
          if (!match) return;
          cleanup();
          resolve(match);
        };
        const timer = setTimeout(() => {
          cleanup();
          reject(new Error(`Timed out waiting for ${pattern}; output so far:\n${text}`));
        }, timeoutMs);
        const cleanup = () => {
          clearTimeout(timer);
          listeners.delete(check);
        };
        listeners.add(check);
        check();
      }),
    [Symbol.asyncDispose]: async () => {
      try {
        process.kill("SIGTERM");
      } catch {
        // Already exited.
      }
      await process.status;
      await pumps;
    },
  };
}
