/**
 * `deno run -A scripts/bench_body_reads.ts [requests]`: CPU per request of reading a 300-byte JSON answer from
 * a local `Deno.serve` with `arrayBuffer()` against a stream reader loop, at concurrency 16, client and server
 * in this process. The reason `readUpstreamJson` reads whole (docs/decisions.md, "Reading upstream answers").
 */
const encoder = new TextEncoder();
const print = (line: string) => Deno.stdout.writeSync(encoder.encode(line + "\n"));
const requests = Number(Deno.args[0] ?? 10_000);
const answer = JSON.stringify({ choices: [{ message: { content: "hello ".repeat(30) } }] });
await using server = Deno.serve({ port: 0, onListen: () => {} }, () => new Response(answer));
const url = `http://127.0.0.1:${server.addr.port}/`;

function cpuMicros(): number {
  const fields = Deno.readTextFileSync("/proc/self/stat").split(" ");
  return (Number(fields[13]) + Number(fields[14])) * 10_000;
}

async function readWithReader(response: Response): Promise<void> {
  const reader = response.body!.getReader();
  while (!(await reader.read()).done);
}

async function measure(name: string, read: (response: Response) => Promise<unknown>): Promise<void> {
  const before = cpuMicros();
  let sent = 0;
  await Promise.all(Array.from({ length: 16 }, async () => {
    while (sent++ < requests) await read(await fetch(url));
  }));
  print(
    `${name.padEnd(12)} ${((cpuMicros() - before) / requests).toFixed(0).padStart(5)} µs CPU/request`,
  );
}

for (let round = 0; round < 3; round++) {
  await measure("reader", readWithReader);
  await measure("arrayBuffer", (response) => response.arrayBuffer());
}
