/**
 * Blind round 30: 15 housekeeping templates of 10 coding agents, agent frameworks and memory libraries not read
 * before, measured without changing the rules: hand-off and compaction summaries (ConnectOnion's `/compact`,
 * neovate-code, a French Antigravity hand-off workflow, a Korean LangGraph agent's context compression, Semantic
 * Kernel's history reducer, Pipecat's context summarizer), a Chinese research agent's title, summary and findings
 * extraction, memory steps of MemoryOS, memU and a coding agent's latent-space memory, and memU's retrieval decision
 * with query rewrite. 5 of the 15 are in Chinese, Korean or French. The verbatim texts are in `_prompts_blind30.ts`.
 */
import type { Conversation, Turn } from "./_conversations.ts";
import { firstExchange, MODEL, sys, type Template, toMessages, usr } from "./_types.ts";
import * as P from "./_prompts_blind30.ts";

export { buildBlind30Negatives } from "./_negatives_blind30.ts";

const at = (repo: string, { path, commit }: { path: string; commit: string }) => ({ repo, path, commit });
const CO = "afecdb0ceeecb389a16f8e679a9f999e70327055";
const NINI = "64c0c590f1c5e5cfa8be9c2b2b1c7bf886074f70";
const MOS = "1d717060350931af33d1d0dc3d4e50a72c125a48";

/** Python `str.format` for the named fields these templates use, with `{{`/`}}` unescaped. */
export function pyFormat(template: string, fields: Record<string, string>): string {
  return template.replace(/\{\{|\}\}|\{(\w+)\}/g, (m, name?: string) => {
    if (m === "{{") return "{";
    if (m === "}}") return "}";
    const value = name === undefined ? undefined : fields[name];
    if (value === undefined) throw new Error(`missing field ${name}`);
    return value;
  });
}

/** User/assistant pairs, the "pages" MemoryOS stores (an unanswered last question has an empty response). */
export function pages(c: Conversation): { user: string; agent: string }[] {
  const out: { user: string; agent: string }[] = [];
  c.turns.forEach((t: Turn) => {
    if (t.role === "user") out.push({ user: t.content, agent: "" });
    else if (out.length > 0) out[out.length - 1]!.agent = t.content;
  });
  return out;
}

/** ConnectOnion `_format_messages_for_summary`: `[role] content` blocks joined by a blank line. */
const coTranscript = (c: Conversation) => c.turns.map((t) => `[${t.role}] ${t.content}`).join("\n\n");
const coCompact = (c: Conversation) =>
  `${P.CO_SUMMARIZATION}\n\n## Conversation to Summarize\n\n${
    coTranscript(c)
  }\n\n---\n\nCreate a concise but complete summary following the structure above. Focus on:\n1. What the user wanted to accomplish\n2. Key files and code that were discussed or modified\n3. Any errors and how they were fixed\n4. Important decisions made\n\nKeep the summary under 1000 words but preserve all critical technical details.`;

/** nini `_trim_text`: newlines to spaces, cut at `max` characters with an ellipsis. */
const trim = (text: string, max: number) => {
  const flat = text.replaceAll("\r", " ").replaceAll("\n", " ").trim();
  return flat.length > max ? `${flat.slice(0, max)}...` : flat;
};
const niniLines = (c: Conversation) =>
  c.turns.map((t) => `[${t.role === "user" ? "用户" : "助手"}] ${trim(t.content, 500)}`).join("\n");
/** nini `_collect_relevant_messages` + `_build_title_prompt`: the first two user messages, 80 characters each. */
const niniTitle = (c: Conversation) =>
  P.NINI_TITLE +
  c.turns.filter((t) => t.role === "user").slice(0, 2).map((t) => `用户: ${t.content.slice(0, 80)}`).join(
    "\n",
  );

const STAMP = "2026-12-06 19:42:10";
const mosDialogs = (c: Conversation) =>
  pages(c).map((p) => `User: ${p.user} Assistant: ${p.agent}`).join("\n");
const mosKnowledge = (c: Conversation) =>
  pages(c).map((p) => `User: ${p.user} (Timestamp: ${STAMP})\nAssistant: ${p.agent} (Timestamp: ${STAMP})`)
    .join(
      "\n",
    );
const mosContinuity = (c: Conversation) => {
  const [prev, curr] = pages(c);
  return pyFormat(P.MOS_CONTINUITY_CHECK_USER, {
    prev_user: prev?.user ?? "",
    prev_agent: prev?.agent ?? "",
    curr_user: curr?.user ?? "",
    curr_agent: curr?.agent ?? "",
  });
};

/** memU `_format_query_context`: `- [role]: text` lines of the earlier queries. */
const memuContext = (c: Conversation) => c.turns.map((t) => `- [${t.role}]: ${t.content}`).join("\n");

export const BLIND_ROUND_30: Template[] = [
  {
    client: "ConnectOnion co",
    task: "compaction",
    source: at("openonion/connectonion", { path: "connectonion/cli/co_ai/commands/compact.py", commit: CO }),
    note: "`/compact`: summarization.md + formatted old messages through llm_do (its default system prompt)",
    build: (c) => ({ model: MODEL, messages: [sys("You are a helpful assistant."), usr(coCompact(c))] }),
  },
  {
    client: "SLURM_RAY Antigravity workflows",
    task: "compaction",
    source: at("hjamet/SLURM_RAY", {
      path: ".agent/workflows/handover.md",
      commit: "f98dc3197b10ab0b29cf555ff78b98da74140e46",
    }),
    paraphrased: true,
    note:
      "French `/handover` workflow sent after the session; the IDE's own system prompt and wrapping not shown",
    build: (c) => ({ model: MODEL, messages: [...toMessages(c.turns), usr(P.SLURM_HANDOVER)], stream: true }),
  },
  {
    client: "nini",
    task: "title",
    source: at("lewisoepwqi/scientific_nini", { path: "src/nini/agent/title_generator.py", commit: NINI }),
    note: "_TITLE_PROMPT + first two user messages; temperature 0.3, max_tokens 200",
    build: (c) => ({ model: MODEL, messages: [usr(niniTitle(c))], temperature: 0.3, max_tokens: 200 }),
  },
  {
    client: "nini",
    task: "compaction",
    source: at("lewisoepwqi/scientific_nini", { path: "src/nini/memory/compression.py", commit: NINI }),
    note: "_LLM_SUMMARY_PROMPT over `[用户]`/`[助手]` lines; temperature 0.3, max_tokens 800",
    build: (c) => ({
      model: MODEL,
      messages: [usr(pyFormat(P.NINI_SUMMARY, { conversation: niniLines(c) }))],
      temperature: 0.3,
      max_tokens: 800,
    }),
  },
  {
    client: "nini",
    task: "memory",
    source: at("lewisoepwqi/scientific_nini", { path: "src/nini/api/memory_routes.py", commit: NINI }),
    paraphrased: true,
    note:
      "long-term/extract findings prompt; the analysis content the caller posts is given as the session lines",
    build: (c) => ({
      model: MODEL,
      messages: [usr(pyFormat(P.NINI_FINDINGS, { content: niniLines(c).slice(0, 4000) }))],
      temperature: 0.3,
      max_tokens: 2000,
    }),
  },
  {
    client: "neovate-code",
    task: "compaction",
    source: at("neovateai/neovate-code", {
      path: "src/compact.ts",
      commit: "0da6be6d1db8efae326c21e0cbd64ab04498c54f",
    }),
    note: "query(): COMPACT_SYSTEM_PROMPT, the session messages, then COMPACT_USER_PROMPT",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.NEOVATE_COMPACT_SYSTEM), ...toMessages(c.turns), usr(P.NEOVATE_COMPACT_USER)],
    }),
  },
  {
    client: "Semantic Kernel",
    task: "summary",
    source: at("microsoft/semantic-kernel", {
      path: "python/semantic_kernel/contents/history_reducer/chat_history_summarization_reducer.py",
      commit: "b39d95a34435f4c1d55dd00c86120ce118d847e1",
    }),
    note:
      "ChatHistorySummarizationReducer: the messages to reduce, then the instructions as a system message",
    build: (c) => ({ model: MODEL, messages: [...toMessages(c.turns), sys(P.SK_SUMMARIZATION)] }),
  },
  {
    client: "memU",
    task: "query-rewrite",
    source: at("NevaMind-AI/memU", {
      path: "src/memu/app/retrieve.py",
      commit: "505638905f279e0b2fac61572ea551f819007aa1",
    }),
    note:
      "_decide_if_retrieval_needed: pre_retrieval_decision SYSTEM_PROMPT (unformatted) + USER_PROMPT; temp 0.2",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(P.MEMU_PRE_SYSTEM),
        usr(pyFormat(P.MEMU_PRE_USER, {
          conversation_history: memuContext(c),
          query: c.followUp,
          retrieved_content: "No content retrieved yet.",
        })),
      ],
      temperature: 0.2,
    }),
  },
  {
    client: "MemoryOS",
    task: "summary",
    source: at("BAI-LAB/MemoryOS", { path: "memoryos-pypi/utils.py", commit: MOS }),
    note: "gpt_summarize_dialogs over the short-term pages; temperature 0.7, max_tokens 2000",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(P.MOS_SUMMARIZE_DIALOGS_SYSTEM),
        usr(pyFormat(P.MOS_SUMMARIZE_DIALOGS_USER, { dialog_text: mosDialogs(c) })),
      ],
      temperature: 0.7,
      max_tokens: 2000,
    }),
  },
  {
    client: "MemoryOS",
    task: "memory",
    source: at("BAI-LAB/MemoryOS", { path: "memoryos-pypi/utils.py", commit: MOS }),
    note: "gpt_knowledge_extraction with page timestamps; temperature 0.7, max_tokens 2000",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(P.MOS_KNOWLEDGE_EXTRACTION_SYSTEM),
        usr(pyFormat(P.MOS_KNOWLEDGE_EXTRACTION_USER, { conversation: mosKnowledge(c) })),
      ],
      temperature: 0.7,
      max_tokens: 2000,
    }),
  },
  {
    client: "MemoryOS",
    task: "classification",
    source: at("BAI-LAB/MemoryOS", { path: "memoryos-pypi/utils.py", commit: MOS }),
    note: "check_conversation_continuity between two pages; temperature 0, max_tokens 10",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.MOS_CONTINUITY_CHECK_SYSTEM), usr(mosContinuity(c))],
      temperature: 0,
      max_tokens: 10,
    }),
  },
  {
    client: "Eco² chat worker",
    task: "compaction",
    source: at("SeSACTHON/backend", {
      path: "apps/chat_worker/infrastructure/orchestration/langgraph/summarization.py",
      commit: "acbd1561fb9c1d8b689588a45700f728123c8195",
    }),
    note:
      "summarize_messages with the context_compress.txt template (Korean); 1024 tokens, no earlier summary",
    build: (c) => ({
      model: MODEL,
      messages: [usr(pyFormat(P.ECO_COMPRESS, {
        max_summary_tokens: "1024",
        existing_summary_section: "",
        messages_text: c.turns.map((t) => `${t.role === "user" ? "HumanMessage" : "AIMessage"}: ${t.content}`)
          .join("\n"),
      }))],
    }),
  },
  {
    client: "aidev coding agents",
    task: "memory",
    source: at("ATLucas/aidev", {
      path: "experiments/coding_agents/coding_agents/agents/agent_latent_space.py",
      commit: "0a6a301da445c2c3cf7ecacac80f71d53fb96305",
    }),
    note: "after a step the memory_prompt.md turn is appended to the step's messages (tools omitted here)",
    build: (c) => {
      const { question, answer } = firstExchange(c);
      const request = pyFormat(P.AIDEV_USER, {
        memory: "This is the start of the conversation.",
        user_request: question,
      });
      return {
        model: MODEL,
        messages: [
          sys(P.AIDEV_INSTRUCTIONS),
          usr(request),
          { role: "assistant", content: answer },
          usr(P.AIDEV_MEMORY),
        ],
      };
    },
  },
  {
    client: "Pipecat",
    task: "compaction",
    source: at("pipecat-ai/pipecat", {
      path: "src/pipecat/services/llm_service.py",
      commit: "acead0507d7de44e216d24533964106ca1d1d044",
    }),
    note: "context summarization through run_inference: the prompt as system instruction, max_tokens 6000",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(P.PIPECAT_SUMMARIZATION),
        usr(
          `Conversation history:\n${
            c.turns.map((t) => `${t.role.toUpperCase()}: ${t.content}`).join("\n\n")
          }`,
        ),
      ],
      max_tokens: 6000,
    }),
  },
];
