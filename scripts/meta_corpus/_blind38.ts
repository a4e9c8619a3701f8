/**
 * Blind round 38: agent frameworks, coding agents, memory servers, a multi-character framework and two QQ agents never
 * used in the corpus before, measured without changing the rules: Motörhead's progressive summary, a Go chat backend's
 * rolling summary, mc-arc's next-speaker selector and catch-up briefing, langroid's standalone-question rewrite,
 * nekro-agent's Chinese memory extraction and memory-recall query plan, DeepCode's hand-off compaction, RA.Aid's
 * key-facts pruning, and Naturel GPT's persona summary and user impression; and hard negatives from the same clients.
 */
import { MODEL, sys, type Template, toMessages, usr } from "./_types.ts";
import * as P from "./_prompts_blind38.ts";
import {
  lastExchange,
  NATUREL_INTRO,
  NATUREL_KEY,
  naturelLines,
  nekroLines,
  pairs,
  speakers,
  SRC,
  who,
} from "./_blind38_fill.ts";

export { buildBlind38Negatives } from "./_negatives_blind38.ts";

export const BLIND_ROUND_38: Template[] = [
  {
    client: "Motörhead",
    task: "summary",
    source: SRC.motorhead,
    note:
      "incremental_summarization when the window fills: fixed system prompt, the progressive-summary prompt (raw Rust string, indentation and \\\" kept) as user, stored `role: content` lines oldest first (LangChain's MotorheadMemory stores Human/AI), max_tokens 512",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys("You are a helpful AI assistant."),
        usr(
          P.MOTORHEAD_PROGRESSIVE.replace("{prev_summary}", "").replace(
            "{messages_joined}",
            c.turns.map((t) => `${t.role === "user" ? "Human" : "AI"}: ${t.content}`).join("\n"),
          ),
        ),
      ],
      max_tokens: 512,
    }),
  },
  {
    client: "Chat-Backend",
    task: "summary",
    source: SRC.chatBackend,
    note:
      "ApiSummary after each reply: GetSummaryPrompt(existing summary, `User: …\\n\\nAssistant: …`) as user with an empty system message (llm.go generateOpenAI); first fold, so the existing summary is empty",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(""),
        usr(P.CHATBACKEND_SUMMARY.replace("%s", "").replace("%s", lastExchange(c.turns))),
      ],
    }),
  },
  {
    client: "mc-arc",
    task: "next-speaker",
    source: SRC.mcArc,
    note:
      "OpenAIParticipantSelector: SELECTOR_PROMPT_TEMPLATE as the only user message, last 10 messages as `- Name: text`, response_format json_schema participant_selection with the names as enum",
    build: (c) => {
      const names = [...speakers(c), "Moderator"];
      return {
        model: MODEL,
        messages: [
          usr(
            P.MCARC_SELECTOR.replace("$participants", names.join(", ")).replace(
              "$messages",
              c.turns.slice(-10).map((t) => `- ${who(c, t)}: ${t.content}`).join("\n"),
            ),
          ),
        ],
        response_format: {
          type: "json_schema",
          json_schema: {
            name: "participant_selection",
            schema: {
              type: "object",
              properties: { selected_participant: { type: "string", enum: names } },
              required: ["selected_participant"],
            },
          },
        },
      };
    },
  },
  {
    client: "mc-arc",
    task: "summary",
    source: SRC.mcArc,
    note:
      "OpenAIReporter before a participant's turn: REPORTER_PROMPT_TEMPLATE (catch-up briefing of the messages since it last spoke) as the only user message, temperature 0.2, max_tokens = total characters of the reported messages",
    build: (c) => {
      const lines = c.turns.map((t) => `${who(c, t)}: ${t.content}`);
      return {
        model: MODEL,
        messages: [
          usr(
            P.MCARC_REPORTER.replaceAll("$participant", "Moderator").replace(
              "$messages",
              lines.map((l) => `- ${l}`).join("\n"),
            ),
          ),
        ],
        temperature: 0.2,
        max_tokens: lines.reduce((n, l) => n + l.length, 0),
      };
    },
  },
  {
    client: "langroid",
    task: "query-rewrite",
    source: SRC.langroid,
    note:
      "LanguageModel.followup_to_standalone (DocChatAgent): history collated as `Human:…\\n        AI:…` pairs into the system prompt, the follow-up in the user message, max_tokens 1024",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(
          P.LANGROID_STANDALONE_SYSTEM.replace(
            "{{history}}",
            pairs(c.turns).map(([h, ai]) => P.LANGROID_PAIR.replace("{{human}}", h).replace("{{ai}}", ai))
              .join("\n"),
          ),
        ),
        usr(P.LANGROID_STANDALONE_USER.replace("{{question}}", c.followUp)),
      ],
      max_tokens: 1024,
    }),
  },
  {
    client: "nekro-agent",
    task: "memory",
    source: SRC.nekroMemory,
    note:
      "MemoryConsolidator._extract_memories: fixed Chinese system prompt, the extraction prompt with `[HH:MM] sender: text` lines as user, temperature 0.3, max_tokens 3000, response_format json_object (MEMORY_CONSOLIDATION_FORCE_JSON_OUTPUT defaults to true)",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(P.NEKRO_MEMORY_SYSTEM),
        usr(P.NEKRO_MEMORY_USER.replace("{{conversation}}", nekroLines(c))),
      ],
      temperature: 0.3,
      max_tokens: 3000,
      response_format: { type: "json_object" },
    }),
  },
  {
    client: "nekro-agent",
    task: "query-rewrite",
    source: SRC.nekroRecall,
    note:
      "_build_enhanced_memory_recall_plan (templates/history.py) before a reply: recall-planning system prompt, build_enhanced_recall_user_prompt with the last 12 messages as `[sender] text` (bot as Assistant), temperature 0.2, max_tokens 1200, response_format json_object",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(P.NEKRO_RECALL_SYSTEM),
        usr(
          P.NEKRO_RECALL_USER_PREFIX +
            c.turns.slice(-12).map((t) =>
              `[${t.role === "user" ? who(c, t) : "Assistant"}] ${t.content.trim().slice(0, 400)}`
            ).join("\n"),
        ),
      ],
      temperature: 0.2,
      max_tokens: 1200,
      response_format: { type: "json_object" },
    }),
  },
  {
    client: "DeepCode",
    task: "compaction",
    source: SRC.deepcode,
    note:
      "AgentRunner._summarize (runner.py) near the context limit: the routed request's own view (here the conversation; the agent's composed system prompt and tool schemas are not reproduced) plus SUMMARIZATION_PROMPT as a final user message, not streamed",
    build: (c) => ({
      model: MODEL,
      messages: [...toMessages(c.turns), usr(P.DEEPCODE_COMPACTION)],
      stream: false,
    }),
  },
  {
    client: "RA.Aid",
    task: "memory",
    source: SRC.raAid,
    note:
      "run_key_facts_gc_agent (agents/key_facts_gc_agent.py) after a task: KEY_FACTS_GC_PROMPT.format(key_facts) as the only human message of a tool agent (the delete_key_facts tool schema is not reproduced); facts are `Fact #id: text`, here the assistant's statements from the conversation",
    build: (c) => ({
      model: MODEL,
      messages: [
        usr(
          P.RA_AID_KEY_FACTS_GC.replace(
            "{key_facts}",
            c.turns.filter((t) => t.role === "assistant").map((t, i) => `Fact #${i + 1}: ${t.content}`).join(
              "\n",
            ),
          ),
        ),
      ],
    }),
  },
  {
    client: "Naturel GPT",
    task: "summary",
    source: SRC.naturel,
    note:
      "update_chat_history_row after a bot reply once the history passes CHAT_MEMORY_MAX_LENGTH: one user message (get_summarize_response), default persona 白羽 with its Chinese self-introduction, first summary empty; temperature 0.6, max_tokens 512 (top_p 1, penalties 0.2 not reproduced)",
    build: (c) => ({
      model: MODEL,
      messages: [
        usr(
          `Summary of last conversation:\n\n[Chat]\n${
            naturelLines(c, { clock: true })
          }\n\n${NATUREL_INTRO}\nSummarize the chat in one paragraph from the perspective of '${NATUREL_KEY}' and record as much important information as possible from the conversation:`,
        ),
      ],
      temperature: 0.6,
      max_tokens: 512,
    }),
  },
  {
    client: "Naturel GPT",
    task: "memory",
    source: SRC.naturel,
    note:
      "update_chat_history_row_for_user past USER_MEMORY_SUMMARY_THRESHOLD: the per-user impression update, one user message, first impression empty; temperature 0.6, max_tokens 512",
    build: (c) => ({
      model: MODEL,
      messages: [
        usr(
          `Last impression:\n\n[Chat]\n${naturelLines(c, { clock: false })}\n\n${NATUREL_INTRO}\nUpdate ${
            speakers(c)[0]
          } impressions from the perspective of ${NATUREL_KEY}:`,
        ),
      ],
      temperature: 0.6,
      max_tokens: 512,
    }),
  },
];
