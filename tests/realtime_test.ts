import { deepEqual, equal, ok } from "node:assert/strict";
import { fromBase64 } from "../src/base64.ts";
import { appendAudio, hasEspeak, openRealtimeClient, speakWithEspeak, waitFor } from "./realtime_client.ts";
import { ANSWER, startRealtimeRouter } from "./realtime_fixture.ts";

const ignore = !hasEspeak();

Deno.test({
  name: "realtime: a spoken turn through the official client: VAD, Whisper, the routed answer, Piper speech",
  ignore,
  fn: async () => {
    await using box = await startRealtimeRouter();
    const { baseUrl } = box.router;
    await using client = await openRealtimeClient(baseUrl, { apiKey: "test-user-key", caCert: box.caCert });
    const created = await client.next("session.created");
    equal(created.session.type, "realtime");
    appendAudio(client, await speakWithEspeak("What is the weather like today?"));
    const started = await client.next("input_audio_buffer.speech_started");
    const stopped = await client.next("input_audio_buffer.speech_stopped");
    equal(stopped.item_id, started.item_id);
    ok(stopped.audio_end_ms > started.audio_start_ms);
    const committed = await client.next("input_audio_buffer.committed");
    equal(committed.item_id, started.item_id);
    const heard = await client.next("conversation.item.input_audio_transcription.completed");
    // The simulated Whisper reports the length of what it was sent: the turn's audio up to the end of speech.
    const seconds = Number(heard.transcript.match(/of ([\d.]+) seconds/)?.[1]);
    ok(
      Math.abs(seconds - stopped.audio_end_ms / 1000) <= 0.2,
      `${heard.transcript} vs ${stopped.audio_end_ms} ms`,
    );
    const done = await client.next("response.done");
    equal(done.response.status, "completed");
    ok((done.response.usage?.output_tokens ?? 0) > 0);
    const transcript = client.events.filter((e) => e.type === "response.output_audio_transcript.delta")
      .map((e) => e.delta).join("");
    equal(transcript, ANSWER);
    const audioDeltas = client.events.filter((e) => e.type === "response.output_audio.delta");
    const bytes = audioDeltas.reduce((n, e) => n + fromBase64(e.delta).byteLength, 0);
    ok(bytes > 24_000 * 2, `an answer of three sentences is over a second of speech (${bytes} bytes)`);
    // Sentence by sentence: the first audio goes out before the model has finished writing.
    const types = client.events.map((e) => e.type);
    ok(
      types.indexOf("response.output_audio.delta") <
        types.lastIndexOf("response.output_audio_transcript.delta"),
    );
    deepEqual(box.piperSpoken().map((s) => s.text), [
      "The box heard you clearly.",
      "It answers in three short sentences.",
      "This is the last one.",
    ]);
    deepEqual(client.problems, []);
    // One session log entry for the turn, with what was heard.
    const entry = box.router.sessions.at(-1);
    equal(entry?.user_query, heard.transcript);
    ok(entry?.notes?.some((n) => n.startsWith("Realtime voice turn: heard")));
    // The family sees the member's voice use: /stats and the status page.
    using tls = Deno.createHttpClient({ caCerts: [box.caCert] });
    const stats = await (await fetch(`${baseUrl}/stats`, { client: tls })).json();
    const voice = stats.today[entry?.user ?? ""]?.voice;
    ok(voice?.secondsToday > 0 && voice.openSessions === 1, JSON.stringify(voice));
    const page = await (await fetch(`${baseUrl}/`, { client: tls })).text();
    ok(/voice: [\d.]+ (s|min) today, talking now/.test(page), "the status page shows the voice use");
  },
});

Deno.test({
  name: "realtime: a text-only session answers with text events and no audio",
  fn: async () => {
    await using box = await startRealtimeRouter();
    await using client = await openRealtimeClient(box.router.baseUrl, { apiKey: "k", caCert: box.caCert });
    await client.next("session.created");
    client.send({ type: "session.update", session: { type: "realtime", output_modalities: ["text"] } });
    const updated = await client.next("session.updated");
    deepEqual("output_modalities" in updated.session ? updated.session.output_modalities : [], ["text"]);
    client.send({
      type: "conversation.item.create",
      item: { type: "message", role: "user", content: [{ type: "input_text", text: "Say something." }] },
    });
    await client.next("conversation.item.created");
    client.send({ type: "response.create" });
    const done = await client.next("response.done");
    equal(done.response.status, "completed");
    const text = client.events.filter((e) => e.type === "response.output_text.delta").map((e) => e.delta)
      .join("");
    equal(text, ANSWER);
    equal((await client.next("response.output_text.done")).text, ANSWER);
    equal(client.events.some((e) => e.type === "response.output_audio.delta"), false);
    deepEqual(box.piperSpoken(), []);
    deepEqual(client.problems, []);
  },
});

Deno.test({
  name: "realtime: a function call comes back as function-call events and its output continues the turn",
  fn: async () => {
    await using box = await startRealtimeRouter({
      routerOptions: { behaviour: { primary: { reply: (body) => replyAfterTool(body) } } },
    });
    await using client = await openRealtimeClient(box.router.baseUrl, { apiKey: "k", caCert: box.caCert });
    await client.next("session.created");
    client.send({
      type: "session.update",
      session: {
        type: "realtime",
        output_modalities: ["text"],
        tools: [{
          type: "function",
          name: "get_weather",
          description: "The weather in a city",
          parameters: { type: "object", properties: { city: { type: "string" } }, required: ["city"] },
        }],
      },
    });
    await client.next("session.updated");
    client.send({
      type: "conversation.item.create",
      item: {
        type: "message",
        role: "user",
        content: [{ type: "input_text", text: "get_weather in Paris" }],
      },
    });
    client.send({ type: "response.create" });
    const args = await client.next("response.function_call_arguments.done");
    equal(args.name, "get_weather");
    ok(JSON.parse(args.arguments));
    const first = await client.next("response.done");
    equal(first.response.output?.[0]?.type, "function_call");
    const from = client.events.length;
    client.send({
      type: "conversation.item.create",
      item: { type: "function_call_output", call_id: args.call_id, output: '{"sky":"clear"}' },
    });
    client.send({ type: "response.create" });
    const second = await client.next("response.done", { from });
    equal(second.response.status, "completed");
    const text = client.events.slice(from).filter((e) => e.type === "response.output_text.delta")
      .map((e) => e.delta).join("");
    equal(text, "The tool said: clear sky.");
    deepEqual(client.problems, []);
  },
});

/** The simulated model's prose after a tool result (the simulator calls the tool first by itself). */
function replyAfterTool(body: Record<string, unknown>): string {
  const messages = body.messages as { role: string; content?: string }[];
  const last = messages.at(-1);
  return last?.role === "tool" ? `The tool said: ${JSON.parse(String(last.content)).sky} sky.` : ANSWER;
}

Deno.test({
  name: "realtime: speech during an answer cancels it upstream and truncates the item to the audio sent",
  ignore,
  fn: async () => {
    const slow = { interTokenMs: 150 };
    await using box = await startRealtimeRouter({
      routerOptions: { behaviour: { primary: slow, cloud: slow } },
    });
    await using client = await openRealtimeClient(box.router.baseUrl, { apiKey: "k", caCert: box.caCert });
    await client.next("session.created");
    appendAudio(client, await speakWithEspeak("Tell me a long story."));
    await client.next("response.output_audio.delta", { timeoutMs: 30_000 });
    const from = client.events.length;
    appendAudio(client, await speakWithEspeak("Stop."));
    const done = await client.next("response.done");
    equal(done.response.status, "cancelled");
    equal(done.response.status_details?.reason, "turn_detected");
    const bargeIn = client.events.findIndex((e, i) =>
      i >= from && e.type === "input_audio_buffer.speech_started"
    );
    ok(bargeIn >= 0);
    const truncated = await client.next("conversation.item.truncated");
    const item = done.response.output?.[0];
    equal(truncated.item_id, item?.id);
    // No answer audio after response.done, and the answer's upstream call was cancelled.
    const doneAt = client.events.indexOf(done);
    equal(client.events.slice(doneAt).some((e) => e.type === "response.output_audio.delta"), false);
    const upstream = () =>
      [box.router.upstreams.primary, box.router.upstreams.cloud]
        .flatMap((u) => u.requests).filter((r) =>
          r.path.endsWith("/chat/completions") && r.body.stream === true
        );
    await waitFor(() => upstream().some((r) => r.aborted), "the streamed chat call was cancelled");
    await waitFor(
      () => box.router.sessions.some((s) => s.status === 499),
      "the cancelled turn's entry is a 499",
    );
    deepEqual(client.problems, []);
  },
});
