import { equal, match, notEqual } from "node:assert/strict";
import { createLogger } from "../logger.ts";
import { startOllamaListener } from "./start_ollama_listener.ts";

const answer = () => new Response("Ollama is running");

Deno.test("startOllamaListener() says in one line that a taken port is not served, and returns nothing", () => {
  using taken = Deno.listen({ hostname: "127.0.0.1", port: 0 });
  const lines: string[] = [];
  const logger = createLogger({ write: (line) => lines.push(line) });
  const options = { hostname: "127.0.0.1", port: taken.addr.port, idleTimeoutMs: 0, logger };
  equal(startOllamaListener(options, answer), undefined);
  equal(lines.length, 1);
  match(lines[0] ?? "", new RegExp(`Ollama API not served: port ${taken.addr.port} is taken`));
});

Deno.test("startOllamaListener() serves on a free port instead when the demo asks", async () => {
  using taken = Deno.listen({ hostname: "127.0.0.1", port: 0 });
  const logger = createLogger({ write: () => {} });
  const server = startOllamaListener({
    hostname: "127.0.0.1",
    port: taken.addr.port,
    idleTimeoutMs: 0,
    logger,
    anyPortWhenTaken: true,
  }, answer);
  notEqual(server, undefined);
  notEqual(server?.addr.port, taken.addr.port);
  equal(await (await fetch(`http://127.0.0.1:${server?.addr.port}/`)).text(), "Ollama is running");
  await server?.shutdown();
});

Deno.test("startOllamaListener() with port 0 serves nothing", () => {
  const logger = createLogger({ write: () => {} });
  equal(startOllamaListener({ hostname: "127.0.0.1", port: 0, idleTimeoutMs: 0, logger }, answer), undefined);
});
