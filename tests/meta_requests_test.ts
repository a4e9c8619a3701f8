import { deepEqual, equal, match, ok } from "node:assert/strict";
import { startTestRouter } from "./test_router.ts";

type Message = { role: "system" | "user" | "assistant"; content: string };
const user = (content: string): Message => ({ role: "user", content });
const history =
  "<chat_history>\nUSER: how do tides work?\nASSISTANT: The moon pulls the oceans.\n</chat_history>";

/** What each client sends for its META tasks (open-webui `backend/open_webui/config.py`, Continue, Chatbox and NextChat's own prompts), shortened. */
const CLIENT_TASKS: Array<[string, Message[]]> = [
  ["meta:openwebui-title", [
    user(
      `### Task:\nGenerate a concise, 3-5 word title with an emoji summarizing the chat history.\n### Output:\nJSON format: { "title": "your concise title here" }\n### Chat History:\n${history}`,
    ),
  ]],
  ["meta:openwebui-tags", [
    user(`### Task:\nGenerate 1-3 broad tags categorizing the main themes of the chat history.\n${history}`),
  ]],
  ["meta:openwebui-follow-ups", [
    user(`### Task:\nSuggest 3-5 relevant follow-up questions or prompts.\n${history}`),
  ]],
  ["meta:openwebui-queries", [
    user(
      `### Task:\nAnalyze the chat history to determine the necessity of generating search queries.\nToday's date is: 2026-11-23\n${history}`,
    ),
  ]],
  ["meta:openwebui-autocomplete", [
    user(
      "### Task:\nYou are an autocompletion system. Continue the text in `<text>`.\n<type>General</type>\n<text>How do</text>",
    ),
  ]],
  ["meta:openwebui-emoji", [
    user(
      "Your task is to reflect the speaker's likely facial expression through a fitting emoji.\nMessage: ```yay```",
    ),
  ]],
  ["meta:tool-selection", [{
    role: "system",
    content: 'Available Tools: [{"name": "weather"}]\nYour task is to choose and return the correct tool(s).',
  }, user("Query: weather in Paris?")]],
  ["meta:continue-title", [
    user("Given the following... reply with a title for the chat that is 3-4 words in length"),
  ]],
  ["meta:chatbox-title", [user("Based on the chat history, give this conversation a name.\nThe name is:")]],
  ["meta:nextchat-title", [
    user("hi"),
    { role: "assistant", content: "hello" },
    user("Generate a four to five word title"),
  ]],
  // NextChat in Japanese and Russian: its topic and summary prompts from those locales.
  ["meta:nextchat-title", [
    user("来月、京都に行きます。紅葉のおすすめは？"),
    { role: "assistant", content: "大原の三千院がおすすめです。" },
    user(
      "この文の簡潔なテーマを四から五文字で返してください。説明、句読点、感嘆詞、余計なテキストは不要です。太字も不要です。テーマがない場合は「雑談」と返してください",
    ),
  ]],
  ["meta:nextchat-summary", [
    user("Помоги составить план подготовки к собеседованию."),
    { role: "assistant", content: "Неделя 1: основы Python. Неделя 2: SQL. Неделя 3: практика." },
    {
      role: "system",
      content:
        "Кратко подведите итоги содержимого беседы для использования в качестве последующего контекстного запроса, не более 200 слов",
    },
  ]],
];

Deno.test("META requests from every client go to the fast model without the classifier", async () => {
  await using router = await startTestRouter();
  router.upstreams.primary.behaviour.reply = () => '<think>Which title?</think>\n{"title": "🌊 Tides"}';
  for (const [rule, messages] of CLIENT_TASKS) {
    const { data, response } = await router.client.chat.completions.create({
      model: "ai-router",
      messages,
      stream: false,
    })
      .withResponse();
    equal(response.headers.get("x-ai-router-route"), "META", rule);
    equal(data.choices[0]?.message.content, '{"title": "🌊 Tides"}', rule);
    equal(router.sessions.at(-1)?.rule, rule);
  }
  equal(router.upstreams.classifier.requests.length, 0);
  const sent = router.upstreams.primary.requests[0]?.body ?? {};
  deepEqual(sent.chat_template_kwargs, { enable_thinking: false });
  match((sent.messages as Message[])[0]?.content ?? "", /housekeeping tasks/);
});

Deno.test("a META answer that only reasoned still puts the JSON in content", async () => {
  await using router = await startTestRouter();
  // A model that wrote its answer after an unopened think block (content = reasoning + JSON).
  router.upstreams.primary.behaviour.reply = () => '</think>{"tags": ["Science"]}';
  const completion = await router.client.chat.completions.create({
    model: "ai-router",
    messages: CLIENT_TASKS[1]?.[1] ?? [],
  });
  const message = completion.choices[0]?.message as unknown as Record<string, unknown>;
  equal(message.content, '{"tags": ["Science"]}');
  equal(message.reasoning, undefined);
});

Deno.test("a streamed META answer (NextChat's summary) arrives without reasoning or think blocks", async () => {
  await using router = await startTestRouter({ behaviour: { primary: { reasoning: true } } });
  router.upstreams.primary.behaviour.reply = () =>
    "<think>What matters here?</think>The tides were discussed.";
  const stream = await router.client.chat.completions.create({
    model: "ai-router",
    stream: true,
    messages: [
      user("how do tides work?"),
      { role: "assistant", content: "The moon pulls the oceans." },
      {
        role: "system",
        content: "Summarize the discussion briefly in 200 words or less to use as a prompt.",
      },
    ],
  });
  let content = "";
  let reasoning = "";
  for await (const chunk of stream) {
    const delta = chunk.choices[0]?.delta as Record<string, string> | undefined;
    content += delta?.content ?? "";
    reasoning += delta?.reasoning ?? "";
  }
  equal(content, "The tides were discussed.");
  equal(reasoning, "");
  equal(router.upstreams.classifier.requests.length, 0, "META skips the classifier");
});

Deno.test("the explicit task header and the task model id mark META before any content matching", async () => {
  await using router = await startTestRouter({
    extraYaml: "routing:\n  meta: { taskModels: [ai-router-tasks] }\n",
  });
  const headers = await fetch(`${router.baseUrl}/v1/chat/completions`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-openwebui-task": "title_generation" },
    body: JSON.stringify({ model: "ai-router", messages: [user("Prove the Riemann hypothesis")] }),
  });
  equal(headers.headers.get("x-ai-router-route"), "META");
  await headers.body?.cancel();
  const byModel = await router.client.chat.completions.create({
    model: "ai-router-tasks",
    messages: [user("hi")],
  })
    .withResponse();
  equal(byModel.response.headers.get("x-ai-router-route"), "META");
  equal(router.sessions.map((s) => s.rule).join(), "meta:task-header,meta:task-model");
  equal(router.upstreams.classifier.requests.length, 0);
});

Deno.test("real turns are classified, including RAG-prefixed ones and chats that mention titles", async () => {
  await using router = await startTestRouter();
  const rag = "### Task:\nRespond to the user query using the provided context.\n<context>\n" +
    '<source id="1" name="notes.pdf">Generate a concise, 3-5 word title for each chapter.</source>\n</context>\n' +
    "<user_query>\nExplain the notes\n</user_query>";
  for (const content of [rag, "Can you generate a concise title for my blog post about dogs?"]) {
    const { response } = await router.client.chat.completions.create({
      model: "ai-router",
      messages: [user(content)],
    })
      .withResponse();
    ok(response.headers.get("x-ai-router-route") !== "META", content.slice(0, 30));
  }
  equal(router.upstreams.classifier.requests.length, 2);
});
