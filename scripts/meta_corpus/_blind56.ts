/**
 * Blind round 56: agent frameworks, RAG pipelines and chatbot platforms nobody on the project had read, taken from
 * their source and measured without changing the rules: Vietnamese query rewriting, collection routing and query
 * clarification/domain gates of two shop RAG bots, a Chinese rewrite-and-validate step with JSON mode, Portuguese
 * memory extraction and WhatsApp summaries, German CRM conversation and long-term memory summaries, an opencode
 * compaction agent, and HyDE/decomposition preprocessing of a RAG lab; negatives in `_negatives_blind56.ts`.
 */
import type { Conversation } from "./_conversations.ts";
import { MODEL, sys, type Template, toLines, toMessages, usr } from "./_types.ts";
import { src } from "./_sources_blind56.ts";
import * as P from "./_prompts_blind56.ts";
import * as R from "./_prompts_blind56_rag.ts";
import { AGENT_TEMPLATES } from "./_blind56_agents.ts";

export { buildBlind56Negatives } from "./_negatives_blind56.ts";

const NEURO_PATH = "src/services/orchestrator/src/services/ConversationMemory.ts";
const userLines = (c: Conversation) => toLines(c.turns, { user: "User", assistant: "Assistant" });
/** Python's repr() of a str, as `str.format` prints the strings inside a list of dicts. */
const pyStr = (s: string) => {
  const q = s.includes("'") && !s.includes('"') ? '"' : "'";
  const body = s.replace(/\\/g, "\\\\").replace(/\n/g, "\\n").replace(/\t/g, "\\t").replace(/\r/g, "\\r");
  return q + (q === "'" ? body.replace(/'/g, "\\'") : body) + q;
};
/** lintan_qa formats the message list itself: str() of `[{"role": ..., "content": ...}, ...]`. */
const pyMessages = (c: Conversation) =>
  "[" + [...c.turns, { role: "user" as const, content: c.followUp }]
    .map((t) => `{'role': ${pyStr(t.role)}, 'content': ${pyStr(t.content)}}`).join(", ") +
  "]";
/** aitrainer keeps only the student's messages of 10 characters or more, stamped `[dd/mm HH:MM] Aluno:`. */
const studentLines = (c: Conversation) =>
  c.turns.filter((t) => t.role === "user" && t.content.trim().length >= 10)
    .map((t, i) => `[12/03 19:${String(5 + 2 * i).padStart(2, "0")}] Aluno: ${t.content}`).join("\n");
/** neuroconcepts prints Prisma's enum role: `USER: …` / `ASSISTANT: …`, each cut at 500 characters. */
const prismaLines = (c: Conversation) =>
  c.turns.map((t) => `${t.role === "user" ? "USER" : "ASSISTANT"}: ${t.content.substring(0, 500)}`).join(
    "\n",
  );

export const BLIND56: Template[] = [
  {
    client: "An Khang Computer assistant",
    task: "query-rewrite",
    source: src("ANKHANG", "src/prompts/rag_prompts.py"),
    paraphrased: true,
    note:
      "REWRITE_PROMPT through ChatPromptTemplate.from_template (one human message) to Gemini with structured output; chat_history written as User:/Assistant: lines like the prompt's own example (the graph at this commit passes an empty list)",
    build: (c) => ({ model: MODEL, messages: [usr(P.VN_REWRITE(c.followUp, userLines(c)))] }),
  },
  {
    client: "An Khang Computer assistant",
    task: "intent-routing",
    source: src("ANKHANG", "src/prompts/rag_prompts.py"),
    note: "ROUTING_PROMPT with the rewritten query, one human message, structured output QueryRouting",
    build: (c) => ({ model: MODEL, messages: [usr(P.VN_ROUTING(c.followUp))] }),
  },
  {
    client: "Do_An electronics RAG",
    task: "query-rewrite",
    source: src("DOAN", "prompts.py"),
    note:
      "QUERY_CLARIFICATION_PROMPT; direct_rag.py call_openai: one user message, temperature 0.1, not streamed",
    build: (c) => ({
      model: MODEL,
      messages: [usr(P.DOAN_CLARIFY(c.followUp))],
      temperature: 0.1,
      stream: false,
    }),
  },
  {
    client: "Do_An electronics RAG",
    task: "classification",
    source: src("DOAN", "prompts.py"),
    note:
      "QUERY_DOMAIN_CLASSIFICATION_PROMPT (RELATED/UNRELATED gate) with the clarified query, temperature 0.1",
    build: (c) => ({
      model: MODEL,
      messages: [usr(P.DOAN_DOMAIN(c.followUp))],
      temperature: 0.1,
      stream: false,
    }),
  },
  {
    client: "lintan_qa",
    task: "query-rewrite",
    source: src("LINTAN", "service/prompts/prompts_zh.py"),
    note:
      "REWRITE_AND_VALIDATE formatted with the last 6 messages plus the question as a Python list repr (service/qa/intent_understander.py); DeepSeekClient.completion sends one user message with response_format json_object",
    build: (c) => ({
      model: MODEL,
      messages: [
        usr(P.LINTAN_REWRITE({
          today: "2026-03-12",
          yesterday: "2026-03-11",
          tomorrow: "2026-03-13",
          conversation: pyMessages(c),
        })),
      ],
      response_format: { type: "json_object" },
    }),
  },
  {
    client: "aitrainer",
    task: "memory",
    source: src("AITRAINER", "backend/src/prompts/summary_prompts.py"),
    note:
      "SUMMARY_UPDATE_PROMPT (V4) via PromptTemplate | chat model .astream in backend/src/services/history_compactor.py: one user message, streamed, empty profile, only the student's lines",
    build: (c) => ({
      model: MODEL,
      messages: [usr(P.AITRAINER_UPDATE("", studentLines(c)))],
      stream: true,
    }),
  },
  {
    client: "IntegrAI",
    task: "summary",
    source: src("INTEGRAI", "app/services/context/summary.py"),
    note:
      "gerar_resumo through get_llm_response (app/services/chatbot/chatbot.py): its fixed system message with context None, then the prompt with role: text lines; temperature 0.6, max_tokens 2048, top_p 0.95 (not in this shape), not streamed",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(P.INTEGRAI_SYSTEM("None")),
        usr(P.INTEGRAI_SUMMARY + toLines(c.turns, { user: "user", assistant: "assistant" })),
      ],
      temperature: 0.6,
      max_tokens: 2048,
      stream: false,
    }),
  },
  {
    client: "neuroconcepts Jarvis",
    task: "summary",
    source: src("NEURO", NEURO_PATH),
    note:
      "generateSummary: system + user message with USER:/ASSISTANT: lines, max_tokens 500, temperature 0.3",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.NEURO_SUMMARY_SYSTEM), usr(P.NEURO_SUMMARY_USER(prismaLines(c)))],
      max_tokens: 500,
      temperature: 0.3,
    }),
  },
  {
    client: "neuroconcepts Jarvis",
    task: "memory",
    source: src("NEURO", NEURO_PATH),
    note:
      "updateLongTermMemory before any summary exists: system + NEUE GESPRÄCHE block, max_tokens 700, temperature 0.3",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.NEURO_MEMORY_SYSTEM), usr(P.NEURO_MEMORY_USER(prismaLines(c)))],
      max_tokens: 700,
      temperature: 0.3,
    }),
  },
  {
    client: "opencode compaction agent (DecentM dotfiles)",
    task: "compaction",
    source: src("DECENTM", "home/dot_dotfiles/opencode/agents/compaction.md"),
    paraphrased: true,
    note:
      "the hidden compaction agent's body as system prompt (temperature 0.1 from its front matter), then the session's messages; opencode's own closing request not added (wrapper reconstructed)",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.DECENTM_COMPACTION), ...toMessages(c.turns)],
      temperature: 0.1,
      stream: true,
    }),
  },
  ...R.RAG_TEMPLATES,
  ...AGENT_TEMPLATES,
];
