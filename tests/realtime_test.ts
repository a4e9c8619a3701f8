import { deepEqual, equal, ok } from "node:assert/strict";
import { fromBase64 } from "../src/base64.ts";
import { appendAudio, hasEspeak, openRealtimeClient, speakWithEspeak } from "./realtime_client.ts";
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
  },
});
