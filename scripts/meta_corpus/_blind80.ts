/**
 * Blind round 80: agent frameworks and agent apps never used in the corpus before, read from their source and
 * measured without changing the rules: OmniEmployee's compaction summary, knowledge extraction and memory
 * consolidation, ensemble's history compaction, Pulse Coder's Chinese compaction, Iris' session title, follow-up
 * suggestions, lecture query rewrite and retrieval assessment, AgentFusion's trailing-system summary and Chinese
 * recall decision, agency-swarm's chat name and /compact, Agent S' narrative memory, ZeroClaw's turn
 * consolidation, the Gemini quickstart's search queries and the OpenAI customer-service demo's relevance guardrail. The round's negatives are in `_negatives_blind80.ts`.
 */
import { MODEL, sys, type Template, toMessages, usr } from "./_types.ts";
import * as F from "./_blind80_fill.ts";
import * as P from "./_prompts_blind80.ts";
import { BLIND80_MORE } from "./_blind80_more.ts";
import { BLIND80_IRIS } from "./_blind80_iris.ts";

export { buildBlind80Negatives } from "./_negatives_blind80.ts";

const at = (repo: string, commit: string) => (path: string) => ({ repo, path, commit });
const OMNI = at("Zeppelinpp/OmniEmployee", "6179f942d18ac890210b7f57ec96d9f1367e6140");
const ENSEMBLE = at("just-every/ensemble", "99f472b781e9b81148766ab0a95d4a61be6b6e76");
const PULSE = at("hua-bang/pulse-coder", "8b75a9112b7876dac82676711478b4a5414c8073");
const FUSION = at("ZenWayne/AgentFusion", "dac82807b5a049c488bbaf0bf19f7be04b5bdd7e");
const SWARM = at("VRSEN/agency-swarm", "4d1c35a6dd5ef038a5d15b39803459ff0b5f5578");
const AGENT_S = at("simular-ai/Agent-S", "5caa76cb19c6a6b947a524f74995c45848c2efbc");
const ZEROCLAW = at("zeroclaw-labs/zeroclaw", "15d28660ff5bdc29836252648126ce28de86b9df");

export const BLIND80: Template[] = [
  {
    client: "OmniEmployee",
    task: "compaction",
    source: OMNI("src/omniemployee/core/loop.py"),
    note: "prompts/conversation_summary.md as one user message, max_tokens 1024; User:/Assistant: lines",
    build: (c) => ({
      model: MODEL,
      messages: [usr(P.pyFormat(P.OMNI_SUMMARY, { conversation_text: F.userAssistantLines(c.turns) }))],
      max_tokens: 1024,
    }),
  },
  {
    client: "OmniEmployee",
    task: "memory",
    source: OMNI("src/omniemployee/memory/knowledge/extractor.py"),
    note: "EXTRACTION_PROMPT.format(message=the user's message) as one user message",
    build: (c) => ({
      model: MODEL,
      messages: [usr(P.pyFormat(P.OMNI_EXTRACTION, { message: F.lastTurnPair(c).user }))],
    }),
  },
  {
    client: "OmniEmployee",
    task: "memory",
    source: OMNI("src/omniemployee/web/app.py"),
    note: "prompts/memory_consolidation.md with the related memory fragments as '- ' lines, one user message",
    build: (c) => ({
      model: MODEL,
      messages: [usr(P.pyFormat(P.OMNI_CONSOLIDATION, {
        memories: c.turns.map((t) => `- ${t.content}`).join("\n"),
      }))],
    }),
  },
  {
    client: "ensemble",
    task: "compaction",
    source: ENSEMBLE("utils/message_history.ts"),
    note:
      "summaryPrompt as system and ROLE: lines (500 chars each) as user via createSummary in utils/tool_result_processor.ts, streamed; real runs only past 5000 chars",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(P.ENSEMBLE_SUMMARY),
        usr(
          c.turns.map((t) =>
            `${t.role.toUpperCase()}: ${t.content.slice(0, 500)}${t.content.length > 500 ? "..." : ""}\n\n`
          ).join(""),
        ),
      ],
      stream: true,
    }),
  },
  {
    client: "Pulse Coder",
    task: "compaction",
    source: PULSE("packages/engine/src/ai/index.ts"),
    note:
      "summarizeMessages: Chinese system, the old messages, then the Chinese format request; 1200 output tokens",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.PULSE_SUMMARY_SYSTEM), ...toMessages(c.turns), usr(P.PULSE_SUMMARY_USER)],
      max_tokens: 1200,
    }),
  },
  ...BLIND80_IRIS,
  {
    client: "AgentFusion",
    task: "summary",
    source: FUSION("python/packages/agent_fusion/src/agent_memory/context.py"),
    note:
      "_summarize: the context messages, the large message, then the summary request as a trailing system message",
    build: (c) => ({ model: MODEL, messages: [...toMessages(c.turns), sys(P.AF_LARGE_SUMMARY)] }),
  },
  {
    client: "AgentFusion",
    task: "classification",
    source: FUSION("python/packages/agent_fusion/src/agent_memory/memrecall_agent.py"),
    note:
      "_analyze_recall_need_with_context: last 5 messages, then the Chinese YES/NO recall question as system",
    build: (c) => ({
      model: MODEL,
      messages: [
        ...[...toMessages(c.turns), usr(c.followUp)].slice(-5),
        sys(P.AF_RECALL_NEED),
      ],
    }),
  },
  {
    client: "agency-swarm",
    task: "title",
    source: SWARM("src/agency_swarm/integrations/fastapi_utils/endpoint_handlers.py"),
    paraphrased: true,
    note:
      "NameGenerator: title_instructions as instructions, str(first run's items) as input; Responses API as chat",
    build: (c) => {
      const text = F.agencyRunRepr(c);
      return {
        model: MODEL,
        messages: [
          sys(P.AS_TITLE),
          usr(text.length > 1000 ? "HISTORY TRUNCATED TO 1000 CHARACTERS:\n" + text.slice(0, 1000) : text),
        ],
      };
    },
  },
  {
    client: "agency-swarm",
    task: "compaction",
    source: SWARM("src/agency_swarm/ui/demos/compact.py"),
    paraphrased: true,
    note:
      "/compact: _COMPACT_PROMPT + Conversation: <conversation_json> as one input; thread items simplified",
    build: (c) => ({
      model: MODEL,
      messages: [usr(
        `${P.AS_COMPACT}\n\nConversation:\n<conversation_json>\n${
          JSON.stringify(c.turns.map((t) => ({ role: t.role, content: t.content })), null, 2)
        }\n</conversation_json>`,
      )],
    }),
  },
  {
    client: "Agent S",
    task: "summary",
    source: AGENT_S("gui_agents/s2/core/knowledge.py"),
    paraphrased: true,
    note:
      "summarize_narrative: TASK_SUMMARIZATION_PROMPT as system, the task trajectory (Task/Reflection/Plan) as user",
    build: (c) => ({ model: MODEL, messages: [sys(P.AGENTS_TASK_SUMMARY), usr(F.agentSTrajectory(c))] }),
  },
  {
    client: "ZeroClaw",
    task: "memory",
    source: ZEROCLAW("crates/zeroclaw-memory/src/consolidation.rs"),
    note: "consolidate_turn: CONSOLIDATION_SYSTEM_PROMPT, the last turn as User:/Assistant: lines",
    build: (c) => {
      const { user, assistant } = F.lastTurnPair(c);
      return {
        model: MODEL,
        messages: [sys(P.ZC_CONSOLIDATION), usr(`User: ${user}\nAssistant: ${assistant}`)],
      };
    },
  },
  {
    client: "ZeroClaw",
    task: "memory",
    source: ZEROCLAW("crates/zeroclaw-memory/src/consolidation.rs"),
    note: "typed memory on: CONSOLIDATION_TYPED_SYSTEM_PROMPT with kind, facts and trend; same turn text",
    build: (c) => {
      const { user, assistant } = F.lastTurnPair(c);
      return {
        model: MODEL,
        messages: [sys(P.ZC_CONSOLIDATION_TYPED), usr(`User: ${user}\nAssistant: ${assistant}`)],
      };
    },
  },
  ...BLIND80_MORE,
];
