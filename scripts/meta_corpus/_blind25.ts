/**
 * Blind round 25: 16 housekeeping templates of 11 chat front-ends, AI search apps and messenger bots never used in the
 * corpus before, read from their source and measured without changing the rules: AI search follow-ups (Lepton
 * search, MemFree, OpenPerplex), titles (MemFree, ChatOllama, HiveChat in Chinese, a Polish school-statute chat),
 * ChatOllama's standalone question, MemFree's history compression, Chinese group-chat summaries of three bots (an
 * AstrBot plugin, a chatgpt-on-wechat plugin, a Telegram summariser), a Chinese QQ bot's "should I reply" router,
 * the Polish chat's prompt-injection check, and the Chinese compaction and memory update of a koishi bot; with hard
 * negatives from the same clients. The verbatim texts are in `_prompts_blind25.ts`.
 */
import type { Conversation } from "./_conversations.ts";
import { asst, type ChatBody, firstExchange, MODEL, sys, type Template, toMessages, usr } from "./_types.ts";
import * as P from "./_prompts_blind25.ts";

export { buildBlind25Negatives } from "./_negatives_blind25.ts";

const at = (repo: string, { path, commit }: { path: string; commit: string }) => ({ repo, path, commit });

const LEPTON = "0a2fe3713ee42c4c0c6da1bb56d3cbbeccf431d5";
const MEMFREE = "3163843f3475e767d0a6154ab20462f12cbb82dc";
const CHATOLLAMA = "c7cca20dcd5bbb7136f23321d39da354ecd487ca";
const STATUT = "619a3146bca9aaa0a2ab9b833c3c14bf0465ee50";
const SILI = "3a747a39012f058b6afc4d82972b934012877e5c";

const users = (c: Conversation) => c.turns.filter((t) => t.role === "user").map((t) => t.content);
const lastUser = (c: Conversation) => users(c).at(-1) ?? "";
/** Search apps put web snippets where our conversations have the assistant's answers. */
const snippets = (c: Conversation) => c.turns.filter((t) => t.role === "assistant").map((t) => t.content);
/** Group-chat bots read the conversation as two members' messages. */
const member = (role: string) => role === "user" ? "Alex" : "Sam";
const clock = (i: number) => `20:${String(10 + 3 * i).padStart(2, "0")}`;
const siliHistory = (c: Conversation) => [sys(P.SILI_SYSTEM), ...toMessages(c.turns)];

const search: Template[] = [
  {
    client: "Search with Lepton",
    task: "follow-ups",
    source: at("leptonai/search_with_lepton", { path: "search_with_lepton.py", commit: LEPTON }),
    note:
      "_more_questions_prompt formatted with the search snippets as system message, the query as user message, max_tokens 512; the request also carries the ask_related_questions tool, not reproduced here",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(P.LEPTON_MORE.replace("{context}", snippets(c).join("\n\n"))),
        usr(firstExchange(c).question),
      ],
      max_tokens: 512,
    }),
  },
  {
    client: "MemFree",
    task: "follow-ups",
    source: at("memfreeme/memfree", { path: "frontend/lib/tools/related.ts", commit: MEMFREE }),
    note:
      "MoreQuestionsPrompt (lib/llm/prompt.ts) with the sources as system, the query as prompt; streamText",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.MEMFREE_MORE.replace("%s", snippets(c).join("\n\n"))), usr(lastUser(c))],
      stream: true,
      max_tokens: 1024,
      temperature: 0.3,
    }),
  },
  {
    client: "MemFree",
    task: "title",
    source: at("memfreeme/memfree", { path: "frontend/lib/tools/generate-title.ts", commit: MEMFREE }),
    note: "generateText with the user's first query inside the prompt",
    build: (c) => ({
      model: MODEL,
      messages: [usr(`${P.MEMFREE_TITLE_HEAD}${firstExchange(c).question}${P.MEMFREE_TITLE_TAIL}`)],
    }),
  },
  {
    client: "MemFree",
    task: "compaction",
    source: at("memfreeme/memfree", { path: "frontend/lib/tools/compress-history.ts", commit: MEMFREE }),
    note:
      "compressHistory: the messages as <role>…</role> lines in <history> (formatHistoryMessages), then the ask",
    build: (c) => {
      const lines = c.turns.map((t) => `<${t.role}>${t.content}</${t.role}>`).join("\n");
      return {
        model: MODEL,
        messages: [
          sys(P.MEMFREE_COMPRESS_SYSTEM),
          usr(`<history>\n  ${lines}\n  </history>${P.MEMFREE_COMPRESS_TAIL}`),
        ],
      };
    },
  },
  {
    client: "OpenPerplex",
    task: "follow-ups",
    source: at("parthh01/openperplex_backend_os", {
      path: "groq_api.py",
      commit: "d34d515bb3c93bf306a24387404d5a0544b0bbd4",
    }),
    note:
      "get_relevant_questions (prompts.py relevant_prompt_system) at the last commit where main.py still called it",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(P.OPX_RELEVANT),
        usr(
          "User Query: " + firstExchange(c).question + "\n\n" + "Contexts: " + "\n" +
            snippets(c).join("\n\n") + "\n",
        ),
      ],
      response_format: { type: "json_object" },
    }),
  },
];

const chatApps: Template[] = [
  {
    client: "ChatOllama",
    task: "title",
    source: at("sugarforever/chat-ollama", {
      path: "server/api/sessions/[id]/title.post.ts",
      commit: CHATOLLAMA,
    }),
    note: "TITLE_PROMPTS.concise with the default maxWords 6 as system, the first user message as user",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys("Generate a 6-word title for this chat. Respond with only the title."),
        usr(firstExchange(c).question),
      ],
    }),
  },
  {
    client: "ChatOllama",
    task: "standalone-question",
    source: at("sugarforever/chat-ollama", { path: "server/coref/index.ts", commit: CHATOLLAMA }),
    paraphrased: true,
    note:
      "CoreferenceResolutionPrompt.format() yields one string (System:/Human:/AI: lines) that the chat model gets as one human message; the buffer-string rendering is reconstructed",
    build: (c) => {
      const history = c.turns.map((t) => `${t.role === "user" ? "Human" : "AI"}: ${t.content}`);
      return {
        model: MODEL,
        messages: [usr([`System: ${P.CHATOLLAMA_COREF}`, ...history, `Human: ${c.followUp}`].join("\n"))],
      };
    },
  },
  {
    client: "HiveChat",
    task: "title",
    source: at("HiveNexus/hivechat", {
      path: "app/utils.ts",
      commit: "8af40078d6c6a499f4b80ef933d8884dcd54ed4a",
    }),
    note: "generateTitle: the chat's messages then the Chinese topic instruction as a user message, streamed",
    build: (c) => ({
      model: MODEL,
      messages: [usr(firstExchange(c).question), usr(P.HIVECHAT_TITLE)],
      stream: true,
    }),
  },
  {
    client: "StatutScan",
    task: "title",
    source: at("GHOST-Science-Club/statutscan-app", {
      path: "backend/chat/agent/generate_chat_title.py",
      commit: STATUT,
    }),
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.STATUT_TITLE), usr(firstExchange(c).question)],
      temperature: 0.7,
    }),
  },
  {
    client: "StatutScan",
    task: "classification",
    source: at("GHOST-Science-Club/statutscan-app", {
      path: "backend/chat/agent/prompt_injection.py",
      commit: STATUT,
    }),
    note:
      "prompt-injection check of each new question before the answer; beta.chat.completions.parse with the PromptInjectionResult model (schema rendered as the openai client does)",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.STATUT_INJECTION), usr(c.followUp)],
      response_format: INJECTION_FORMAT,
    }),
  },
];

const INJECTION_FORMAT = {
  type: "json_schema",
  "json_schema": {
    name: "PromptInjectionResult",
    strict: true,
    schema: {
      type: "object",
      title: "PromptInjectionResult",
      additionalProperties: false,
      required: ["is_prompt_injection", "text_fragment"],
      properties: {
        is_prompt_injection: {
          type: "boolean",
          title: "Is Prompt Injection",
          description: "Is set to true if the query is a prompt injection, or false if a prompt is safe.",
        },
        text_fragment: {
          type: "string",
          title: "Text Fragment",
          description:
            "A piece of text suggesting that an prompt injection took place.If no prompt injection occurred, should be 'None'.",
        },
      },
    },
  },
};

const bots: Template[] = [
  {
    client: "astrbot_plugin_chatsummary",
    task: "group-summary",
    source: at("laopanmemz/astrbot_plugin_chatsummary", {
      path: "main.py",
      commit: "384d56299f8f26f556368a6fcfc84d7ea7c14064",
    }),
    paraphrased: true,
    note:
      "text_chat(prompt=_conf_schema.json default, contexts=[the formatted log as user]); AstrBot appends the prompt as the last user message (wrapper reconstructed)",
    build: (c) => {
      const log = c.turns.map((t, i) => `[2026-03-14 ${clock(i)}:05]「${member(t.role)}」: ${t.content}`)
        .join("\n");
      return { model: MODEL, messages: [usr(log), usr(P.ASTRBOT_SUMMARY)] };
    },
  },
  {
    client: "plugin_summary (chatgpt-on-wechat)",
    task: "group-summary",
    source: at("lanvent/plugin_summary", {
      path: "main.py",
      commit: "aef832e54558b7bcd30481a2a5e1f6e89c3e235a",
    }),
    note:
      "_check_tokens: the Chinese summariser prompt as the session's system prompt, the records as the query; max_tokens 400",
    build: (c) => {
      const query = c.turns.map((t) => `\n\n${member(t.role)}: "${t.content}"`).join("");
      return {
        model: MODEL,
        messages: [sys(P.LANVENT_SYSTEM), usr(`需要你总结的聊天记录如下：${query}`)],
        max_tokens: 400,
      };
    },
  },
  {
    client: "tgsummarizer",
    task: "group-summary",
    source: at("Algacez/tgsummarizer", {
      path: "src/ai/summary.py",
      commit: "b776020665d5032249be4c316ec4721061cde8aa",
    }),
    note: "generate_summary('daily'); max_tokens and temperature from the README's config.json example",
    build: (c) => {
      const log = c.turns.map((t, i) => `[${clock(i)}] ${member(t.role)}: ${t.content}`).join("\n");
      return {
        model: MODEL,
        messages: [sys(P.TG_SYSTEM), usr(`以下是群组消息记录：\n\n${log}`)],
        max_tokens: 1000,
        temperature: 0.7,
      };
    },
  },
  {
    client: "QQ_BOT (MilkMangoTower)",
    task: "speaker-selection",
    source: at("MilkMangoTea/QQ_BOT", {
      path: "core/function_completion.py",
      commit: "bb05d33eeb58b453637416920de48150322f28dc",
    }),
    paraphrased: true,
    note:
      "should_reply_langchain: rules, few-shot pairs (dict outputs rendered by str()), recent lines (bot lines as 'BOT: '); with_structured_output's tool/schema transport not reproduced",
    build: (c) => {
      const ctx = c.turns.map((t) => t.role === "assistant" ? `BOT: ${t.content}` : t.content).join("\n");
      const shots = P.QQ_EXAMPLES.flatMap((e) => [usr(e.input), asst(e.output)]);
      return {
        model: MODEL,
        messages: [
          sys(P.QQ_RULES),
          ...shots,
          usr(`【群聊最近上下文】\n${ctx}\n\n【当前消息】\n${c.followUp}\n只返回 JSON。`),
        ],
        temperature: 0,
      };
    },
  },
  {
    client: "Chatbot-SILI",
    task: "compaction",
    source: at("project-epb/Chatbot-SILI", {
      path: "src/plugins/llm/services/summary-compactor.ts",
      commit: SILI,
    }),
    note:
      "same system prompt (SILI-v6.prompt.md) and history as a chat turn, then DEFAULT_SUMMARY_PROMPT in <system_compact>; user without memory snapshot",
    build: (c): ChatBody => ({
      model: MODEL,
      messages: [...siliHistory(c), usr(`<system_compact>${P.SILI_COMPACT}</system_compact>`)],
      stream: true,
      max_tokens: 1500,
      temperature: 0.3,
    }),
  },
  {
    client: "Chatbot-SILI",
    task: "memory",
    source: at("project-epb/Chatbot-SILI", {
      path: "src/plugins/llm/prompts/memory-fork.prompt.md",
      commit: SILI,
    }),
    note:
      "memory-fork.ts: system + history, then the template with empty memory, byte limits 3000/3300 (memoryByteLimit default) and <<NO_UPDATE>>",
    build: (c): ChatBody => {
      const ask = P.SILI_MEMORY_FORK.replaceAll("{{EXISTING_MEMORY}}", "(空)").replaceAll(
        "{{SOFT_LIMIT}}",
        "3000",
      )
        .replaceAll("{{HARD_LIMIT}}", "3300").replaceAll("{{NO_UPDATE_MAGIC}}", "<<NO_UPDATE>>")
        .replaceAll("{{TODAY}}", "2026-03-14");
      return { model: MODEL, messages: [...siliHistory(c), usr(ask)], stream: true };
    },
  },
];

export const BLIND_ROUND_25: Template[] = [...search, ...chatApps, ...bots];
