/**
 * Blind round 28: 13 housekeeping templates of 11 coding agents, IDE assistants, agent frameworks and agent apps nobody on the
 * project had read, measured without changing the rules: VS Code Copilot Chat's title and agent-history summary, a
 * Claude Code re-implementation's session title, ModelScope ms-agent's context compressor, Kyma Companion's memory
 * summary, a Go pcap agent's rolling summary, a Chinese chat-log hand-off compressor, a Chinese multi-agent
 * orchestrator's next-step selection, a Chinese RAG agent platform's recommended questions and a Chinese agent
 * router's intent and parameter extraction; added after the first measurement, a Japanese partner agent's fact and
 * open-loop extraction and an agentic starter's title agent. The verbatim texts are in `_prompts_blind28.ts`.
 */
import type { Conversation } from "./_conversations.ts";
import { firstExchange, MODEL, sys, type Template, toLines, toMessages, usr } from "./_types.ts";
import * as P from "./_prompts_blind28.ts";

export { buildBlind28Negatives } from "./_negatives_blind28.ts";

const at = (repo: string, { path, commit }: { path: string; commit: string }) => ({ repo, path, commit });

const users = (c: Conversation) => c.turns.filter((t) => t.role === "user").map((t) => t.content);
const lastUser = (c: Conversation) => users(c).at(-1) ?? "";
/** Everything before the last user turn: the history a router or rewrite sees next to the new message. */
const history = (c: Conversation) => c.turns.slice(0, c.turns.findLastIndex((t) => t.role === "user"));

/** claude-code-open formatTurnsAsText: `User:`/`Claude:` blocks, each turn closed by `---`. */
function ccoTurns(c: Conversation): string {
  const parts: string[] = [];
  for (let i = 0; i < c.turns.length; i += 2) {
    const [first, second] = [c.turns[i], c.turns[i + 1]];
    const user = first?.role === "user" ? first.content : "";
    const answer = second?.role === "assistant" ? second.content : "";
    if (user) parts.push(`User: ${user}`, "");
    if (answer) parts.push(`Claude: ${answer}`, "");
    parts.push("---", "");
  }
  return parts.join("\n");
}

/** pcap_agent sum.md filled: no previous summary yet, the last exchange kept as the recent messages. */
function pcapFilled(c: Conversation): string {
  const cut = Math.max(0, c.turns.length - 2);
  const lines = (turns: typeof c.turns) => toLines(turns, { user: "user", assistant: "assistant" });
  return P.PCAP_SUM.replace("{system_prompt}", "").replace("{user_messages}", users(c).join("\n"))
    .replace("{previous_summary}", "").replace("{older_messages}", lines(c.turns.slice(0, cut)))
    .replace("{recent_messages}", lines(c.turns.slice(cut)));
}

const VSC = "microsoft/vscode-copilot-chat";
const COCORO = "0ca3f7955e212190e41aad1089ed948f5e27c737";
/** cocoro_ghost feeds its extraction modules the stored exchange as `user:`/`assistant:` lines. */
const exchangeText = (c: Conversation) => toLines(c.turns, { user: "user", assistant: "assistant" });
const templates: Template[] = [
  {
    client: "VS Code Copilot Chat",
    task: "title",
    source: at(VSC, {
      path: "src/extension/prompts/node/panel/title.tsx",
      commit: "050d178e1b697b9378aa7db135cf25c2cf656076",
    }),
    paraphrased: true,
    note:
      "TitlePrompt rendered by prompt-tsx: system (SafetyRules inlined), the user request, then the title ask",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.VSC_TITLE_SYSTEM), usr(firstExchange(c).question), usr(P.VSC_TITLE_USER)],
    }),
  },
  {
    client: "VS Code Copilot Chat",
    task: "compaction",
    source: at(VSC, {
      path: "src/extension/prompts/node/agent/summarizedConversationHistory.tsx",
      commit: "058cbb29624bdbe4e971a0432dc2615cb5cf51ec",
    }),
    paraphrased: true,
    note:
      "ConversationHistorySummarizationPrompt: SummaryPrompt system, the agent history, the summarize ask (JSX line breaks rendered)",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.VSC_SUMMARY_SYSTEM), ...toMessages(c.turns), usr(P.VSC_SUMMARY_USER)],
    }),
  },
  {
    client: "claude-code-open",
    task: "title",
    source: at("yaoyao-cw/claude-code-open", {
      path: "src/context/summarizer.ts",
      commit: "11978b398b05620a9daa0b959da8aebca216cca3",
    }),
    paraphrased: true,
    note:
      "generateAISummary: system prompt plus one user message; sent through a Messages client, mapped to chat roles",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.CCO_SYSTEM), usr([P.CCO_HEAD, "", ccoTurns(c), "", P.CCO_TAIL].join("\n"))],
    }),
  },
  {
    client: "ms-agent",
    task: "compaction",
    source: at("modelscope/ms-agent", {
      path: "ms_agent/memory/condenser/context_compressor.py",
      commit: "02809649f2fc89b090a27b419b24a49ff4bc057b",
    }),
    note:
      "ContextCompressor.summarize: one user message, summary prompt + `---` + ROLE: content lines, stream=False",
    build: (c) => ({
      model: MODEL,
      messages: [
        usr(
          `${P.MSAGENT_SUMMARY}\n\n---\n${
            c.turns.map((t) => `${t.role.toUpperCase()}: ${t.content}`).join("\n")
          }`,
        ),
      ],
      stream: false,
    }),
  },
  {
    client: "Kyma Companion",
    task: "summary",
    source: at("kyma-project/kyma-companion", {
      path: "src/agents/memory/prompts.py",
      commit: "38111241e248e7f761d38d53ba965de220131f40",
    }),
    paraphrased: true,
    note: "MESSAGES_SUMMARY_PROMPT as system followed by the chat messages (LangChain wrapper reconstructed)",
    build: (c) => ({ model: MODEL, messages: [sys(P.KYMA_SUMMARY), ...toMessages(c.turns)] }),
  },
  {
    client: "pcap_agent",
    task: "compaction",
    source: at("zenyanle/pcap_agent", {
      path: "internal/prompts/sum.md",
      commit: "9956866fd2bec2f608c5af3b04db18458eb82336",
    }),
    paraphrased: true,
    note: "sum.md with its five sections filled (agent system prompt left empty), one user message",
    build: (c) => ({ model: MODEL, messages: [usr(pcapFilled(c))] }),
  },
  {
    client: "AnySpecs web-spec",
    task: "compaction",
    source: at("anyspecs/web-spec", {
      path: "src/config/prompts.ts",
      commit: "205b560ceb99f1fe75213f69955c1f667fb43b1f",
    }),
    paraphrased: true,
    note:
      "SYSTEM plus CONTEXT_ANALYSIS(fileName) with the uploaded chat log appended (Chinese; wrapper reconstructed)",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(P.ANYSPECS_SYSTEM),
        usr(`${P.anyspecsContextAnalysis("chat.json")}\n\n${JSON.stringify(c.turns, null, 2)}`),
      ],
    }),
  },
  {
    client: "HITL orchestrator",
    task: "speaker",
    source: at("M-Patek/HITL", {
      path: "prompts/orchestrator_prompt.md",
      commit: "0c15fb250fae3cc1cd8ae76da05d395623bf4be5",
    }),
    paraphrased: true,
    note:
      "orchestrator system prompt (Chinese) choosing the next agents; the ProjectState it reads is reconstructed",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(P.HITL_ORCHESTRATOR),
        usr(JSON.stringify({
          user_input: lastUser(c),
          research_summary: history(c).filter((t) => t.role === "assistant").map((t) => t.content).join("\n"),
          code_blocks: {},
          final_report: "",
          user_feedback_queue: [],
        })),
      ],
    }),
  },
  {
    client: "LangHuan",
    task: "follow-ups",
    source: at("liShuangQ/LangHuan", {
      path: "langhuan-service/src/main/resources/sql/prompt_dml.sql",
      commit: "3287b2d4d630df86d8a4ebb98c2c1e45f25a0478",
    }),
    paraphrased: true,
    note: "otherQuestionsRecommended system prompt (Chinese) and the user's question as the user message",
    build: (c) => ({ model: MODEL, messages: [sys(P.LANGHUAN_RECOMMEND), usr(lastUser(c))] }),
  },
  {
    client: "fx-agent",
    task: "classification",
    source: at("zlzcms/fx-agent", {
      path: "ai-backend/backend/agents/config/prompt/agent.py",
      commit: "bac1bcc93837e95ed163c9489119f6c6590ec572",
    }),
    paraphrased: true,
    note:
      "intent router and parameter extractor (Chinese) after str.format, with the history and the new message",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(
          P.FX_ROUTER.replace("{extract_parameters_constraints}", "intent: string, 必填")
            .replace("{{", "{").replace("}}", "}").replace("{example}", "")
            .replace("{current_time}", "2026-12-07 10:30:00"),
        ),
        ...toMessages(history(c)),
        usr(lastUser(c)),
      ],
    }),
  },
  {
    client: "cocoro_ghost",
    task: "memory",
    source: at("hirona98/cocoro_ghost", { path: "cocoro_ghost/prompts.py", commit: COCORO }),
    paraphrased: true,
    note:
      "fact extraction module (Japanese) as system, the exchange as the input text (worker wrapper reconstructed)",
    build: (c) => ({ model: MODEL, messages: [sys(P.COCORO_FACT), usr(exchangeText(c))] }),
  },
  {
    client: "cocoro_ghost",
    task: "memory",
    source: at("hirona98/cocoro_ghost", { path: "cocoro_ghost/prompts.py", commit: COCORO }),
    paraphrased: true,
    note:
      "open-loop extraction module (Japanese): unfinished matters to bring up next time, from the exchange",
    build: (c) => ({ model: MODEL, messages: [sys(P.COCORO_LOOP), usr(exchangeText(c))] }),
  },
  {
    client: "Fabric Foundry agentic starter",
    task: "title",
    source: at("naoki1213mj/fabric-foundry-agentic-starter", {
      path: "infra/scripts/agent_scripts/agents/title_agent/instructions.md",
      commit: "22993aa09b9122a73c269412a260bd2b2893ed5d",
    }),
    paraphrased: true,
    note:
      "title agent instructions as system and the first user message as input (agent-service wrapper reconstructed)",
    build: (c) => ({ model: MODEL, messages: [sys(P.FABRIC_TITLE), usr(firstExchange(c).question)] }),
  },
];

export const BLIND_ROUND_28: Template[] = templates;
