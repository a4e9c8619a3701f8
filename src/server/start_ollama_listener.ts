import type { Logger } from "../logger.ts";
import { type RouterServer, serveWithIdleTimeout } from "./serve_with_idle_timeout.ts";

/** Options for {@linkcode startOllamaListener}. */
export interface OllamaListenerOptions {
  hostname: string;
  /** `server.ollamaPort`; 0 means off. */
  port: number;
  idleTimeoutMs: number;
  logger: Logger;
  /** The demo's: a taken port falls back to a free one instead of leaving the API off. */
  anyPortWhenTaken?: boolean;
}

/**
 * Serves the Ollama API on its own port beside the main one. When the port is taken (a real Ollama on the
 * same box, usually) the router says so in one line and serves its main port anyway: the Ollama API is an
 * extra, not a reason to fail the start. Undefined when off or not served.
 */
export function startOllamaListener(
  options: OllamaListenerOptions,
  handler: Deno.ServeHandler<Deno.NetAddr>,
): RouterServer | undefined {
  const { hostname, port, idleTimeoutMs, logger } = options;
  if (port === 0) return undefined;
  const serve = (listenPort: number) =>
    serveWithIdleTimeout({
      hostname,
      port: listenPort,
      idleTimeoutMs,
      onListen: ({ port: bound }) => {
        const url = `http://${hostname.includes(":") ? `[${hostname}]` : hostname}:${bound}`;
        logger.info("Listening for Ollama apps", { url });
      },
      onError: (error) => logger.error("Connection error", { error }),
    }, handler);
  try {
    return serve(port);
  } catch (error) {
    if (!(error instanceof Deno.errors.AddrInUse)) throw error;
    if (options.anyPortWhenTaken) return serve(0);
    logger.warn(
      `Ollama API not served: port ${port} is taken (is Ollama itself running here?); set server.ollamaPort ` +
        "to another port, or to 0 to turn it off. The main port is served as usual",
    );
    return undefined;
  }
}
