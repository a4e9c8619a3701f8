/** A minimal Chrome DevTools Protocol client over a V8 inspector's WebSocket, for the bench scripts. */
import {
  BENCH_KEY,
  buildRouterConfig,
  readUnitAllocatorEnv,
  toBinaryV8Flags,
} from "./_bench_router_config.ts";
import { spawnListening } from "./_bench_load.ts";
import { toKeyHash } from "../src/users/key_ring.ts";
import denoJson from "../deno.json" with { type: "json" };

/** What {@linkcode connectInspector} returns: send a method and await its result; close the socket. */
export interface Inspector {
  send: (method: string, params?: Record<string, unknown>) => Promise<unknown>;
  close: () => void;
}

/** Connects to the inspector at `url` (the `ws://…` address `deno run --inspect` prints). */
export async function connectInspector(url: string): Promise<Inspector> {
  const socket = new WebSocket(url);
  await new Promise((resolve, reject) => {
    socket.onopen = resolve;
    socket.onerror = reject;
  });
  let next = 1;
  const waiting = new Map<number, (result: unknown) => void>();
  socket.onmessage = ({ data }) => {
    const message = JSON.parse(data as string) as { id?: number; result?: unknown };
    if (message.id !== undefined) waiting.get(message.id)?.(message.result);
  };
  return {
    send: (method, params = {}) =>
      new Promise<unknown>((resolve) => {
        const id = next++;
        waiting.set(id, resolve);
        socket.send(JSON.stringify({ id, method, params }));
      }),
    close: () => socket.close(),
  };
}

/** A node of V8's sampling heap profile (`HeapProfiler.stopSampling`). */
export interface ProfileNode {
  callFrame: { functionName: string; url: string; lineNumber: number };
  selfSize: number;
  children: ProfileNode[];
}

/** The bench's router started under the inspector, and the bench target that calls it. */
export interface InspectedRouter {
  child: Deno.ChildProcess;
  inspector: Inspector;
  target: { name: string; chatUrl: string; model: string; headers: Record<string, string>; pid: number };
}

/**
 * Starts the bench's router (its config, the shipped V8 flags, the unit's allocator settings) with `--inspect`
 * in `dir`, on the simulators at `fast` and `slow`, and connects to its inspector.
 */
export async function startInspectedRouter(
  ports: { fast: number; slow: number },
  { dir, sessionLogs }: { dir: string; sessionLogs: boolean },
): Promise<InspectedRouter> {
  const main = new URL("../main.ts", import.meta.url).pathname;
  const config = `${dir}/router.yaml`;
  await Deno.mkdir(`${dir}/router`);
  await Deno.writeTextFile(
    config,
    buildRouterConfig(ports, { dir: `${dir}/router`, keyHash: toKeyHash(BENCH_KEY), sessionLogs }),
  );
  const flags = ["--inspect=127.0.0.1:0", ...toBinaryV8Flags(denoJson)];
  const router = await spawnListening(
    ["run", "-A", ...flags, main, "serve", "--config", config, "--secrets-file", `${dir}/none`],
    // The port first (what spawnListening reads), the inspector's address second.
    {
      pattern: /(?=[\s\S]*Listening url=http:\/\/127\.0\.0\.1:(\d+))Debugger listening on (ws:\/\/\S+)/,
      from: "stderr",
      env: readUnitAllocatorEnv(),
    },
  );
  return {
    child: router.child,
    inspector: await connectInspector(router.match[2]!),
    target: {
      name: "router",
      chatUrl: `http://127.0.0.1:${router.port}/v1/chat/completions`,
      model: "ai-router",
      headers: { authorization: `Bearer ${BENCH_KEY}` },
      pid: router.child.pid,
    },
  };
}
