import { deepEqual, equal, ok } from "node:assert/strict";
import OpenAI from "openai";
import { createManualClock } from "../src/manual_clock.ts";
import { toKeyHash } from "../src/users/key_ring.ts";
import { assertMatchesSchema } from "./openapi_schema.ts";
import { startTestRouter, type TestRouter } from "./test_router.ts";

type Json = Record<string, unknown>;

const USERS_YAML = `
users:
  members:
    alice: { key: "${toKeyHash("alice-key")}" }
    bob: { key: "${toKeyHash("bob-key")}" }
`;

function clientFor(router: TestRouter, apiKey: string): OpenAI {
  return new OpenAI({ baseURL: `${router.baseUrl}/v1`, apiKey, maxRetries: 0 });
}

async function expectNotFound(promise: Promise<unknown>, param: string | null = null) {
  const error = await promise.then(() => undefined, (e) => e);
  ok(error instanceof OpenAI.NotFoundError, `expected a 404, got ${error}`);
  equal(error.param, param);
}

function lastMessages(router: TestRouter): Json[] {
  return router.upstreams.primary.requests.at(-1)?.body.messages as Json[];
}

Deno.test("previous_response_id continues the conversation: earlier turns are sent again, instructions are not", async () => {
  await using router = await startTestRouter();
  const first = await router.client.responses.create({
    model: "ai-router",
    input: "My name is Ada",
    instructions: "Be formal.",
  });
  const second = await router.client.responses.create({
    model: "ai-router",
    input: "What is my name?",
    previous_response_id: first.id,
  });
  assertMatchesSchema("Response", second);
  equal(second.previous_response_id, first.id);
  const turns = lastMessages(router).filter((m) => m.role !== "system");
  deepEqual(turns.map((m) => m.role), ["user", "assistant", "user"]);
  equal(turns[0]?.content, "My name is Ada");
  equal(turns[1]?.content, first.output_text);
  ok(!lastMessages(router).some((m) => String(m.content).includes("Be formal.")));
});

Deno.test("GET and DELETE /v1/responses/{id} read and remove a stored response", async () => {
  await using router = await startTestRouter();
  const created = await router.client.responses.create({ model: "ai-router", input: "keep me" });
  const read = await router.client.responses.retrieve(created.id);
  assertMatchesSchema("Response", read);
  equal(read.id, created.id);
  equal(read.output_text, created.output_text);
  const deleted = await fetch(`${router.baseUrl}/v1/responses/${created.id}`, { method: "DELETE" });
  equal(deleted.status, 200);
  deepEqual(await deleted.json(), { id: created.id, object: "response.deleted", deleted: true });
  await expectNotFound(router.client.responses.retrieve(created.id));
  await expectNotFound(
    router.client.responses.create({ model: "ai-router", input: "x", previous_response_id: created.id }),
    "previous_response_id",
  );
});

Deno.test("another member's response id is a 404 for GET, DELETE and previous_response_id", async () => {
  await using router = await startTestRouter({ extraYaml: USERS_YAML });
  const alice = clientFor(router, "alice-key");
  const bob = clientFor(router, "bob-key");
  const mine = await alice.responses.create({ model: "ai-router", input: "secret plans" });
  await expectNotFound(bob.responses.retrieve(mine.id));
  await expectNotFound(bob.responses.delete(mine.id));
  await expectNotFound(
    bob.responses.create({ model: "ai-router", input: "and?", previous_response_id: mine.id }),
    "previous_response_id",
  );
  equal((await alice.responses.retrieve(mine.id)).id, mine.id);
});

Deno.test("store: false keeps nothing", async () => {
  const dir = await Deno.makeTempDir();
  try {
    await using router = await startTestRouter({ responsesDir: dir });
    const response = await router.client.responses.create({
      model: "ai-router",
      input: "forget me",
      store: false,
    });
    equal((response as unknown as Json).store, false);
    await expectNotFound(router.client.responses.retrieve(response.id));
    deepEqual(router.responseStore.size(), { responses: 0, bytes: 0 });
    deepEqual([...Deno.readDirSync(dir)], []);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("responses are files that survive a restart and expire after responses.retentionDays", async () => {
  const dir = await Deno.makeTempDir();
  const clock = createManualClock(Date.now());
  const options = { responsesDir: dir, clock, extraYaml: "responses: { retentionDays: 1 }" };
  try {
    let id: string;
    {
      await using router = await startTestRouter(options);
      const stream = await router.client.responses.create({
        model: "ai-router",
        input: "remember",
        stream: true,
      });
      for await (const event of stream) if (event.type === "response.completed") id = event.response.id;
    }
    equal(Deno.statSync(`${dir}/${id!}.json`).isFile, true);
    await using router = await startTestRouter(options);
    equal((await router.client.responses.retrieve(id!)).id, id!);
    clock.advance(2 * 86_400_000);
    await expectNotFound(router.client.responses.retrieve(id!));
    deepEqual([...Deno.readDirSync(dir)], []);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("the store drops its oldest responses when over responses.maxBytes", async () => {
  await using router = await startTestRouter({ extraYaml: "responses: { maxBytes: 6000 }" });
  const ids: string[] = [];
  for (let i = 0; i < 6; i++) {
    ids.push((await router.client.responses.create({ model: "ai-router", input: `turn ${i}` })).id);
  }
  const { bytes, responses } = router.responseStore.size();
  ok(bytes <= 6000 && responses < 6, `store holds ${responses} responses, ${bytes} bytes`);
  await expectNotFound(router.client.responses.retrieve(ids[0]!));
  equal((await router.client.responses.retrieve(ids[5]!)).id, ids[5]);
});

Deno.test("an item_reference to another member's output item is a 400 naming the item", async () => {
  await using router = await startTestRouter({ extraYaml: USERS_YAML });
  const mine = await clientFor(router, "alice-key").responses.create({ model: "ai-router", input: "hi" });
  const itemId = String(mine.output[0]?.id);
  const error = await clientFor(router, "bob-key").responses.create({
    model: "ai-router",
    input: [{ type: "item_reference", id: itemId }, { role: "user", content: "go on" }],
  }).then(() => undefined, (e) => e);
  ok(error instanceof OpenAI.BadRequestError, `expected a 400, got ${error}`);
  equal(error.param, "input.0.id");
  ok(error.message.includes(itemId));
});

Deno.test("a stored response file damaged on disk reads as missing, not as a server error", async () => {
  const dir = await Deno.makeTempDir();
  try {
    await using router = await startTestRouter({ responsesDir: dir });
    const created = await router.client.responses.create({ model: "ai-router", input: "keep me" });
    await Deno.writeTextFile(`${dir}/${created.id}.json`, "{ not json");
    await expectNotFound(router.client.responses.retrieve(created.id));
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
