import { equal, ok } from "node:assert/strict";
import WebSocket from "ws";
import { toBase64 } from "../src/base64.ts";
import { toKeyHash } from "../src/users/key_ring.ts";
import { appendAudio, hasEspeak, openRealtimeClient, speakWithEspeak, waitFor } from "./realtime_client.ts";
import { startRealtimeRouter } from "./realtime_fixture.ts";

const ALICE = "alice-key";
const members = (limits: string) =>
  `users:\n  members:\n    alice:\n      key: "${toKeyHash(ALICE)}"\n      limits: ${limits}\n`;

Deno.test("realtime errors: unknown events, audio that is not base64, and a 50 MB append are error events", async () => {
  await using box = await startRealtimeRouter();
  await using client = await openRealtimeClient(box.router.baseUrl, { apiKey: "k", caCert: box.caCert });
  await client.next("session.created");
  client.rt.socket.send(JSON.stringify({ type: "conversation.teleport", event_id: "evt_1" }));
  const unknown = await client.next("error");
  equal(unknown.error.code, "unknown_event");
  equal(unknown.error.event_id, "evt_1");
  client.send({ type: "input_audio_buffer.append", audio: "this is not base64!" });
  const bad = await client.next("error", { from: client.events.length });
  equal(bad.error.code, "invalid_value");
  equal(bad.error.param, "audio");
  const from = client.events.length;
  // 50 MB on the wire: 37.5 MB of audio, over the API's 15 MiB per append.
  client.send({ type: "input_audio_buffer.append", audio: toBase64(new Uint8Array(37_500_000)) });
  const big = await client.next("error", { from, timeoutMs: 60_000 });
  equal(big.error.code, "event_too_large");
  // The session goes on after each refusal.
  client.send({ type: "input_audio_buffer.clear" });
  await client.next("input_audio_buffer.cleared");
  client.rt.socket.send("{not json");
  equal((await client.next("error", { from: client.events.length - 1 })).error.code, "invalid_json");
  equal(client.problems.length, 0, client.problems.join("; "));
});

Deno.test("realtime errors: a buffer never committed stops growing at 10 minutes of audio, with an error event", async () => {
  await using box = await startRealtimeRouter();
  await using client = await openRealtimeClient(box.router.baseUrl, { apiKey: "k", caCert: box.caCert });
  await client.next("session.created");
  // Push-to-talk (no server VAD): nothing commits by itself. Two 14 MB appends fit in 28.8 MB; a third does not.
  client.send({
    type: "session.update",
    session: { type: "realtime", audio: { input: { turn_detection: null } } },
  });
  await client.next("session.updated");
  const from = client.events.length;
  const chunk = toBase64(new Uint8Array(14_000_000));
  for (let i = 0; i < 3; i++) client.send({ type: "input_audio_buffer.append", audio: chunk });
  const full = await client.next("error", { from, timeoutMs: 60_000 });
  equal(full.error.code, "input_audio_buffer_full");
  client.send({ type: "input_audio_buffer.clear" });
  await client.next("input_audio_buffer.cleared");
  equal(client.problems.length, 0, client.problems.join("; "));
});

Deno.test("realtime errors: a client that never sends audio is closed with an error event saying why", async () => {
  await using box = await startRealtimeRouter({ realtimeYaml: "  idleTimeoutMs: 300" });
  await using client = await openRealtimeClient(box.router.baseUrl, { apiKey: "k", caCert: box.caCert });
  await client.next("session.created");
  const idle = await client.next("error");
  equal(idle.error.code, "session_idle");
  const closed = await client.closed;
  equal(closed.code, 1001);
  ok(closed.reason.includes("idle"));
});

Deno.test({
  name:
    "realtime errors: a client leaving mid-answer cancels the upstream call and the turn's entry is a 499",
  ignore: !hasEspeak(),
  fn: async () => {
    const slow = { interTokenMs: 150 };
    await using box = await startRealtimeRouter({
      routerOptions: { behaviour: { primary: slow, cloud: slow } },
    });
    const client = await openRealtimeClient(box.router.baseUrl, { apiKey: "k", caCert: box.caCert });
    await client.next("session.created");
    appendAudio(client, await speakWithEspeak("Tell me everything."));
    await client.next("response.output_audio_transcript.delta", { timeoutMs: 30_000 });
    client.rt.socket.terminate();
    await client.closed;
    const streamed = () =>
      [box.router.upstreams.primary, box.router.upstreams.cloud].flatMap((u) => u.requests)
        .filter((r) => r.path.endsWith("/chat/completions") && r.body.stream === true);
    await waitFor(() => streamed().some((r) => r.aborted), "the upstream call was cancelled");
    await waitFor(() => box.router.sessions.some((s) => s.status === 499), "the turn's entry is a 499");
  },
});

Deno.test({
  name: "realtime errors: a member over the day's voice minutes is refused the turn with an error event",
  ignore: !hasEspeak(),
  fn: async () => {
    await using box = await startRealtimeRouter({
      routerOptions: { extraYaml: members("{ voiceMinutesPerDay: 1 }") },
    });
    box.router.users.voice.addSeconds("alice", 60, box.router.users.now());
    await using client = await openRealtimeClient(box.router.baseUrl, { apiKey: ALICE, caCert: box.caCert });
    await client.next("session.created");
    appendAudio(client, await speakWithEspeak("Hello again."));
    const refused = await client.next("error");
    equal(refused.error.code, "voice_minutes_exceeded");
    ok(refused.error.message.includes("1 minutes"));
    equal(client.events.some((e) => e.type === "response.created"), false);
  },
});

Deno.test("realtime errors: too many sessions for a member is an error event and a close with the reason", async () => {
  await using box = await startRealtimeRouter({
    routerOptions: { extraYaml: members("{ voiceSessions: 1 }") },
  });
  await using first = await openRealtimeClient(box.router.baseUrl, { apiKey: ALICE, caCert: box.caCert });
  await first.next("session.created");
  await using second = await openRealtimeClient(box.router.baseUrl, { apiKey: ALICE, caCert: box.caCert });
  const refused = await second.next("error");
  equal(refused.error.code, "session_limit_reached");
  const closed = await second.closed;
  equal(closed.code, 1008);
  ok(closed.reason.includes("Too many voice sessions"));
});

Deno.test("realtime: a browser's subprotocol key and a short-lived client secret open sessions", async () => {
  await using box = await startRealtimeRouter({ routerOptions: { extraYaml: members("{}") } });
  const url = `${box.router.baseUrl.replace("https", "wss")}/v1/realtime?model=ai-router`;
  const opened = (protocols: string[]) =>
    new Promise<string>((resolve, reject) => {
      const socket = new WebSocket(url, protocols, { ca: box.caCert });
      socket.on("message", (data: unknown) => {
        resolve(`${socket.protocol} ${JSON.parse(String(data)).type}`);
        socket.close();
      });
      socket.on("unexpected-response", (_: unknown, response: { statusCode: number }) =>
        reject(new Error(`HTTP ${response.statusCode}`)));
      socket.on("error", reject);
    });
  equal(await opened(["realtime", `openai-insecure-api-key.${ALICE}`]), "realtime session.created");
  const caClient = Deno.createHttpClient({ caCerts: [box.caCert] });
  try {
    const minted = await fetch(`${box.router.baseUrl}/v1/realtime/client_secrets`, {
      method: "POST",
      client: caClient,
      headers: { authorization: `Bearer ${ALICE}`, "content-type": "application/json" },
      body: JSON.stringify({ expires_after: { anchor: "created_at", seconds: 60 } }),
    });
    const secret = await minted.json();
    ok(String(secret.value).startsWith("ek_"));
    ok(secret.expires_at > Date.now() / 1000);
    equal(await opened(["realtime", `openai-insecure-api-key.${secret.value}`]), "realtime session.created");
    await using viaClient = await openRealtimeClient(box.router.baseUrl, {
      apiKey: secret.value,
      caCert: box.caCert,
    });
    await viaClient.next("session.created");
    await assertRejects(() => opened(["realtime", "openai-insecure-api-key.ek_unknown"]), "HTTP 401");
  } finally {
    caClient.close();
  }
});

async function assertRejects(run: () => Promise<unknown>, message: string): Promise<void> {
  const error = await run().then(() => undefined, (e: Error) => e);
  equal(error?.message, message);
}
