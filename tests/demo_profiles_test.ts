/** `ai-router demo` and `demo --profile thor` through the real CLI: every route the profile has, on simulators. */
import { equal, match, ok } from "node:assert/strict";
import OpenAI, { toFile } from "openai";
import { startCli } from "./run_cli.ts";

/** A 1×1 PNG, as the README's image example sends it. */
const PIXEL =
  "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";

async function ask(client: OpenAI, content: string) {
  const { data, response } = await client.chat.completions.create({
    model: "ai-router",
    messages: [{ role: "user", content }],
  }).withResponse();
  return {
    route: response.headers.get("x-ai-router-route"),
    backend: response.headers.get("x-ai-router-backend"),
    text: data.choices[0]?.message.content ?? "",
  };
}

async function askWithImage(client: OpenAI) {
  const { data, response } = await client.chat.completions.create({
    model: "ai-router",
    messages: [{
      role: "user",
      content: [{ type: "text", text: "What is in this picture?" }, {
        type: "image_url",
        image_url: { url: PIXEL },
      }],
    }],
  }).withResponse();
  return {
    backend: response.headers.get("x-ai-router-backend"),
    text: data.choices[0]?.message.content ?? "",
  };
}

async function readStats(baseUrl: string) {
  return await (await fetch(`${baseUrl}/stats`)).json() as {
    services: Array<{ name: string; state: string; roles: string[] }>;
    supervision: { enabled: boolean; containers: Record<string, { state: string; wanted: boolean }> };
  };
}

Deno.test("ai-router demo answers the README's image example with a simulated vision backend", async () => {
  await using cli = startCli(["demo", "--port", "0"]);
  const [, baseUrl] = await cli.waitFor(/ai-router demo is running at (http:\/\/\S+)/);
  const client = new OpenAI({ baseURL: `${baseUrl}/v1`, apiKey: "unused", maxRetries: 0 });
  const answer = await askWithImage(client);
  equal(answer.backend, "vision");
  match(answer.text, /I was sent 1 image \(\d+ bytes\) and the question "What is in this picture\?"/);
  const stats = await readStats(baseUrl as string);
  const names = stats.services.map((s) => `${s.name}:${s.state}`);
  for (const name of ["primary:up", "vision:up", "whisper:up", "piper:up"]) {
    ok(names.includes(name), names.join());
  }
});

Deno.test("ai-router demo --profile thor runs every Thor route against simulators, swaps included", async () => {
  await using cli = startCli(["demo", "--profile", "thor", "--port", "0"]);
  const [, baseUrl] = await cli.waitFor(/ai-router demo is running at (http:\/\/\S+)/, 30_000);
  const client = new OpenAI({ baseURL: `${baseUrl}/v1`, apiKey: "unused", maxRetries: 0 });
  const before = await readStats(baseUrl as string);
  equal(before.supervision.enabled, true, "the supervisor's state is simulated");
  equal(before.supervision.containers["coder-30b-a3b"]?.wanted, false, "one member of the swap group runs");

  const routes = [
    ["hi", "SIMPLE", "chat-4b"],
    ["explain why the sky is blue", "MODERATE", "chat-8b"],
    ["Prove that sqrt(2) is irrational", "COMPLEX", "cloud"],
    ["What happened in the news today?", "ENRICH", "chat-8b"],
    ["write a python function that adds two numbers", "CODE", "coder"],
    // Over the plan's 8192-token line the long-context coder answers: its container is swapped in first.
    [`write a python function for this data: ${"value, ".repeat(6000)}`, "CODE", "coder-long"],
  ];
  for (const [question, route, backend] of routes) {
    const answer = await ask(client, question as string);
    equal(`${answer.route} ${answer.backend}`, `${route} ${backend}`, question?.slice(0, 40));
  }
  const after = await readStats(baseUrl as string);
  equal(after.supervision.containers["coder-30b-a3b"]?.state, "ready");
  equal(after.supervision.containers["coder-32b"]?.wanted, false);
  equal(after.services.find((s) => s.name === "coder")?.state, "swapped out");

  const vision = await askWithImage(client);
  equal(vision.backend, "vision");
  const speech = await client.audio.speech.create({
    model: "tts-1",
    voice: "alloy",
    input: "Hello from Thor.",
    response_format: "wav",
  });
  const wav = new Uint8Array(await speech.arrayBuffer());
  equal(new TextDecoder().decode(wav.slice(0, 4)), "RIFF");
  const transcript = await client.audio.transcriptions.create({
    file: await toFile(wav, "hello.wav"),
    model: "whisper-1",
  });
  match(transcript.text, /\S/);
  const roles = after.services.filter((s) => s.roles.includes("transcription") || s.roles.includes("speech"));
  equal(roles.length, 2, "Whisper and Piper");
});
