import assert from "node:assert/strict";
import { containerSpecSchema } from "./container_spec.ts";
import { probeContainer } from "./probe_container.ts";

/** A one-connection Wyoming server: answers `describe` with the given event type. */
function startWyomingServer(answer: string) {
  const listener = Deno.listen({ hostname: "127.0.0.1", port: 0 });
  const served = (async () => {
    const conn = await listener.accept();
    const buffer = new Uint8Array(1024);
    const read = await conn.read(buffer);
    const request = new TextDecoder().decode(buffer.subarray(0, read ?? 0));
    await conn.write(new TextEncoder().encode(`{"type":"${answer}","data_length":0}\n`));
    conn.close();
    return request;
  })();
  return { port: (listener.addr as Deno.NetAddr).port, served, close: () => listener.close() };
}

const wyomingSpec = (port: number) =>
  containerSpecSchema.parse({
    kind: "wyoming",
    image: "rhasspy/wyoming-piper",
    port,
    memory: { fixedGib: 0.5 },
  });

Deno.test("probeContainer() sends Wyoming describe and accepts an info answer", async () => {
  const server = startWyomingServer("info");
  try {
    assert.equal(await probeContainer(wyomingSpec(server.port), 2000), undefined);
    assert.equal(await server.served, '{"type":"describe"}\n');
  } finally {
    server.close();
  }
});

Deno.test("probeContainer() reports a Wyoming server that answers something else", async () => {
  const server = startWyomingServer("error");
  try {
    assert.equal(
      await probeContainer(wyomingSpec(server.port), 2000),
      'Wyoming answered "error" to describe',
    );
    await server.served;
  } finally {
    server.close();
  }
});

Deno.test("probeContainer() reports an HTTP health status that is not 2xx", async () => {
  await using server = Deno.serve(
    { hostname: "127.0.0.1", port: 0, onListen: () => {} },
    () => new Response("no", { status: 503 }),
  );
  const spec = containerSpecSchema.parse({
    kind: "http",
    image: "x",
    port: server.addr.port,
    memory: { fixedGib: 0 },
  });
  assert.equal(await probeContainer(spec, 2000), "health answered 503");
});
