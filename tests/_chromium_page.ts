/** Headless Chromium driven over the DevTools protocol with Deno's own WebSocket: no extra dependency. */

const CHROMIUM = "/usr/bin/chromium";

/** A page open in headless Chromium; dispose it with `await using`. */
export interface ChromiumPage extends AsyncDisposable {
  /** Console errors, uncaught exceptions and failed loads seen so far. */
  readonly errors: string[];
  /** Evaluates an expression in the page and returns its value. */
  evaluate(expression: string): Promise<unknown>;
  /** Polls `expression` until it is truthy; throws with `what` after `timeoutMs`. */
  waitFor(expression: string, what: string, timeoutMs?: number): Promise<unknown>;
  /** A PNG of the page at the viewport's width, from the top down to `maxHeight` CSS pixels (all by default). */
  screenshot(maxHeight?: number): Promise<Uint8Array>;
}

/** How the page is shown: viewport size (CSS pixels) and colour scheme. */
export interface ChromiumPageOptions {
  width?: number;
  height?: number;
  /** Emulates `prefers-color-scheme: dark`. */
  dark?: boolean;
  /** Emulates a phone (touch, overlay scrollbars, `mobile` viewport rules). */
  mobile?: boolean;
  /** More Chromium flags (a fake microphone, say). */
  flags?: string[];
}

async function readDevToolsUrl(dir: string, child: Deno.ChildProcess): Promise<string> {
  for (let i = 0; i < 200; i++) {
    const text = await Deno.readTextFile(`${dir}/DevToolsActivePort`).catch(() => "");
    const [port, path] = text.split("\n");
    if (port && path) return `ws://127.0.0.1:${port}${path}`;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  child.kill();
  throw new Error("Chromium did not open its DevTools port");
}

/** Starts Chromium on a private profile and opens `url` in a new tab. */
export async function openChromiumPage(
  url: string,
  options: ChromiumPageOptions = {},
): Promise<ChromiumPage> {
  const dir = await Deno.makeTempDir({ prefix: "chromium-" });
  const child = new Deno.Command(CHROMIUM, {
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--remote-debugging-port=0",
      `--user-data-dir=${dir}`,
      ...options.flags ?? [],
      "about:blank",
    ],
    stdout: "null",
    stderr: "null",
  }).spawn();
  const socket = new WebSocket(await readDevToolsUrl(dir, child));
  await new Promise((resolve, reject) => {
    socket.onopen = resolve;
    socket.onerror = () => reject(new Error("Cannot connect to Chromium's DevTools"));
  });
  let nextId = 0;
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  const errors: string[] = [];
  socket.onmessage = (event) => {
    const message = JSON.parse(event.data);
    if (message.id !== undefined) {
      const waiter = pending.get(message.id);
      pending.delete(message.id);
      if (message.error) waiter?.reject(new Error(message.error.message));
      else waiter?.resolve(message.result);
      return;
    }
    const p = message.params;
    if (message.method === "Runtime.exceptionThrown") {
      errors.push(p.exceptionDetails.exception?.description ?? p.exceptionDetails.text);
    }
    if (message.method === "Runtime.consoleAPICalled" && p.type === "error") {
      errors.push(JSON.stringify(p.args));
    }
    if (message.method === "Log.entryAdded" && p.entry.level === "error") errors.push(p.entry.text);
  };
  const send = (
    method: string,
    params: Record<string, unknown> = {},
    { sessionId }: { sessionId?: string } = {},
  ) =>
    new Promise<Record<string, unknown>>((resolve, reject) => {
      const id = ++nextId;
      pending.set(id, { resolve: (v) => resolve(v as Record<string, unknown>), reject });
      socket.send(JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) }));
    });
  const { targetId } = await send("Target.createTarget", { url: "about:blank" });
  const { sessionId } = await send("Target.attachToTarget", { targetId, flatten: true }) as {
    sessionId: string;
  };
  for (const domain of ["Runtime", "Log", "Page"]) await send(`${domain}.enable`, {}, { sessionId });
  const { width = 1280, height = 900, dark = false, mobile = false } = options;
  await send("Emulation.setDeviceMetricsOverride", { width, height, deviceScaleFactor: 1, mobile }, {
    sessionId,
  });
  await send("Emulation.setEmulatedMedia", {
    features: [{ name: "prefers-color-scheme", value: dark ? "dark" : "light" }],
  }, { sessionId });
  await send("Page.navigate", { url }, { sessionId });

  const evaluate = async (expression: string) => {
    const { result, exceptionDetails } = await send("Runtime.evaluate", { expression, returnByValue: true }, {
      sessionId,
    }) as {
      result: { value?: unknown };
      exceptionDetails?: { text: string };
    };
    if (exceptionDetails) throw new Error(`Cannot evaluate "${expression}": ${exceptionDetails.text}`);
    return result.value;
  };
  return {
    errors,
    evaluate,
    async waitFor(expression, what, timeoutMs = 15_000) {
      const deadline = Date.now() + timeoutMs;
      while (Date.now() < deadline) {
        const value = await evaluate(expression).catch(() => undefined);
        if (value) return value;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      throw new Error(`Gave up waiting for ${what}`);
    },
    async screenshot(maxHeight = Infinity) {
      const { cssContentSize } = await send("Page.getLayoutMetrics", {}, { sessionId }) as {
        cssContentSize: { width: number; height: number };
      };
      const clip = {
        x: 0,
        y: 0,
        width,
        height: Math.min(maxHeight, Math.ceil(cssContentSize.height)),
        scale: 1,
      };
      const { data } = await send("Page.captureScreenshot", {
        format: "png",
        captureBeyondViewport: true,
        clip,
      }, { sessionId });
      return Uint8Array.from(atob(data as string), (c) => c.charCodeAt(0));
    },
    [Symbol.asyncDispose]: async () => {
      await send("Browser.close").catch(() => {});
      const closed = new Promise((resolve) => socket.onclose = resolve);
      socket.close();
      await closed;
      const killer = setTimeout(() => child.kill("SIGKILL"), 5_000);
      await child.status;
      clearTimeout(killer);
      await Deno.remove(dir, { recursive: true }).catch(() => {});
    },
  };
}
