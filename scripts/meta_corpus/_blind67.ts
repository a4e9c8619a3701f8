/**
 * Blind round 67: coding agents, IDE plugins and terminal tools, read from their sources and measured without changing
 * the rules. Compaction and hand-off prompts (ii-agent, Magentic-UI's OmniAgent, kodelet, a Rust CLI tutor, hoosh, a
 * Chinese LangGraph agent), kodelet's one-line conversation summary and a JetBrains plugin's topic title, Semantic
 * Workbench's archive summary and knowledge digest, a Chinese coding assistant backend's next-step suggestions, the
 * Azure SDK Q&A bot's intent/standalone-question prompt, a codebase agent's RAG-or-direct decision, and two
 * "learn from this session into AGENTS.md" commands. The texts are in `_prompts_blind67.ts`; negatives:
 * `_negatives_blind67.ts`.
 */
import type { Conversation, Turn } from "./_conversations.ts";
import { asst, MODEL, sys, type Template, toMessages, usr } from "./_types.ts";
import * as P from "./_prompts_blind67.ts";
export { buildBlind67Negatives } from "./_negatives_blind67.ts";

const at = (repo: string, { path, commit }: { path: string; commit: string }) => ({ repo, path, commit });
const fill = (text: string, values: Record<string, string>) =>
  Object.entries(values).reduce((out, [key, value]) => out.replaceAll(`\u0000${key}\u0000`, value), text);
const lastUser = (c: Conversation) => c.turns.findLastIndex((t) => t.role === "user");
/** The last fenced code block of the conversation and its language tag, or empty strings. */
const lastCode = (c: Conversation) => {
  const blocks = [...c.turns.map((t) => t.content).join("\n").matchAll(/```(\w*)\n([\s\S]*?)\n```/g)];
  const last = blocks.at(-1);
  return { language: last?.[1] ?? "", code: last?.[2] ?? "" };
};

/** ii-agent `_message_list_to_string`: "USER: text" / "ASSISTANT: text". */
const iiLine = (t: Turn) => `${t.role === "user" ? "USER" : "ASSISTANT"}: ${t.content}`;
/** ii-agent `_generate_summary`: first compaction (no previous summary), the head turn kept, the rest forgotten. */
const iiForgotten = (c: Conversation) =>
  P.II_SUMMARY_PROMPT + "<PREVIOUS SUMMARY>\n\n</PREVIOUS SUMMARY>\n\n" +
  c.turns.slice(1).map((t, i) => `<EVENT id=${i}>\n${iiLine(t)}\n</EVENT>\n`).join("") +
  "\nNow summarize the events using the rules above.";
/** ii-agent `generate_complete_conversation_summary` (the /compact command). */
const iiComplete = (c: Conversation) =>
  P.II_SUMMARY_PROMPT +
  `<CONVERSATION>\n${
    c.turns.map((t, i) => `<TURN id=${i}>\n${iiLine(t)}\n</TURN>\n\n`).join("")
  }</CONVERSATION>\n\n` +
  "Now summarize the conversation using the rules above.";
/** kodelet `RenderMarkdown` for text messages ("## Messages", then "### User" / "### Assistant" sections). */
const kodeletMarkdown = (c: Conversation) =>
  "## Messages\n\n" +
  c.turns.map((t) => `### ${t.role === "user" ? "User" : "Assistant"}\n\n${t.content}`).join("\n\n") + "\n";
/** semanticworkbench `convert_oai_messages_to_xml` (the opening tag is left unclosed there, as here). */
const swXml = (c: Conversation) =>
  [
    "<conversation>",
    ...c.turns.flatMap((t) => [`<message role="${t.role}"`, t.content, "</message>"]),
    "</conversation>",
  ]
    .join("\n");
/** knowledge-transfer-assistant `auto_update_knowledge_digest`: an indented f-string around the prompt. */
const swDigest = (c: Conversation) => {
  const history = c.turns.map((t) => `${t.role === "user" ? "User" : "Assistant"}: ${t.content}\n\n`).join(
    "",
  );
  return `\n            ${P.SW_KNOWLEDGE_DIGEST_PROMPT}\n\n            <CHAT_HISTORY>\n            ${history}\n            </CHAT_HISTORY>\n            `;
};
/** agentGraph `_format_messages_for_summary`: "[Human] text" / "[AI] text", blank line between. */
const agLines = (c: Conversation) =>
  c.turns.map((t) => `[${t.role === "user" ? "Human" : "AI"}] ${t.content.slice(0, 2000)}`).join("\n\n");
/** zgsm `get_default_base_prompt()` on the day of the request. */
const ZGSM_BASE =
  "You are a question-answering AI that can access the internet and respond in Chinese markdown format.\nCurrent date: 2026-12-07\n";

const II = "682d077f9cf6b7a7734ed88b39376128172570ea";
const SW = "2c2b0df7b17d408a77fa04f2c8f902cc98c06b66";
const KODELET = "d210c4a563c75db340573f522bca32c9312aa8c0";
const MARVIN = "d6c630970c6f1b349d6d7f4d1e094e7efe6c1aee";

export const BLIND67: Template[] = [
  {
    client: "ii-agent",
    task: "compaction",
    source: at("Intelligent-Internet/ii-agent", {
      path: "src/ii_agent/llm/context_manager/llm_summarizing.py",
      commit: II,
    }),
    note:
      "LLMSummarizingContextManager._generate_summary: one user message, max_tokens 32000; first turn kept as head",
    build: (c) => ({ model: MODEL, messages: [usr(iiForgotten(c))], max_tokens: 32_000 }),
  },
  {
    client: "ii-agent",
    task: "compaction",
    source: at("Intelligent-Internet/ii-agent", {
      path: "src/ii_agent/llm/context_manager/llm_summarizing.py",
      commit: II,
    }),
    note:
      "generate_complete_conversation_summary for /compact: one user message, max_tokens 32000, temperature 0",
    build: (c) => ({ model: MODEL, messages: [usr(iiComplete(c))], max_tokens: 32_000, temperature: 0 }),
  },
  {
    client: "Magentic-UI OmniAgent",
    task: "compaction",
    source: at("microsoft/magentic-ui", {
      path: "src/magentic_ui/teams/omniagent/_compaction.py",
      commit: "36fa15838bb288a4a5e6b2850d540e3f0cdd5a0b",
    }),
    paraphrased: true,
    note:
      "_responses.py sends the history plus user_msg(COMPACTION_PROMPT), streamed; the system prompt is only its _CORE_GUIDELINES part here",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.MAGUI_CORE_GUIDELINES), ...toMessages(c.turns), usr(P.MAGUI_COMPACTION_PROMPT)],
      stream: true,
    }),
  },
  {
    client: "kodelet",
    task: "compaction",
    source: at("jingkaihe/kodelet", { path: "pkg/llm/prompts/prompts.go", commit: KODELET }),
    paraphrased: true,
    note:
      "CompactContextWithSummary: a utility thread seeded with the history, then CompactPrompt; system prompt left out",
    build: (c) => ({ model: MODEL, messages: [...toMessages(c.turns), usr(P.KODELET_COMPACT_PROMPT)] }),
  },
  {
    client: "kodelet",
    task: "title",
    source: at("jingkaihe/kodelet", {
      path: "pkg/llm/prompts/prompts.go",
      commit: "748920880201c267e202421e158aa370999d4197",
    }),
    paraphrased: true,
    note:
      "GenerateShortSummary (the conversation's list name): BuildShortSummaryPrompt over RenderMarkdown, weak model, history seeded",
    build: (c) => ({
      model: MODEL,
      messages: [
        ...toMessages(c.turns),
        usr(
          `${P.KODELET_SHORT_SUMMARY_PROMPT.trim()}\n\nConversation to summarize:\n\n${
            kodeletMarkdown(c).trim()
          }`,
        ),
      ],
    }),
  },
  {
    client: "zgsm (CoStrict backend)",
    task: "follow-ups",
    source: at("zgsm-ai/zgsm-backend-deploy", {
      path: "chatgpt/server/template/advise.py",
      commit: "0518dd974cdf016d318076136ccf1def40480ccd",
    }),
    note:
      "AgentChat._get_advise after each answer: base system prompt, earlier history, ADVISE_PROMPT with the query and code; stream, temperature 0",
    build: (c) => {
      const last = lastUser(c);
      const { language, code } = lastCode(c);
      const prompt = fill(P.ZGSM_ADVISE_PROMPT, { query: c.turns[last]?.content ?? "", language, code });
      return {
        model: MODEL,
        messages: [sys(ZGSM_BASE), ...toMessages(c.turns.slice(0, last)), usr(prompt)],
        stream: true,
        temperature: 0,
      };
    },
  },
  {
    client: "Azure SDK Q&A bot",
    task: "query-rewrite",
    source: at("Azure/azure-sdk-tools", {
      path: "tools/sdk-ai-bots/azure-sdk-qa-bot-backend/service/prompt/general/intention.md",
      commit: "1ca4ac9c48e77dda54432cb5f05b7577ca466995",
    }),
    paraphrased: true,
    note:
      "RecognizeIntention: intention prompt as system message before the conversation; the three includes were read at neighbouring commits",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.AZURE_INTENTION), ...toMessages(c.turns), usr(c.followUp)],
    }),
  },
  {
    client: "Semantic Workbench",
    task: "summary",
    source: at("microsoft/semanticworkbench", {
      path:
        "libraries/python/assistant-extensions/assistant_extensions/chat_context_toolkit/archive/_summarizer.py",
      commit: SW,
    }),
    note:
      "ArchiveSummarizer (codespace assistant): system prompt plus the XML-ish transcript, max_tokens response_tokens 8196",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(P.SW_SUMMARY_GENERATION_PROMPT),
        usr(`${swXml(c)}\n\nPlease summarize the conversation above according to your instructions.`),
      ],
      max_tokens: 8196,
    }),
  },
  {
    client: "Semantic Workbench",
    task: "memory",
    source: at("microsoft/semanticworkbench", {
      path: "assistants/knowledge-transfer-assistant/assistant/domain/knowledge_digest_manager.py",
      commit: SW,
    }),
    note: "auto_update_knowledge_digest: one user message, max_tokens max_digest_tokens 4096",
    build: (c) => ({ model: MODEL, messages: [usr(swDigest(c))], max_tokens: 4096 }),
  },
  {
    client: "marvin (scotbot)",
    task: "compaction",
    source: at("scadoshi/scotbot", { path: "src/user_commands/compact_context.rs", commit: MARVIN }),
    paraphrased: true,
    note:
      "the /compact command: preamble, history, the prompt as user message (rig's Anthropic call in chat form)",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.MARVIN_PREAMBLE), ...toMessages(c.turns), usr(P.MARVIN_COMPACT)],
    }),
  },
  {
    client: "marvin (scotbot)",
    task: "summary",
    source: at("scadoshi/scotbot", { path: "src/user_commands/show_context_summary.rs", commit: MARVIN }),
    paraphrased: true,
    note:
      "the summary command, streamed: preamble, history, the prompt as user message (rig's Anthropic call in chat form)",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.MARVIN_PREAMBLE), ...toMessages(c.turns), usr(P.MARVIN_SUMMARY)],
      stream: true,
    }),
  },
  {
    client: "hoosh",
    task: "compaction",
    source: at("nomad-prime/hoosh", {
      path: "src/prompts/handoff.md",
      commit: "37edfc16c9871cc56fe325400b2a38655b8f3942",
    }),
    paraphrased: true,
    note:
      "the built-in /handoff command body added as a user message; the coder system prompt cut to its Identity section",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.HOOSH_CODER_IDENTITY), ...toMessages(c.turns), usr(P.HOOSH_HANDOFF_BODY)],
    }),
  },
  {
    client: "agentGraph",
    task: "compaction",
    source: at("yushaw/agentGraph", {
      path: "generalAgent/context/compressor.py",
      commit: "d9d4154107471fea0d8d5175c1e1fc1b715953a2",
    }),
    note:
      "_summarize_messages via ChatOpenAI.ainvoke(prompt): one user message, max_tokens 1440, temperature 0.3",
    build: (c) => ({
      model: MODEL,
      messages: [usr(`${P.AG_COMPACT_PROMPT}\n\n${agLines(c)}`)],
      max_tokens: 1440,
      temperature: 0.3,
    }),
  },
  {
    client: "GPT-copilot-plugin",
    task: "title",
    source: at("isliudong/GPT-copilot-plugin", {
      path: "src/main/java/com/ld/chatgptcopilot/util/ChatGPTCopilotRequestUtil.java",
      commit: "ccf4f8f23da0d657ac47e175d15d76c69f58fa44",
    }),
    note:
      "summaryTitle: the channel's messages, a user question and an assistant prefix; fires at six stored messages",
    build: (c) => ({
      model: MODEL,
      messages: [
        ...toMessages(c.turns),
        usr("What is the topic of our chat?"),
        asst("Ok here is my summary of the contents of the chat:"),
      ],
    }),
  },
  {
    client: "mistracode",
    task: "classification",
    source: at("xichen1997/mistracode", {
      path: "codebase_agent_rag.py",
      commit: "07353031456fee8e553657a23c857778a6c3a59f",
    }),
    paraphrased: true,
    note:
      "_llm_judge_rag_need: Ollama /api/generate prompt carried as one user message, temperature 0.1, num_predict 10",
    build: (c) => ({
      model: MODEL,
      messages: [usr(fill(P.MISTRA_RAG_JUDGE, { query: c.followUp }))],
      max_tokens: 10,
      temperature: 0.1,
    }),
  },
  {
    client: "browser-sdk Claude command",
    task: "memory",
    source: at("DataDog/browser-sdk", {
      path: ".claude/commands/revise-agents-md.md",
      commit: "20307262d1c1019b98ebb1154f432a2ae5b225dc",
    }),
    paraphrased: true,
    note:
      "/revise-agents-md: the command body after the session's messages (Claude Code's command tags not reproduced)",
    build: (c) => ({
      model: MODEL,
      messages: [...toMessages(c.turns), usr(P.DD_REVISE_AGENTS_MD)],
      stream: true,
    }),
  },
  {
    client: "opencode /learn command",
    task: "memory",
    source: at("elithrar/dotfiles", {
      path: ".config/opencode/command/learn.md",
      commit: "b16eff700e42e72c98f67e3a71de05a0932e3d14",
    }),
    note: "/learn without arguments: the template body sent as a user message after the session",
    build: (c) => ({ model: MODEL, messages: [...toMessages(c.turns), usr(P.EL_LEARN)], stream: true }),
  },
];
