/**
 * Blind round 18: seven coding agents and agent frameworks never used in the corpus before, read from their
 * source and measured without changing the rules: bloop (code-search agent: studio title, HyDE query),
 * mcpagent (Go agent framework: context summarization), DeerFlow (thread title, memory update), aidev (CLI
 * coding assistant: `:summarize`), Forge (coding agent: title, compaction), LazyLLM (question rewrite, Chinese
 * and English) and the Zapry bot SDK (Chinese memory extraction); and 8 hard negatives from their ordinary turns.
 */
import type { Conversation } from "./_conversations.ts";
import { CONVERSATIONS_BLIND_18 } from "./_conversations_blind18.ts";
import { firstExchange, MODEL, sys, type Template, toLines, toMessages, usr } from "./_types.ts";
import type { Negative } from "./_negatives_pasted.ts";
import * as P from "./_prompts_blind18.ts";
import { DEERFLOW_MEMORY, FORGE_SUMMARIZER } from "./_prompts_blind18_long.ts";

const at = (repo: string, { path, commit }: { path: string; commit: string }) => ({ repo, path, commit });
const BLOOP = {
  path: "server/bleep/src/agent/prompts.rs",
  commit: "05e3c515b69f9278c56eb722bcadb2f7bb8f105a",
};
const LAZYLLM = {
  path: "lazyllm/tools/actors/qustion_rewrite.py",
  commit: "c08855c48706a74f52f5791e3d46d842a6682a0c",
};

/** bloop's studio messages serialized as JSON (the enum's exact serde shape is reconstructed). */
const studioJson = (c: Conversation) =>
  JSON.stringify(c.turns.map((t) => t.role === "user" ? { User: t.content } : { Assistant: t.content }));
/** mcpagent `buildConversationTextForSummarization`: `[Turn n] User: …` blocks joined by blank lines. */
const turnBlocks = (c: Conversation) =>
  c.turns.map((t, i) => `[Turn ${i + 1}] ${t.role === "user" ? "User" : "Assistant"}: ${t.content}`).join(
    "\n\n",
  );
/** DeerFlow `_create_empty_memory()` as `json.dumps(…, indent=2)` prints it. */
const EMPTY_MEMORY = JSON.stringify(
  {
    version: "1.0",
    lastUpdated: "2026-12-07T08:12:45.318204Z",
    user: {
      workContext: { summary: "", updatedAt: "" },
      personalContext: { summary: "", updatedAt: "" },
      topOfMind: { summary: "", updatedAt: "" },
    },
    history: {
      recentMonths: { summary: "", updatedAt: "" },
      earlierContext: { summary: "", updatedAt: "" },
      longTermBackground: { summary: "", updatedAt: "" },
    },
    facts: [],
  },
  null,
  2,
);

export const BLIND_ROUND_18: Template[] = [
  {
    client: "bloop",
    task: "title",
    source: at("BloopAI/bloop", BLOOP),
    paraphrased: true,
    note:
      "studio_name_prompt as the only (system) message, temperature 0 (webserver/studio.rs); no code context, the studio messages' JSON shape reconstructed",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.BLOOP_STUDIO_NAME("[]", studioJson(c)))],
      temperature: 0,
    }),
  },
  {
    client: "bloop",
    task: "query-rewrite",
    source: at("BloopAI/bloop", BLOOP),
    note:
      "hyde(): hypothetical_document_prompt as the only (system) message, temperature 0, the user's query filled in",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.BLOOP_HYDE(firstExchange(c).question))],
      temperature: 0,
    }),
  },
  {
    client: "mcpagent",
    task: "compaction",
    source: at("manishiitg/mcpagent", {
      path: "agent/context_summarization.go",
      commit: "bea40b53193305cb95a83b6f036bb044ce7f6681",
    }),
    note:
      "summarizeConversationHistory: the prompt (with the transcript) as system, the transcript again as user, temperature 0",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.MCPAGENT_SUMMARY(turnBlocks(c))), usr(turnBlocks(c))],
      temperature: 0,
    }),
  },
  {
    client: "DeerFlow",
    task: "title",
    source: at("bytedance/deer-flow", {
      path: "backend/src/config/title_config.py",
      commit: "dfc173c455921950473d5f1424907b4ef2ba1d0e",
    }),
    note:
      "TitleMiddleware (backend/src/agents/middlewares/title_middleware.py@3f248b4a) after the first exchange: model.ainvoke(prompt) as one user message, each side cut at 500 chars",
    build: (c) => {
      const { question, answer } = firstExchange(c);
      return {
        model: MODEL,
        messages: [usr(P.DEERFLOW_TITLE(question.slice(0, 500), answer.slice(0, 500)))],
      };
    },
  },
  {
    client: "DeerFlow",
    task: "memory",
    source: at("bytedance/deer-flow", {
      path: "backend/src/agents/memory/prompt.py",
      commit: "b7452865a398b1de0926504aac804c7d9d6d6ae3",
    }),
    note:
      "MemoryUpdater.update_memory (memory/updater.py@2f4b1603): MEMORY_UPDATE_PROMPT with the empty memory and `User:`/`Assistant:` blocks, model.invoke(prompt) as one user message",
    build: (c) => ({
      model: MODEL,
      messages: [
        usr(
          DEERFLOW_MEMORY(
            EMPTY_MEMORY,
            toLines(c.turns, { user: "User", assistant: "Assistant", separator: "\n\n" }),
          ),
        ),
      ],
    }),
  },
  {
    client: "aidev",
    task: "compaction",
    source: at("efritz/aidev", {
      path: "src/chat/commands/summarize.ts",
      commit: "cc29c3b6beb2396a4789a69d1cfc8e2529e1cf51",
    }),
    paraphrased: true,
    note:
      "`:summarize` agent: system prompt, then the user template with the visible messages one JSON object a line (the message objects' exact fields reconstructed)",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(P.AIDEV_SYSTEM),
        usr(
          P.AIDEV_USER(c.turns.map((t) => JSON.stringify({ role: t.role, content: t.content })).join("\n")),
        ),
      ],
    }),
  },
  {
    client: "Forge",
    task: "title",
    source: at("antinomyhq/forge", {
      path: "templates/forge-system-prompt-title-generation.md",
      commit: "ad147aeb2bfe5e2fb820adfdd56dc9f1b159791f",
    }),
    note:
      "TitleGenerator: the template as system, the first user message as user, the title read from <title> tags",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.FORGE_TITLE), usr(firstExchange(c).question)],
      stream: true,
    }),
  },
  {
    client: "Forge",
    task: "compaction",
    source: at("antinomyhq/forge", {
      path: "templates/forge-system-prompt-context-summarizer.hbs",
      commit: "8e6c509ebf674ec38775542a06fd781fecaeffe9",
    }),
    paraphrased: true,
    note:
      "compactor: the conversation's messages, then the rendered summarizer as a user message; the summary_tag value (agent config) reconstructed as `summary`",
    build: (c) => ({
      model: MODEL,
      messages: [...toMessages(c.turns), usr(FORGE_SUMMARIZER("summary"))],
      stream: true,
    }),
  },
  {
    client: "LazyLLM",
    task: "query-rewrite",
    source: at("LazyAGI/LazyLLM", LAZYLLM),
    paraphrased: true,
    note:
      "QustionRewrite with a Chinese rewrite_prompt (the docstring's example) picks the Chinese template; the module's prompter sends it as the system instruction and the question as the user message (wrapper reconstructed)",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.LAZYLLM_REWRITE_ZH("请将问题改写为更适合检索的形式")), usr(firstExchange(c).question)],
      stream: true,
    }),
  },
  {
    client: "LazyLLM",
    task: "query-rewrite",
    source: at("LazyAGI/LazyLLM", LAZYLLM),
    paraphrased: true,
    note:
      "QustionRewrite with the default empty rewrite_prompt picks the English template; sent as the system instruction, the follow-up question as the user message (wrapper reconstructed)",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.LAZYLLM_REWRITE_EN("")), usr(c.followUp)],
      stream: true,
    }),
  },
  {
    client: "Zapry bot SDK",
    task: "memory",
    source: at("cyberFlowTech/zapry-bot-sdk-python", {
      path: "zapry_bot_sdk/memory/extractor.py",
      commit: "ea1e9eb509ff8aa55717c96344ab879998c1dd88",
    }),
    paraphrased: true,
    note:
      "LLMMemoryExtractor: DEFAULT_EXTRACTION_PROMPT with an empty profile and `用户:`/`助手:` lines, passed to the app's llm_fn(prompt) (sent here as one user message)",
    build: (c) => ({
      model: MODEL,
      messages: [usr(P.ZAPRY_EXTRACTION("{}", toLines(c.turns, { user: "用户", assistant: "助手" })))],
    }),
  },
];

/** Ordinary turns of the same clients, and users asking for a title or summary of their own text. */
const ASKS: Array<{ client: string; system?: string; history?: number; ask: string }> = [
  {
    client: "bloop",
    system: P.BLOOP_AGENT_SYSTEM,
    ask: "Where do we refresh the OAuth token before calling the billing API?",
  },
  {
    client: "Forge",
    history: 0,
    ask:
      "Give this PR a short title: I split the orders tests so every Jest worker gets its own Postgres schema and dropped the global --runInBand flag from CI.",
  },
  {
    client: "Forge",
    history: 0,
    ask:
      "Now implement the per-worker schema in jest.globalSetup.ts and summarize what you changed at the end.",
  },
  {
    client: "DeerFlow",
    ask:
      "帮我给下面这段周报起一个标题：本周完成了报销汇总脚本的初版，支持 xlsx 和 csv 两种格式，下周接入去重。",
  },
  {
    client: "aidev",
    history: 1,
    ask:
      "Fass bitte meine Notizen für den Installateur in drei Punkten zusammen: Therme zeigt F28 seit Montag, Gashahn offen, nach Entstörung zehn Minuten Betrieb, dann wieder F28.",
  },
  {
    client: "mcpagent",
    history: 3,
    ask: "Peki yeni adreste sayaç okunmadan önce elektrik kullanabilir miyim?",
  },
  { client: "LazyLLM", history: 2, ask: "公司差旅住宿的报销标准是多少？" },
  { client: "Zapry bot SDK", ask: "记住：我下个月搬到杭州，以后推荐活动请按杭州来。" },
];

export function buildBlind18Negatives(): Negative[] {
  return ASKS.map((item) => ({
    task: "blind-18",
    body: {
      model: MODEL,
      messages: [
        ...(item.system ? [sys(item.system)] : []),
        ...(item.history === undefined ? [] : toMessages(CONVERSATIONS_BLIND_18[item.history]?.turns ?? [])),
        usr(item.ask),
      ],
      stream: true,
    },
  }));
}

/** The client each negative was written for, in `buildBlind18Negatives` order (for the round's notes). */
export const BLIND18_NEGATIVE_CLIENTS: string[] = ASKS.map((item) => item.client);
