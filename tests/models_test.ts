import { deepEqual, equal, ok, rejects } from "node:assert/strict";
import OpenAI from "openai";
import { startTestRouter } from "./test_router.ts";

Deno.test("GET /v1/models lists the public model first, then the aliases", async () => {
  await using router = await startTestRouter();
  const models = [];
  for await (const model of router.client.models.list()) models.push(model);
  deepEqual(models.map((m) => m.id), ["ai-router", "local", "cloud"]);
  equal(models[0]?.object, "model");
  equal(models[0]?.owned_by, "ai-router");
  const raw = models[2] as unknown as {
    context_length: number;
    architecture: { input_modalities: string[] };
  };
  equal(raw.context_length, 131072);
  deepEqual(raw.architecture.input_modalities, ["text"]);
});

Deno.test("GET /v1/models/{id} retrieves one model or answers 404", async () => {
  await using router = await startTestRouter();
  const model = await router.client.models.retrieve("local");
  equal(model.id, "local");
  await rejects(router.client.models.retrieve("nope"), (error: unknown) => {
    ok(error instanceof OpenAI.NotFoundError);
    return true;
  });
});
