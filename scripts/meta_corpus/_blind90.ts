/**
 * Blind round 90: a desktop chat app, a browser extension and two SillyTavern memory extensions never used in the
 * corpus before, read from their source and measured without changing the rules: FlowDown's title, emoji icon and
 * web-search queries, NativeMind's chat title and search keywords, qvink's per-message memory summary and
 * ReMemory's memory summary and keywords, the Objective extension's task-completion check; and hard negatives from the same clients (and chatpad's) ordinary turns.
 */
import type { Conversation } from "./_conversations.ts";
import { firstExchange, MODEL, sys, type Template, toMessages, usr } from "./_types.ts";
import * as P from "./_prompts_blind90.ts";
import { flowdown, NATIVEMIND, NOW, OBJECTIVE, QVINK, REMEMORY } from "./_sources_blind90.ts";

export { buildBlind90Negatives } from "./_negatives_blind90.ts";

const localeId = (c: Conversation) => c.locale.replace("-", "_");
const lastOf = (c: Conversation, role: "user" | "assistant") =>
  [...c.turns].reverse().find((t) => t.role === role)?.content ?? "";

/** XMLCoder's default escaping of element text. */
const esc = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/'/g, "&apos;").replace(
    /"/g,
    "&quot;",
  );
/** FlowDown's ConversationXML as XMLEncoder prettyPrinted writes it (four-space indent, root `conversation`). */
function flowdownXml(task: string, c: Conversation, { output }: { output: [string, string] }): string {
  return [
    "<conversation>",
    `    <task>${esc(task)}</task>`,
    `    <last_user_message>${esc(lastOf(c, "user"))}</last_user_message>`,
    `    <last_assistant_message>${esc(lastOf(c, "assistant"))}</last_assistant_message>`,
    "    <output_format>",
    `        <${output[0]}>${esc(output[1])}</${output[0]}>`,
    "    </output_format>",
    "</conversation>",
  ].join("\n");
}

/** SillyTavern names: the default persona and a character card. */
const ST_USER = "User";
const ST_CHAR = "Mira";
const stName = (role: string) => role === "user" ? ST_USER : ST_CHAR;

/** The current task of the objective, as the model's task list would word it in the chat's language. */
const OBJECTIVE_TASKS: Record<string, string> = {
  English: "Get the sourdough starter healthy enough to bake with",
  French: "Choisir une première chanson à apprendre à la guitare",
  Japanese: "ミニトマトの葉が黄色くなる原因を突き止める",
  Polish: "Spakować plecak na trzydniową wędrówkę",
};

export const BLIND90: Template[] = [
  {
    client: "FlowDown",
    task: "title",
    source: flowdown("PostAction/ConversationSession+Title.swift"),
    paraphrased: true,
    note:
      "auxiliary model, task as system and the XMLEncoder-serialised last exchange as user, maxCompletionTokens 64; XML layout reconstructed",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.FD_TITLE), usr(flowdownXml(P.FD_TITLE, c, { output: ["title", "your_title_here"] }))],
      max_tokens: 64,
    }),
  },
  {
    client: "FlowDown",
    task: "emoji",
    source: flowdown("PostAction/ConversationSession+Icon.swift"),
    paraphrased: true,
    note: "conversation icon: one emoji, maxCompletionTokens 8; XML layout reconstructed",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.FD_ICON), usr(flowdownXml(P.FD_ICON, c, { output: ["icon", "💬"] }))],
      max_tokens: 8,
    }),
  },
  {
    client: "FlowDown",
    task: "search-query",
    source: flowdown("PreAction/ConversationSession+WebSearch.swift"),
    paraphrased: true,
    note:
      "web-search queries before the answer, maxCompletionTokens 128; previous messages are the last five as `[User]: text`; the web_search_request XML (previous_messages array) reconstructed",
    build: (c) => {
      const system = P.FD_SEARCH_SYS
        .replace("\\(task)", P.FD_SEARCH)
        .replace("\\(DateFormatter.localizedString(from: Date(), dateStyle: .full, timeStyle: .full))", NOW)
        .replace("\\(Locale.current.identifier)", localeId(c))
        .replace('\\(Bundle.main.infoDictionary?["CFBundleName"] as? String ?? "unknown AI app")', "FlowDown")
        .replace("\\(ModelManager.shared.additionalPrompt)", "");
      const previous = c.turns.slice(-5).map((t, i) =>
        `    <previous_messages>\n        <id>${i}</id>${
          esc(`${t.role === "user" ? "[User]" : "[Assistant]"}: ${t.content}`)
        }\n    </previous_messages>`
      );
      const xml = [
        "<web_search_request>",
        `    <task>${esc(P.FD_SEARCH)}</task>`,
        `    <user_input>${esc(c.followUp)}</user_input>`,
        ...previous,
        "</web_search_request>",
      ].join("\n");
      return { model: MODEL, messages: [sys(system), usr(xml)], max_tokens: 128 };
    },
  },
  {
    client: "NativeMind",
    task: "title",
    source: NATIVEMIND,
    note:
      "generateChatTitle: DEFAULT_CHAT_TITLE_GENERATION_SYSTEM_PROMPT (utils/user-config/defaults.ts) as system",
    build: (c) => {
      const { question, answer } = firstExchange(c);
      return {
        model: MODEL,
        messages: [
          sys(P.NM_TITLE_SYS.replace(/\{\{LANGUAGE\}\}/g, c.language)),
          usr(
            P.fill(P.NM_TITLE_USER, {
              language: c.language,
              userMessage: question,
              assistantMessage: answer,
            }),
          ),
        ],
      };
    },
  },
  {
    client: "NativeMind",
    task: "search-query",
    source: NATIVEMIND,
    note:
      "generateSearchKeywords: no open tabs, so the TagBuilder user prompt is the <conversation> block only",
    build: (c) => {
      const lines = [...c.turns, { role: "user", content: c.followUp }].map((t) => `${t.role}: ${t.content}`);
      return {
        model: MODEL,
        messages: [sys(P.NM_SEARCH_SYS), usr(`<conversation>\n${lines.join("\n")}\n</conversation>`)],
      };
    },
  },
  {
    client: "qvink MessageSummarize",
    task: "memory",
    source: QVINK,
    paraphrased: true,
    note:
      "auto-summary of each character message, default prompt with history off merged into one system message; {{words}} from the preset's max tokens (300)",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(
          P.QV_PROMPT.replace(/\{\{#if history\}\}[\s\S]*?\{\{\/if\}\}/, "")
            .replace("{{words}}", "300")
            .replace("{{message}}", lastOf(c, "assistant")),
        ),
      ],
    }),
  },
  {
    client: "ReMemory",
    task: "memory",
    source: REMEMORY,
    paraphrased: true,
    note:
      "memory_prompt_template over the last memory_span (3) messages as `name: mes`; SillyTavern generateRaw wrapping reconstructed as one user message",
    build: (c) => ({
      model: MODEL,
      messages: [
        usr(P.RM_MEMORY.replace(
          "{{content}}",
          c.turns.slice(-3).map((t) => `${stName(t.role)}: ${t.content}`).join("\n\n").trim(),
        )),
      ],
    }),
  },
  {
    client: "ReMemory",
    task: "tags",
    source: REMEMORY,
    paraphrased: true,
    note:
      "keywords for the lorebook entry of a remembered message, stop at newline; generateRaw wrapping reconstructed",
    build: (c) => ({
      model: MODEL,
      messages: [usr(P.RM_KEYWORDS.replace("{{content}}", lastOf(c, "assistant").trim()))],
    }),
  },
  {
    client: "ST Objective",
    task: "classification",
    source: OBJECTIVE,
    paraphrased: true,
    note:
      "checkTaskCompleted every N received messages via generateQuietPrompt: the chat history then the quiet prompt (placed as a final system message, reconstructed)",
    build: (c) => ({
      model: MODEL,
      messages: [
        ...toMessages(c.turns),
        sys(P.OBJ_CHECK.replace(/{{task}}/gi, OBJECTIVE_TASKS[c.language] ?? "")),
      ],
    }),
  },
];
