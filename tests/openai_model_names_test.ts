/**
 * The model names apps send without asking: OpenAI's own embedding, speech and transcription ids reach the
 * box's models by default, through the demo, with the official client and the Vercel AI SDK.
 */
import { createOpenAI } from "@ai-sdk/openai";
import { embed } from "ai";
import { equal, ok } from "node:assert/strict";
import OpenAI, { toFile } from "openai";
import { startCli } from "./run_cli.ts";

Deno.test("the demo answers OpenAI's embedding, speech and transcription model names, unlisted in /v1/models", async () => {
  await using cli = startCli(["demo", "--port", "0"]);
  const [, baseUrl] = await cli.waitFor(/ai-router demo is running at (http:\/\/\S+)/);
  const client = new OpenAI({ baseURL: `${baseUrl}/v1`, apiKey: "unused", maxRetries: 0 });
  for (const model of ["text-embedding-3-small", "text-embedding-3-large", "text-embedding-ada-002"]) {
    const { data, response } = await client.embeddings.create({ model, input: "hello" }).withResponse();
    equal(response.headers.get("x-ai-router-route"), "EMBEDDINGS", model);
    ok((data.data[0]?.embedding.length ?? 0) > 0, model);
  }
  const openai = createOpenAI({ baseURL: `${baseUrl}/v1`, apiKey: "unused" });
  const { embedding } = await embed({ model: openai.embedding("text-embedding-3-small"), value: "hello" });
  ok(embedding.length > 0);

  for (const model of ["tts-1", "tts-1-hd", "gpt-4o-mini-tts"]) {
    const speech = await client.audio.speech.create({
      model,
      voice: "alloy",
      input: "Hi.",
      response_format: "wav",
    });
    equal(speech.headers.get("content-type"), "audio/wav", model);
    const wav = new Uint8Array(await speech.arrayBuffer());
    for (const transcriber of ["whisper-1", "gpt-4o-transcribe", "gpt-4o-mini-transcribe"]) {
      const text = await client.audio.transcriptions.create({
        file: await toFile(wav, "hi.wav"),
        model: transcriber,
      });
      ok(text.text.length > 0, `${model} → ${transcriber}`);
    }
  }
  const listed = (await client.models.list()).data.map((m) => m.id);
  ok(!listed.includes("text-embedding-3-small"), listed.join());
  const audioModels = await (await fetch(`${baseUrl}/v1/audio/models`)).json();
  ok(audioModels.models.some((m: { id: string }) => m.id === "gpt-4o-mini-tts"));
});
