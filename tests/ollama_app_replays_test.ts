/**
 * Requests as two real Ollama clients send them, read from their source and replayed as raw HTTP:
 * - Open WebUI's Ollama connection: open-webui/open-webui backend/open_webui/routers/ollama.py@598282cf75de358215d045c617e70d28bc48929e
 *   (`verify_connection` → `GET /api/version`, `get_all_models` → `GET /api/tags` then `/api/ps` with
 *   `datetime.fromisoformat(expires_at)`, `generate_chat_completion` → `POST /api/chat` with `:latest` added,
 *   Bearer key and the X-OpenWebUI-User-* headers) and the body it builds in
 *   backend/open_webui/utils/payload.py@227ce3f63e9eabf4cbdff5f13be7967a869e0d91
 *   (`convert_messages_openai_to_ollama`: images as bare base64, tool calls with `index`/`id` and object
 *   arguments, tool results with `tool_call_id`; `convert_embedding_payload_openai_to_ollama`: `input` plus
 *   `prompt`).
 * - Home Assistant's Ollama integration: home-assistant/core homeassistant/components/ollama/config_flow.py@8215faea0d728bcaf459e1027e049a74c78449d9
 *   (`client.list()`, the chosen name must be one of the listed `model`s, else it calls `pull`) and
 *   entity.py@31b9d64e0d37430a3a9f212231551ec4ca170a8b (`client.chat(..., stream=True,
 *   keep_alive="-1s", options={"num_ctx": 8192}, tools=...)`, tool results as `{"role": "tool", "content":
 *   json}` with no name or id; the ollama Python client drops `None` fields).
 * - Reins: ibrahimcetin/reins lib/Services/ollama_service.dart@5c129bccb4b89abaadd6f25f86d6f411ef154c6e (no
 *   key header at all; `/api/tags` parsed by lib/Models/ollama_model.dart@2b5173bca830ba37b45ff7548800e5ee2f79ac0d,
 *   `/api/chat` streamed and `/api/generate` whole, messages with `"images": null`, the options of
 *   lib/Models/ollama_chat.dart@5263e66fdd798591cad32ecd6235a69a0063076e `toMap()`, every line parsed by
 *   lib/Models/ollama_message.dart@514b22e74aa83deb5618d0ece7e1ddd97edc6cf4 with `DateTime.parse(created_at)`).
 */
import { deepEqual, equal, match, ok } from "node:assert/strict";
import { PNG_BASE64, startRouterWithExtras } from "./extra_upstreams.ts";
import type { TestRouter } from "./test_router.ts";

const USERS_YAML = `
users:
  members:
    openwebui:
      key: OWUI_KEY
      trustForwardedUsers: true
    dave:
      forwardedIds: [dave@example.com]
    homeassistant:
      key: HA_KEY
`;
const SECRETS = { OWUI_KEY: "owui-key", HA_KEY: "ha-key" };
const OWUI_HEADERS = {
  "content-type": "application/json",
  authorization: "Bearer owui-key",
  "x-openwebui-user-name": "Dave",
  "x-openwebui-user-id": "u-1",
  "x-openwebui-user-email": "dave@example.com",
  "x-openwebui-user-role": "user",
};
const HA_HEADERS = { "content-type": "application/json", authorization: "Bearer ha-key" };

// deno-lint-ignore no-explicit-any
type Line = Record<string, any>;

async function readLines(response: Response): Promise<Line[]> {
  equal(response.status, 200);
  equal(response.headers.get("content-type"), "application/x-ndjson");
  const text = await response.text();
  return text.trimEnd().split("\n").map((line) => JSON.parse(line));
}

function send(
  router: TestRouter,
  { path, body, headers }: { path: string; body: unknown; headers: Record<string, string> },
) {
  return fetch(`${router.ollamaUrl}${path}`, { method: "POST", headers, body: JSON.stringify(body) });
}

const weather = {
  type: "function",
  function: {
    name: "get_weather",
    description: "The weather in a city",
    parameters: { type: "object", properties: { city: { type: "string" } }, required: ["city"] },
  },
};

Deno.test("Open WebUI's Ollama connection: verify, models, ps, a photo chat, a tool result and embeddings", async () => {
  await using extras = await startRouterWithExtras({ extraYaml: USERS_YAML, secrets: SECRETS });
  const { router } = extras;
  const version = await fetch(`${router.ollamaUrl}/api/version`, { headers: OWUI_HEADERS });
  match((await version.json()).version, /^\d+\.\d+\.\d+$/);
  const tags = await (await fetch(`${router.ollamaUrl}/api/tags`, { headers: OWUI_HEADERS })).json();
  const ids: string[] = tags.models.map((model: Line) => model.model);
  ok(ids.includes("ai-router:latest"));
  const ps = await (await fetch(`${router.ollamaUrl}/api/ps`, { headers: OWUI_HEADERS })).json();
  for (const model of ps.models) ok(!Number.isNaN(Date.parse(model.expires_at)), "fromisoformat-able");

  // A photo turn as convert_messages_openai_to_ollama writes it, options from apply_model_params_to_body_ollama.
  const lines = await readLines(
    await send(router, {
      path: "/api/chat",
      body: {
        model: "ai-router:latest",
        messages: [
          { role: "system", content: "You are helpful." },
          { role: "user", content: "What is in this picture?", images: [PNG_BASE64] },
        ],
        stream: true,
        options: { temperature: 0.7, num_predict: 256, stop: ["\n\n\n"], num_ctx: 8192 },
        keep_alive: "5m",
      },
      headers: OWUI_HEADERS,
    }),
  );
  equal(lines.at(-1)?.done, true);
  match(lines.map((line) => line.message.content).join(""), /sim-vl/);
  const visionBody = extras.vision.requests.at(-1)?.body as Line;
  equal(visionBody.temperature, 0.7);
  deepEqual(visionBody.stop, ["\n\n\n"]);
  equal("num_ctx" in visionBody, false);
  equal(router.sessions.at(-1)?.user, "dave", "the forwarded user is the member");

  // The tool result turn: the assistant's call with index, id and object arguments, the result by id.
  const answer = await send(router, {
    path: "/api/chat",
    body: {
      model: "ai-router:latest",
      messages: [
        { role: "user", content: "Weather in Oslo?" },
        {
          role: "assistant",
          content: "",
          tool_calls: [{
            index: 0,
            id: "call_abc",
            function: { name: "get_weather", arguments: { city: "Oslo" } },
          }],
        },
        { role: "tool", content: '{"temperature": 4}', tool_call_id: "call_abc" },
      ],
      tools: [weather],
      stream: false,
    },
    headers: OWUI_HEADERS,
  });
  equal(answer.status, 200);
  const whole = await answer.json();
  equal(whole.done, true);
  ok(whole.message.content.length > 0);
  const sent = router.upstreams.primary.requests.at(-1)?.body as Line;
  equal(sent.messages.at(-2).tool_calls[0].id, "call_abc");
  equal(sent.messages.at(-2).tool_calls[0].function.arguments, '{"city":"Oslo"}');
  equal(sent.messages.at(-1).tool_call_id, "call_abc");

  const embedded = await send(router, {
    path: "/api/embed",
    body: {
      model: "embeddings",
      input: ["first", "second"],
      prompt: "first\nsecond",
    },
    headers: OWUI_HEADERS,
  });
  const embeddings = await embedded.json();
  equal(embeddings.embeddings.length, 2);
});

Deno.test("Home Assistant's Ollama integration: set-up list, a streamed tool turn, a refused pull", async () => {
  await using extras = await startRouterWithExtras({ extraYaml: USERS_YAML, secrets: SECRETS });
  const { router } = extras;
  const tags = await (await fetch(`${router.ollamaUrl}/api/tags`, { headers: HA_HEADERS })).json();
  const downloaded = new Set(tags.models.map((model: Line) => model.model));
  ok(downloaded.has("ai-router:latest"), "the chosen model counts as downloaded, so no pull");

  const turnOn = {
    type: "function",
    function: {
      name: "HassTurnOn",
      parameters: { type: "object", properties: { name: { type: "string" } }, required: ["name"] },
      description: "Turns on/opens a device or entity",
    },
  };
  const base = {
    model: "ai-router:latest",
    tools: [turnOn],
    stream: true,
    "keep_alive": "-1s",
    options: { num_ctx: 8192 },
  };
  const system = { role: "system", content: "You are a voice assistant for Home Assistant." };
  const user = { role: "user", content: "Turn on the kitchen light" };
  const first = await readLines(
    await send(router, {
      path: "/api/chat",
      body: { ...base, messages: [system, user] },
      headers: HA_HEADERS,
    }),
  );
  const calls = first.flatMap((line) => line.message.tool_calls ?? []);
  equal(calls.length, 1);
  equal(calls[0].function.name, "HassTurnOn");
  equal(typeof calls[0].function.arguments.name, "string");
  equal(first.at(-1)?.done, true);
  equal(first.at(-1)?.done_reason, "stop");

  // The next round: HA's assistant message (tool call, no id) and the result with neither name nor id.
  const second = await readLines(
    await send(router, {
      path: "/api/chat",
      body: {
        ...base,
        messages: [
          system,
          user,
          { role: "assistant", content: "", tool_calls: [{ function: calls[0].function }] },
          { role: "tool", content: '{"success": true}' },
        ],
      },
      headers: HA_HEADERS,
    }),
  );
  ok(second.map((line) => line.message.content).join("").length > 0);
  const sent = router.upstreams.primary.requests.at(-1)?.body as Line;
  equal(sent.messages.at(-1).tool_call_id, sent.messages.at(-2).tool_calls[0].id);
  deepEqual(router.sessions.map((entry) => entry.user), ["homeassistant", "homeassistant"]);

  const pull = await send(router, {
    path: "/api/pull",
    body: { model: "llama3.2:latest", insecure: false, stream: false },
    headers: HA_HEADERS,
  });
  equal(pull.status, 403);
  match((await pull.json()).error, /managed by its configuration/);
});

Deno.test("Reins: its model list, a streamed chat with its default options, a whole generate", async () => {
  await using extras = await startRouterWithExtras();
  const { router } = extras;
  const headers = { "content-type": "application/json" };
  const tags = await (await fetch(`${router.ollamaUrl}/api/tags`, { headers })).json();
  for (const model of tags.models) {
    ok(!Number.isNaN(Date.parse(model.modified_at)));
    equal(typeof model.size, "number");
    equal(typeof model.digest, "string");
    equal(typeof model.details.parameter_size, "string");
  }
  // OllamaChatOptions() defaults, as toMap() writes them (num_predict left out while it is -1).
  const options = {
    mirostat: 0,
    "mirostat_eta": 0.1,
    "mirostat_tau": 5.0,
    "num_ctx": 2048,
    "repeat_last_n": 64,
    "repeat_penalty": 1.1,
    temperature: 0.8,
    seed: 0,
    "tfs_z": 1.0,
    "top_k": 40,
    "top_p": 0.9,
    "min_p": 0.0,
  };
  const lines = await readLines(
    await send(router, {
      path: "/api/chat",
      body: {
        model: "ai-router:latest",
        messages: [
          { role: "system", content: "Be brief.", images: null },
          { role: "user", content: "hi", images: null },
        ],
        options,
        stream: true,
      },
      headers,
    }),
  );
  for (const line of lines) {
    ok(!Number.isNaN(Date.parse(line.created_at)));
    ok(["user", "assistant", "system"].includes(line.message.role));
  }
  equal(lines.at(-1)?.done, true);
  const sent = router.upstreams.primary.requests.at(-1)?.body as Line;
  equal(sent.temperature, 0.8);
  equal(sent.top_k, 40);
  equal("num_ctx" in sent || "mirostat" in sent || "tfs_z" in sent, false);
  const title = await send(router, {
    path: "/api/generate",
    body: {
      model: "ai-router:latest",
      prompt: "Write a title for: hi",
      options,
      stream: false,
    },
    headers,
  });
  const whole = await title.json();
  equal(whole.done, true);
  equal(typeof whole.response, "string");
  equal("message" in whole, false, "a generate answer has no message: Reins reads response");
});
