/**
 * Blind round 68: agent frameworks and multi-agent libraries never used in the corpus before, read at the commits
 * cited and measured without changing the rules: mcp-agent's LLM intent classifier and request router, Upsonic's
 * context-overflow summariser and user-trait analyser, OpenSouls' conversation and user notes, Devika's action
 * classifier, AgentGPT's search-query planner, Blades' rolling summary compressor, agent-sdk-go's two memory
 * summarisers, WikiChat's query stage, LocalAGI's summary memory, Agent TARS' session title, Admin.NET.Ai's two Chinese
 * compressors and browser-use's history compaction; plus hard negatives from the same clients' answer turns and user
 * turns that summarise or title the user's own text.
 */
import type { Conversation, Turn } from "./_conversations.ts";
import { CONVERSATIONS_BLIND_68 } from "./_conversations_blind68.ts";
import type { Negative } from "./_negatives_pasted.ts";
import * as P from "./_prompts_blind68.ts";
import { asst, MODEL, type Source, sys, type Template, toMessages, usr, type WireMessage } from "./_types.ts";

const at = (repo: string, { path, commit }: { path: string; commit: string }) => ({ repo, path, commit });
const MCP = "04cae7ea5ba3a5c4e62c22884938699c73705651";
const UPSONIC = "101f0313b0ddb96cd4078354879b2ff57005db29";
const SOULS = "e64395897b50ca5818004248824a48d00a5045a0";
const DEVIKA = "80bb343cbe4a4e5f5a0ba08d2524920139baceb6";
const AGENTGPT = "18b073ab05b2902e1d052c3d2799786d8623b5e5";
const BLADES = "b78fec59029d11e02c135ea10da8986ed006521f";
const SDKGO = "71a421c747c64392fd71e665067393a65e188bf7";
const WIKICHAT = "803683b1139117d374801688af1d9d968e04a07b";
const LOCALAGI = "37810d918a871c2b4ea20f75aa55e91ab1319322";
const TARS = "239b6544a0ea69e512c9b31253edba7d8a90581d";
const ADMINNET = "cb83c35e85548728e4362177707ae9dd809d57ac";
const BROWSERUSE = "85ddbfedf609166b2d2c76c3d80506649fee82a9";

/** Python's str.format: `{name}` filled, `{{` and `}}` unescaped. */
const pyFormat = (template: string, values: Record<string, string | number>) =>
  template.replace(
    /\{\{|\}\}|\{(\w+)\}/g,
    (m, key) => m === "{{" ? "{" : m === "}}" ? "}" : String(values[key]),
  );
const users = (c: Conversation) => c.turns.filter((t) => t.role === "user").map((t) => t.content);
const firstQuestion = (c: Conversation) => users(c)[0] ?? "";
const withFollowUp = (c: Conversation): Turn[] => [...c.turns, { role: "user", content: c.followUp }];
const roleLines = (turns: Turn[]) => turns.map((t) => `${t.role}: ${t.content}\n`).join("");
const LANGUAGE: Record<string, string> = {
  English: "English",
  Spanish: "Spanish",
  Korean: "Korean",
  Polish: "Polish",
};

/** mcp-agent intent_classifier_llm.py `_generate_context` for the intents of examples/workflows/workflow_intent_classifier. */
const MCP_INTENTS =
  "1. Intent: greeting\nDescription: A friendly greeting\nExamples:\n- Hello\n- Hi there\n- Good morning\n\n2. Intent: farewell\nDescription: A friendly farewell\nExamples:\n- Goodbye\n- See you later\n- Take care";
/** router_base.py `_format_agent_category` for the example's agents (the second "writer" replaces the first in the dict). */
const MCP_AGENTS = (() => {
  const byName = new Map<string, { instruction: string; servers: string[] }>();
  for (const a of P.MCP_ROUTER_AGENTS) byName.set(a.name, a);
  return [...byName.entries()].map(([name, a], i) =>
    `${i + 1}. Agent Category: ${name}\nDescription: ${a.instruction}\nServers in agent:\n${
      a.servers.map((s) => `- ${s} (None)`).join("\n")
    }`
  ).join("\n\n");
})();

/** Upsonic context_management_middleware.py `_serialize_messages_for_prompt` for plain user/assistant turns. */
const upsonicSerialize = (turns: Turn[]) =>
  turns.map((t, i) =>
    t.role === "user"
      ? `MESSAGE ${i + 1} [REQUEST]:\n  Part 1 [user-prompt]: ${t.content}`
      : `MESSAGE ${i + 1} [RESPONSE]:\n  Part 1 [text]: ${t.content}`
  ).join("\n");
const upsonicTraits = (c: Conversation) => {
  const all = users(c);
  const history = all.slice(0, -1).map((p) => `- ${p}`).join("\n");
  const latest = all.slice(-1).map((p) => `- ${p}`).join("\n");
  const context = [
    ...(history ? [`### Historical User Prompts:\n${history}`] : []),
    `### Latest User Prompts:\n${latest}`,
  ].join("\n\n");
  return `Analyze the user's conversation and extract their traits.\n\nCurrent Profile Data:\n{}\n\nUser's Conversation:\n${context}\n\nYOUR TASK: Fill in trait fields based on what the user explicitly stated. \nExtract concrete, specific information. Update existing traits if new information is provided.\nLeave fields as None if information is not available.\n`;
};

/** OpenSouls: the soul's core region, then perceptions and utterances as the memory integrator and externalDialog store them. */
const SOUL = "Ember";
const soulMemory = (c: Conversation): WireMessage[] => [
  sys(P.OPENSOULS_CORE.replaceAll("{{entityName}}", SOUL)),
  ...c.turns.map((t) =>
    t.role === "user" ? usr(`Interlocutor said: "${t.content}"`) : asst(`${SOUL} said: "${t.content}"`)
  ),
];
const SOUL_EXISTING =
  `${SOUL} met a new user for the first time. They are just getting to know each other and ${SOUL} is trying to learn as much as they can about the user.`;
const SOUL_CONVERSATION_NOTES =
  `## Existing notes\n${SOUL_EXISTING}\n\n## Description\nWrite an updated and clear paragraph describing the conversation so far.\nMake sure to keep details that ${SOUL} would want to remember.\n\n## Rules\n* Keep descriptions as a paragraph\n* Keep relevant information from before\n* Use abbreviated language to keep the notes short\n* Make sure to detail the motivation of ${SOUL} (what are they trying to accomplish, what have they done so far).\n\nPlease reply with the updated notes on the conversation:`;
const SOUL_USER_NOTES =
  `Model the mind of ${SOUL}.\n\n## Description\nWrite an updated and clear set of notes on the user that ${SOUL} would want to remember.\n\n## Rules\n* Keep descriptions as bullet points\n* Keep relevant bullet points from before\n* Use abbreviated language to keep the notes short\n* Do not write any notes about ${SOUL}\n\nPlease reply with the updated notes on the user:`;

/** Devika's Jinja loop over `get_all_messages_formatted` (no trim_blocks: each message between blank lines). */
const devikaRender = (
  template: string,
  { messages, extra = {} }: { messages: string[]; extra?: Record<string, string> },
) => {
  const loop = /```\n\{% for message in conversation %\}\n\{\{ message \}\}\n\{% endfor %\}\n```/;
  let out = template.replace(loop, "```\n" + messages.map((m) => `\n${m}\n`).join("") + "\n```");
  out = out.replace("{{ conversation[-1] }}", messages[messages.length - 1] ?? "");
  for (const [k, v] of Object.entries(extra)) out = out.replace(`{{ ${k} }}`, v);
  return out.trim();
};
const devikaMessages = (turns: Turn[]) =>
  turns.map((t) => `${t.role === "user" ? "User" : "Devika"}: ${t.content}`);

/** WikiChat (chainlite) prompt file: `# instruction` as system, `# input` / `# output` as user / assistant turns. */
const chainlite = (
  file: string,
  { values, lastInput }: { values: Record<string, string>; lastInput: string },
): WireMessage[] => {
  const sections = file.replace(/\{#[^#]*#\}\n/g, "").split(
    /^# (instruction|distillation instruction|input|output)\n/m,
  );
  const out: WireMessage[] = [];
  for (let i = 1; i < sections.length; i += 2) {
    const body = Object.entries(values).reduce(
      (t, [k, v]) => t.replace(k, v),
      (sections[i + 1] ?? "").trim(),
    );
    if (sections[i] === "instruction") out.push(sys(body));
    if (sections[i] === "input") out.push(usr(body));
    if (sections[i] === "output") out.push(asst(body));
  }
  out[out.length - 1] = usr(lastInput);
  return out;
};
const WIKI_VALUES = {
  "{{ location[:-1] if location.endswith('.') else location }}": "the U.S",
  "{{ today }}": "December 7, 2026",
};
const wikiHistory = (c: Conversation) => {
  const last = c.turns.slice(-2);
  return `${
    last.map((t) => `${t.role === "user" ? "User" : "Chatbot"}: ${t.content}\n`).join("")
  }User: ${c.followUp}`;
};

/** Admin.NET.Ai ThreeZoneReducer `SerializeMessages` (role upper-cased, AppendLine). */
const threeZone = (turns: Turn[]) => {
  const serialized = turns.map((t) => `[${t.role.toUpperCase()}]: ${t.content}\n`).join("");
  return `你是对话压缩专家。请将以下 ${turns.length} 条对话消息压缩为一段简洁的摘要。\n\n要求:\n1. 保留所有关键决定、代码变更、重要发现\n2. 保留所有文件路径、函数名、类名等技术细节\n3. 保留工具调用的关键结果(成功/失败及输出要点)\n4. 去除重复和冗余内容\n5. 使用原文语言\n\n对话内容:\n${serialized}`;
};
const adminSummary = (turns: Turn[]) =>
  `\n请将以下对话总结为简短的摘要（不超过 100 字）。\n摘要应包含关键信息、用户意图和最终结果。\n\n对话内容:\n${
    roleLines(turns)
  }\n\n摘要:`;

/** browser-use HistoryItem.to_string: the initial item, follow-up requests and each step's result. */
const browserHistory = (c: Conversation) => {
  const items = ["Agent initialized"];
  c.turns.forEach((t, i) => {
    if (t.role === "user" && i > 0) {
      items.push(`<follow_up_user_request> ${t.content.trim()} </follow_up_user_request>`);
    }
    if (t.role === "assistant") items.push(`<step>\nResult\n${t.content}`);
  });
  return `<agent_history>\n${items.join("\n").trim()}\n</agent_history>`;
};
const BROWSER_SYSTEM = "You are summarizing an agent run for prompt compaction.\n" +
  "Capture task requirements, key facts, decisions, partial progress, errors, and next steps.\n" +
  "Preserve important entities, values, URLs, and file paths.\n" +
  "CRITICAL: Only mark a step as completed if you see explicit success confirmation in the history. " +
  'If a step was started but not explicitly confirmed complete, mark it as "IN-PROGRESS". ' +
  "Never infer completion from context — only report what was confirmed.\n" +
  "Return plain text only. Do not include tool calls or JSON." +
  " Keep under 6000 characters if possible.";

export const BLIND68: Template[] = [
  {
    client: "mcp-agent",
    task: "classification",
    source: at("lastmile-ai/mcp-agent", {
      path: "src/mcp_agent/workflows/intent_classifier/intent_classifier_llm.py",
      commit: MCP,
    }),
    note:
      "OpenAILLMIntentClassifier: CLASSIFIER_SYSTEM_INSTRUCTION as system, the default instruction with the example's greeting/farewell intents and the user's latest message, top_k=1; generate_structured with a strict json_schema (pydantic schema of StructuredIntentResponse) and max_tokens 2048",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(P.MCP_INTENT_SYSTEM),
        usr(pyFormat(P.MCP_INTENT_INSTRUCTION, { context: MCP_INTENTS, request: c.followUp, top_k: 1 })),
      ],
      max_tokens: 2048,
      response_format: {
        type: "json_schema",
        json_schema: { name: "StructuredIntentResponse", schema: P.MCP_INTENT_SCHEMA, strict: true },
      },
    }),
  },
  {
    client: "mcp-agent",
    task: "classification",
    source: at("lastmile-ai/mcp-agent", {
      path: "src/mcp_agent/workflows/router/router_llm.py",
      commit: MCP,
    }),
    note:
      "OpenAILLMRouter.route_to_agent with the agents of examples/workflows/workflow_router/main.py: ROUTING_SYSTEM_INSTRUCTION as system, DEFAULT_ROUTING_INSTRUCTION with the agent categories and the user's message; json_schema StructuredResponse (not strict), max_tokens 2048",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(P.MCP_ROUTER_SYSTEM),
        usr(pyFormat(P.MCP_ROUTER_INSTRUCTION, { context: MCP_AGENTS, request: c.followUp, top_k: 1 })),
      ],
      max_tokens: 2048,
      response_format: {
        type: "json_schema",
        json_schema: { name: "StructuredResponse", schema: P.MCP_ROUTER_SCHEMA, strict: false },
      },
    }),
  },
  {
    client: "Upsonic",
    task: "compaction",
    source: at("Upsonic/Upsonic", {
      path: "src/upsonic/agent/context_managers/context_management_middleware.py",
      commit: UPSONIC,
    }),
    note:
      "SUMMARY_SYSTEM_PROMPT with the ConversationSummary JSON schema as system, the old messages serialized in <conversation> as user; no tools",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(P.UPSONIC_SUMMARY_SYSTEM),
        usr(`<conversation>\n${upsonicSerialize(c.turns)}\n</conversation>`),
      ],
    }),
  },
  {
    client: "Upsonic",
    task: "memory",
    source: at("Upsonic/Upsonic", { path: "src/upsonic/storage/memory/user/user.py", commit: UPSONIC }),
    paraphrased: true,
    note:
      "the user-trait analyser's Task description (profile schema given, empty current profile) as the user message; the sub-agent's own system prompt and the structured-output wrapping of the profile model are left out",
    build: (c) => ({ model: MODEL, messages: [usr(upsonicTraits(c))] }),
  },
  {
    client: "OpenSouls",
    task: "summary",
    source: at("opensouls/opensouls", {
      path: "library/src/cognitiveSteps/conversationNotes.ts",
      commit: SOULS,
    }),
    paraphrased: true,
    note:
      "the soul's core.md region, the perceptions and utterances, then the conversationNotes command as a final system message (summarizeConversation's existing notes); the internal-monologue memory added just before is left out",
    build: (c) => ({ model: MODEL, messages: [...soulMemory(c), sys(SOUL_CONVERSATION_NOTES)] }),
  },
  {
    client: "OpenSouls",
    task: "memory",
    source: at("opensouls/opensouls", { path: "library/src/cognitiveSteps/userNotes.ts", commit: SOULS }),
    paraphrased: true,
    note: "working memory as in conversationNotes, then the userNotes command as a final system message",
    build: (c) => ({ model: MODEL, messages: [...soulMemory(c), sys(SOUL_USER_NOTES)] }),
  },
  {
    client: "Devika",
    task: "classification",
    source: at("stitionai/devika", { path: "src/agents/action/prompt.jinja2", commit: DEVIKA }),
    note:
      "Action.execute: the rendered template with the formatted message stack (the new user message last) as the only user message, temperature 0 (src/llm/openai_client.py)",
    build: (c) => ({
      model: MODEL,
      messages: [usr(devikaRender(P.DEVIKA_ACTION, { messages: devikaMessages(withFollowUp(c)) }))],
      temperature: 0,
    }),
  },
  {
    client: "AgentGPT",
    task: "search-query",
    source: at("reworkd/AgentGPT", {
      path: "platform/reworkd_platform/web/api/agent/prompts.py",
      commit: AGENTGPT,
    }),
    note:
      "start_goal_agent: start_goal_prompt as the only (system) message, filled with the user's goal and settings.language (agent_service/open_ai_agent_service.py)",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(
          pyFormat(P.AGENTGPT_START_GOAL, {
            goal: firstQuestion(c),
            language: LANGUAGE[c.language] ?? c.language,
          }),
        ),
      ],
    }),
  },
  {
    client: "Blades",
    task: "compaction",
    source: at("go-kratos/blades", { path: "context/summary/summary.go", commit: BLADES }),
    note:
      "extendSummary: defaultInstruction as the request's system instruction, the batch of old messages after it",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(
          "Please provide a concise summary of the following conversation transcript. Preserve key facts, decisions, and outcomes. Output only the summary.",
        ),
        ...toMessages(c.turns),
      ],
    }),
  },
  {
    client: "agent-sdk-go",
    task: "summary",
    source: at("Ingenimax/agent-sdk-go", { path: "pkg/memory/conversation_summary.go", commit: SDKGO }),
    note: "ConversationSummary.summarize: one user message (summaryLength 100), temperature 0.7",
    build: (c) => ({
      model: MODEL,
      messages: [
        usr(
          `Summarize the following conversation in a concise summary (about 100 words maximum):\n\n${
            roleLines(c.turns)
          }\nSummary:`,
        ),
      ],
      temperature: 0.7,
    }),
  },
  {
    client: "agent-sdk-go",
    task: "summary",
    source: at("Ingenimax/agent-sdk-go", { path: "pkg/memory/redis_memory.go", commit: SDKGO }),
    note: "RedisMemory.createSummary: one user message, temperature 0.3",
    build: (c) => ({
      model: MODEL,
      messages: [
        usr(
          `Summarize the following conversation concisely, preserving key information and context:\n\n${
            roleLines(c.turns)
          }\nProvide a concise summary that captures the essential information from this conversation.`,
        ),
      ],
      temperature: 0.3,
    }),
  },
  {
    client: "WikiChat",
    task: "query-rewrite",
    source: at("stanford-oval/WikiChat", { path: "pipelines/prompts/query.prompt", commit: WIKICHAT }),
    paraphrased: true,
    note:
      "query_stage (pipelines/chatbot.py, max_tokens 200): instruction as system, the few-shot inputs/outputs as user/assistant turns, then the corpus and dlg.history(num_turns=1); chainlite's layout and its location/today values reconstructed",
    build: (c) => ({
      model: MODEL,
      messages: chainlite(P.WIKICHAT_QUERY, {
        values: WIKI_VALUES,
        lastInput: `Corpus: Multilingual Wikipedia.\n${wikiHistory(c)}`,
      }),
      max_tokens: 200,
    }),
  },
  {
    client: "LocalAGI",
    task: "memory",
    source: at("mudler/LocalAGI", { path: "core/agent/knowledgebase.go", commit: LOCALAGI }),
    note:
      "saveCurrentConversation with summary memory enabled: one user message with Messages.String() of the conversation; the answer is stored in the RAG memory",
    build: (c) => ({
      model: MODEL,
      messages: [
        usr(`Summarize the conversation below, keep the highlights as a bullet list:\n${roleLines(c.turns)}`),
      ],
    }),
  },
  {
    client: "Agent TARS",
    task: "title",
    source: at("bytedance/UI-TARS-desktop", {
      path: "multimodal/tarko/agent/src/agent/agent.ts",
      commit: TARS,
    }),
    note:
      "Agent.generateSummary: title instruction as system, the session's messages, temperature 0.3, max_tokens 25, json_object",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(
          'Generate a short, concise title (maximum 6 words) that summarizes the main topic of this conversation. Return your response as a JSON object with a single field named "title".',
        ),
        ...toMessages(c.turns),
      ],
      temperature: 0.3,
      max_tokens: 25,
      response_format: { type: "json_object" },
    }),
  },
  {
    client: "Admin.NET.Ai",
    task: "compaction",
    source: at("NOBB2333/Admin.NET.Ai", {
      path: "Admin.NET.Ai/Services/Context/ThreeZoneReducer.cs",
      commit: ADMINNET,
    }),
    paraphrased: true,
    note:
      "ThreeZoneReducer: the messages after the first user message serialized into the Chinese compression prompt, sent through IAiService.ExecuteAsync as the user message (wrapper reconstructed)",
    build: (c) => ({ model: MODEL, messages: [usr(threeZone(c.turns.slice(1)))] }),
  },
  {
    client: "Admin.NET.Ai",
    task: "summary",
    source: at("NOBB2333/Admin.NET.Ai", {
      path: "Admin.NET.Ai/Services/Storage/ConversationSummarizer.cs",
      commit: ADMINNET,
    }),
    note: "ConversationSummarizer.SummarizeAsync (maxWords 100): one user message through IChatClient",
    build: (c) => ({ model: MODEL, messages: [usr(adminSummary(c.turns))] }),
  },
  {
    client: "browser-use",
    task: "compaction",
    source: at("browser-use/browser-use", {
      path: "browser_use/agent/message_manager/service.py",
      commit: BROWSERUSE,
    }),
    paraphrased: true,
    note:
      "maybe_compact_messages with default settings (summary_max_chars 6000): the compaction system prompt, the agent history as user message; history items built from the conversation (follow-up requests and step results)",
    build: (c) => ({ model: MODEL, messages: [sys(BROWSER_SYSTEM), usr(browserHistory(c))] }),
  },
];

const [en, es, ko, pl] = CONVERSATIONS_BLIND_68 as [Conversation, Conversation, Conversation, Conversation];
const neg = (task: string, [body, source, note]: [Negative["body"], Source, string]): Negative => ({
  task,
  body,
  source,
  note,
});

/** Negatives: each client's ordinary answer turn as it sends it, and user turns that summarise or title their own text. */
export function buildBlind68Negatives(): Negative[] {
  const finder = P.MCP_ROUTER_AGENTS[0]?.instruction ?? "";
  return [
    neg("blind-68-chat", [
      {
        model: MODEL,
        messages: [
          ...soulMemory(pl),
          usr(`Interlocutor said: "${pl.followUp}"`),
          sys(
            `Model the mind of ${SOUL}.\n\n## Instructions\n* DO NOT include actions (for example, do NOT add non-verbal items like *John Smiles* or *John Nods*, etc).\n* DO NOT include internal thoughts (for example, do NOT respond with John thought: "...").\n* If necessary, use all CAPS to emphasize certain words.\n\nTalk to the user trying to gain trust and learn about their inner world.\n\nPlease reply with the next utterance from ${SOUL}. Use the format: '${SOUL} said: "..."'`,
          ),
        ],
        stream: true,
      },
      at("opensouls/opensouls", { path: "library/src/cognitiveSteps/externalDialog.ts", commit: SOULS }),
      "the soul's ordinary reply: externalDialog with the template's initialProcess instructions (Polish; blank lines of indentNicely rendered empty)",
    ]),
    neg("blind-68-own-text", [
      {
        model: MODEL,
        messages: [
          ...soulMemory(en),
          usr(
            `Interlocutor said: "can you give this a title for the family group chat? 'Photos from Crete are sorted by date now, the HEIC ones too. Ask me if you want the full-size files.'"`,
          ),
          sys(
            `Model the mind of ${SOUL}.\n\n## Instructions\n* DO NOT include actions (for example, do NOT add non-verbal items like *John Smiles* or *John Nods*, etc).\n* DO NOT include internal thoughts (for example, do NOT respond with John thought: "...").\n* If necessary, use all CAPS to emphasize certain words.\n\nTalk to the user trying to gain trust and learn about their inner world.\n\nPlease reply with the next utterance from ${SOUL}. Use the format: '${SOUL} said: "..."'`,
          ),
        ],
        stream: true,
      },
      at("opensouls/opensouls", { path: "library/src/cognitiveSteps/externalDialog.ts", commit: SOULS }),
      "a user asks the soul for a title of their own message (English)",
    ]),
    neg("blind-68-chat", [
      {
        model: MODEL,
        messages: [
          usr(devikaRender(P.DEVIKA_ANSWER, {
            messages: devikaMessages(withFollowUp(en)),
            extra: {
              code_markdown:
                "File: `rename_photos.py`:\n```py\nfrom pathlib import Path\nfrom PIL import Image\n\nfor p in Path('.').glob('IMG_*.jpg'):\n    print(p)\n```",
            },
          })),
        ],
        temperature: 0,
      },
      at("stitionai/devika", { path: "src/agents/answer/prompt.jinja2", commit: DEVIKA }),
      "Devika's answer agent for a question about the project (English)",
    ]),
    neg("blind-68-own-text", [
      {
        model: MODEL,
        messages: [
          usr(devikaRender(P.DEVIKA_ACTION, {
            messages: [
              ...devikaMessages(en.turns),
              "User: Write a short summary of my commit message for the changelog: 'Rename photos by EXIF DateTimeOriginal, read HEIC through pillow-heif, add a dry-run flag and a counter suffix for duplicate timestamps.'",
            ],
          })),
        ],
        temperature: 0,
      },
      at("stitionai/devika", { path: "src/agents/action/prompt.jinja2", commit: DEVIKA }),
      "Devika's action step on a user message that asks to summarise the user's own commit message (English; the step routes the user's request)",
    ]),
    neg("blind-68-chat", [
      {
        model: MODEL,
        messages: [
          sys(pyFormat(P.AGENTGPT_CHAT, { language: "Spanish" })),
          usr(es.turns[1]?.content ?? ""),
          usr(es.followUp),
        ],
        stream: true,
      },
      at("reworkd/AgentGPT", {
        path: "platform/reworkd_platform/web/api/agent/agent_service/open_ai_agent_service.py",
        commit: AGENTGPT,
      }),
      "AgentGPT's chat: chat_prompt, a task result as human message, then the user's question (Spanish)",
    ]),
    neg("blind-68-own-text", [
      {
        model: MODEL,
        messages: [
          sys(pyFormat(P.AGENTGPT_CHAT, { language: "Spanish" })),
          usr(es.turns[3]?.content ?? ""),
          usr(
            "Resume en una línea este aviso que voy a mandar a mis vecinos: «El sábado de 9 a 13 h habrá corte de agua en el edificio por mantenimiento de la cisterna. Llenen cubetas desde el viernes.»",
          ),
        ],
        stream: true,
      },
      at("reworkd/AgentGPT", {
        path: "platform/reworkd_platform/web/api/agent/agent_service/open_ai_agent_service.py",
        commit: AGENTGPT,
      }),
      "a user asks AgentGPT's chat to summarise their own notice (Spanish)",
    ]),
    neg("blind-68-chat", [
      {
        model: MODEL,
        messages: [sys(finder), usr(pl.followUp)],
        max_tokens: 2048,
      },
      at("lastmile-ai/mcp-agent", { path: "examples/workflows/workflow_router/main.py", commit: MCP }),
      "the request handed to the routed agent: its instruction as system, the user's message (Polish; tools omitted)",
    ]),
    neg("blind-68-rag-answer", [
      {
        model: MODEL,
        messages: [
          usr(
            `你是一个企业知识库助手。请基于以下知识库内容回答用户问题。\n如果知识库中没有相关信息，请明确说明"知识库中未找到相关信息"。\n回答要简洁准确，可以适当总结要点。\n\n=== 知识库内容 ===\n【报销制度】\n差旅报销需在出差结束后 15 个工作日内提交，附发票原件和行程单。\n\n=== 用户问题 ===\n出差回来多久内要交报销单？请总结一下要点。\n\n请回答：`,
          ),
        ],
        stream: true,
      },
      at("NOBB2333/Admin.NET.Ai", { path: "HeMaCupAICheck/Demos/RagAgentDemo.cs", commit: ADMINNET }),
      "Admin.NET.Ai's RAG demo prompt with a Chinese question that asks to sum up the answer",
    ]),
    neg("blind-68-rag-answer", [
      {
        model: MODEL,
        messages: [
          sys(
            (P.WIKICHAT_DRAFT.split("# input")[0] ?? "").replace("# instruction\n", "").trim()
              .replace("{{ chatbot_name }}", "WikiChat").replace("{{ today }}", "December 7, 2026"),
          ),
          usr(
            `Here is the conversation:\n<conversation>\n${
              wikiHistory(ko)
            }\n</conversation>\n\nHere are the retrieved documents:\n<documents>\n    [1] Title: 몬스테라 > 재배\n        몬스테라는 생장기인 봄부터 가을까지 한 달에 한두 번 묽게 희석한 액체 비료를 준다.\n\n</documents>`,
          ),
        ],
      },
      at("stanford-oval/WikiChat", { path: "pipelines/prompts/draft_w_citation.prompt", commit: WIKICHAT }),
      "WikiChat's draft stage answering the user's question from one retrieved document (Korean; Jinja whitespace reconstructed)",
    ]),
    neg("blind-68-own-text", [
      {
        model: MODEL,
        messages: [
          usr(
            "몬스테라 분갈이 일지를 블로그에 올리려고 해요. 제목 하나 지어 주세요: 오늘 뿌리가 물러진 부분을 잘라내고 배수가 잘 되는 새 흙으로 옮겨 심었다. 북향 창가에서 동향 창가로 자리도 바꿨다.",
          ),
        ],
        stream: true,
      },
      at("bytedance/UI-TARS-desktop", { path: "multimodal/tarko/agent/src/agent/agent.ts", commit: TARS }),
      "a user in Agent TARS asks for a title of their own blog entry as an ordinary turn (Korean; the agent's system prompt and tools omitted)",
    ]),
    neg("blind-68-chat", [
      {
        model: MODEL,
        messages: [
          sys("You are a helpful assistant. Answer concisely."),
          ...toMessages(pl.turns),
          usr(pl.followUp),
        ],
      },
      at("go-kratos/blades", { path: "examples/context-summary/main.go", commit: BLADES }),
      "a Blades agent's ordinary turn: the example's instruction as system, the session history, the user's question (Polish)",
    ]),
    neg("blind-68-chat", [
      {
        model: MODEL,
        messages: [
          sys("You are a helpful assistant that provides concise answers."),
          ...toMessages(es.turns),
          usr(es.followUp),
        ],
        temperature: 0.7,
      },
      at("Ingenimax/agent-sdk-go", { path: "examples/agent-token-usage-simple/main.go", commit: SDKGO }),
      "an agent-sdk-go agent's ordinary turn with its conversation memory (Spanish; the message history builder's layout reconstructed)",
    ]),
    neg("blind-68-own-text", [
      {
        model: MODEL,
        messages: [
          sys(
            "You are a helpful agent that can complete tasks. Try to complete the task as best as you can. If you need any external information, check for tools. If not found, inform the user or ask for help. You MUST respect the cultural guidelines provided to you IF PROVIDED.",
          ),
          usr(
            "아래 공지문을 세 줄로 요약해 줘. 다음 주 월요일부터 사무실 3층 회의실은 리모델링 공사로 2주간 사용할 수 없습니다. 회의는 5층 라운지나 온라인으로 진행해 주세요. 공사 소음이 있을 수 있으니 양해 부탁드립니다.",
          ),
        ],
      },
      at("Upsonic/Upsonic", { path: "src/upsonic/context/default_prompt.py", commit: UPSONIC }),
      "an Upsonic agent task that summarises the user's own notice: the default system prompt, the task description (Korean; other prompt parts omitted)",
    ]),
  ];
}
