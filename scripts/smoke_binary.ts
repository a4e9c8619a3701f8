/**
 * Smoke test for the compiled binary: runs `./ai-router demo` (or the command given) on a free port,
 * then calls `/health` and `/v1/models` and checks what the process printed.
 *
 *   deno task compile && deno run -A scripts/smoke_binary.ts ./ai-router
 *   deno run -A scripts/smoke_binary.ts deno run -A main.ts   # the same check without compiling
 */
const command = Deno.args.length > 0 ? Deno.args : ["./ai-router"];
const encoder = new TextEncoder();
const say = (line: string) => Deno.stdout.writeSync(encoder.encode(line + "\n"));

const child = new Deno.Command(command[0] as string, {
  args: [...command.slice(1), "demo", "--port", "0"],
  stdout: "piped",
  stderr: "piped",
  stdin: "null",
}).spawn();

let output = "";
const baseUrl = await new Promise<string>((resolve, reject) => {
  const timer = setTimeout(() => reject(new Error(`No "Listening" line within 20 s:\n${output}`)), 20_000);
  const read = async (stream: ReadableStream<Uint8Array>) => {
    for await (const chunk of stream.pipeThrough(new TextDecoderStream())) {
      output += chunk;
      const match = output.match(/Listening url=(http:\/\/\S+)/);
      if (match) {
        clearTimeout(timer);
        resolve(match[1] as string);
      }
    }
  };
  read(child.stdout);
  read(child.stderr);
});

try {
  const health = await fetch(`${baseUrl}/health`);
  if (health.status !== 200) throw new Error(`/health answered ${health.status}`);
  await health.body?.cancel();
  const models = await (await fetch(`${baseUrl}/v1/models`)).json();
  if (models.data?.[0]?.id !== "ai-router") throw new Error(`/v1/models: ${JSON.stringify(models)}`);
  if (!output.includes("ai-router demo is running")) throw new Error(`Missing demo banner:\n${output}`);
  say(`smoke test passed: ${command.join(" ")} served /health and /v1/models at ${baseUrl}`);
} finally {
  child.kill("SIGTERM");
  await child.status;
}
