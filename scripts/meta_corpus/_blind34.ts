/**
 * Blind round 34: 13 housekeeping templates of 9 clients not read before (coding agents, agent frameworks, a
 * multi-agent team and editor prompt commands), measured without changing the rules: compaction prompts of flavIA,
 * openJiuwen's dialogue compressor, dynamiq's context manager, code-assistant, jiuwenclaw (Chinese), a Cursor command
 * (Spanish) and a Copilot prompt file (Portuguese); Hive's node hand-off summary, openJiuwen's team-memory extractor
 * (Chinese), jiuwenclaw's daily session summary (Chinese), dynamiq's graph manager choosing the next state, and GAIA's
 * follow-up actions and conversation description; with hard negatives from the same clients. The verbatim texts are
 * in `_prompts_blind34.ts`, the sources and transcript formats in `_blind34_fill.ts`.
 */
import type { Conversation } from "./_conversations.ts";
import { asst, firstExchange, MODEL, sys, type Template, toMessages, usr } from "./_types.ts";
import * as P from "./_prompts_blind34.ts";
import {
  clawLines,
  fill,
  jiuwenLine,
  langchainList,
  prettyRepr,
  pyHistory,
  SRC,
  teamRecord,
  userAssistantLines,
} from "./_blind34_fill.ts";

export { buildBlind34Negatives } from "./_negatives_blind34.ts";

/** openJiuwen DialogueCompressor: the first completed round (user 0, answer 1) is the one target block. */
function jiuwenPayloads(c: Conversation): [string, string] {
  const [first, ...rest] = c.turns.map((t, i) => jiuwenLine(i, t));
  const context = [
    "[Context Before Targets]",
    first,
    "",
    "[Compression Targets]",
    "[Block: react_1]",
    rest[0],
    "",
    "[Context After Targets]",
    rest.slice(1).join("\n") || "(none)",
  ].join("\n");
  const targets = [
    "[Target Mapping]",
    "You must only compress the following ReAct blocks.",
    "",
    "[Block: react_1]",
    "- anchor_user_index: 0",
    "- replace_range: [1, 1]",
    "",
    "[Output Requirements]",
    "- Read the full context to understand the entire task.",
    "- Compress only the listed blocks.",
    "- Produce one summary for each block_id.",
    "- Keep the most task-useful content first.",
    "- Preserve both action continuity and task-critical information.",
    "- Do not rewrite non-target messages.",
    "- Return valid JSON only.",
  ].join("\n");
  return [context, targets];
}

/** Coding agents and editor commands that compact their own session. */
const AGENTS: Template[] = [
  {
    client: "flavIA",
    task: "compaction",
    source: SRC.flavia,
    note:
      "compact_conversation: _COMPACTION_PROMPT as system, the history serialized as User:/Assistant: lines, tools removed",
    build: (c) => ({ model: MODEL, messages: [sys(P.FLAVIA), usr(userAssistantLines(c))] }),
  },
  {
    client: "code-assistant",
    task: "compaction",
    source: SRC.codeAssistant,
    paraphrased: true,
    note:
      "perform_compaction: the history plus compaction_prompt.md as a user message, non-streaming; the agent's own system prompt is also sent and not reproduced",
    build: (c) => ({
      model: MODEL,
      messages: [...toMessages(c.turns), usr(P.CODE_ASSISTANT)],
      stream: false,
    }),
  },
  {
    client: "jiuwenclaw",
    task: "compaction",
    source: SRC.claw,
    note:
      "ConversationCompactor.compact: COMPACT_PROMPT with User:/Assistant: lines as the only user message, temperature 0.3",
    build: (c) => ({
      model: MODEL,
      messages: [usr(fill(P.CLAW_COMPACT, { conversation: clawLines(c) }))],
      temperature: 0.3,
    }),
  },
  {
    client: "jiuwenclaw",
    task: "summary",
    source: SRC.claw,
    note:
      "SessionSummarizer.summarize: the daily SUMMARY_PROMPT with date and lines (no timestamps stored), temperature 0.3",
    build: (c) => ({
      model: MODEL,
      messages: [usr(fill(P.CLAW_DAILY, { date: "2026-06-02", conversation: clawLines(c) }))],
      temperature: 0.3,
    }),
  },
  {
    client: "zukus (Cursor command)",
    task: "compaction",
    source: SRC.zukus,
    paraphrased: true,
    note:
      "the /compact command file sent as the user's message after the session; Cursor's agent prompt not reproduced",
    build: (c) => ({ model: MODEL, messages: [...toMessages(c.turns), usr(P.ZUKUS_COMPACT)], stream: true }),
  },
  {
    client: "EchoDent (Copilot prompt file)",
    task: "compaction",
    source: SRC.echodent,
    paraphrased: true,
    note:
      "the prompt file's body (front matter removed) sent as the user's message in agent mode; Copilot's own prompt not reproduced",
    build: (c) => ({
      model: MODEL,
      messages: [...toMessages(c.turns), usr(P.ECHODENT_COMPRESSION)],
      stream: true,
    }),
  },
];

/** Agent frameworks' compressors, hand-off, memory and routing calls. */
const FRAMEWORKS: Template[] = [
  {
    client: "openJiuwen agent-core",
    task: "compaction",
    source: SRC.jiuwenDialogue,
    note:
      "DialogueCompressor._invoke_multi_block_compression: system prompt with compression_target_tokens 1800, the split context and the target mapping as two user messages",
    build: (c) => {
      const [context, targets] = jiuwenPayloads(c);
      const system = P.JIUWEN_DIALOGUE.replace("{compression_target_tokens}", "1800");
      return { model: MODEL, messages: [sys(system), usr(context), usr(targets)] };
    },
  },
  {
    client: "openJiuwen agent-core",
    task: "memory",
    source: SRC.jiuwenTeam,
    paraphrased: true,
    note:
      "extract_team_memories: EXTRACTION_AGENT_PROMPT as the deep agent's system prompt, the query with the team record; the harness's own additions and tools not reproduced",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(P.JIUWEN_TEAM),
        usr(`请分析以下团队 research_team 的协作记录并提取记忆：\n\n${teamRecord(c)}`),
      ],
    }),
  },
  {
    client: "dynamiq",
    task: "compaction",
    source: SRC.dynamiqContext,
    note:
      "ContextManagerTool single-pass summary: the history flattened into one assistant message of [role] blocks, then HISTORY_SUMMARIZATION_PROMPT_REPLACE as user",
    build: (c) => ({
      model: MODEL,
      messages: [asst(c.turns.map((t) => `[${t.role}]\n${t.content}`).join("\n\n")), usr(P.DYNAMIQ)],
    }),
  },
  {
    client: "dynamiq",
    task: "speaker",
    source: SRC.dynamiqGraph,
    paraphrased: true,
    note:
      "GraphOrchestrator.get_next_state_by_manager: PROMPT_TEMPLATE_GRAPH_PLAN rendered by Jinja with sample states and the chat history list; sent as the manager's single message",
    build: (c) => ({
      model: MODEL,
      messages: [usr(fill(P.DYNAMIQ_PLAN, {
        states_description:
          "'researcher': Searches the web and collects facts for the task\n'writer': Writes the final answer for the user",
        chat_history: pyHistory(c.turns),
      }))],
    }),
  },
  {
    client: "Hive",
    task: "handoff",
    source: SRC.hive,
    note:
      "ContextHandoff._llm_summary: system prompt without output keys, the node conversation as [role]: lines, max_tokens 500",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.HIVE), usr(c.turns.map((t) => `[${t.role}]: ${t.content}`).join("\n"))],
      max_tokens: 500,
    }),
  },
  {
    client: "GAIA",
    task: "follow-up",
    source: SRC.gaiaFollowUp,
    paraphrased: true,
    note:
      "follow_up_actions_node: SUGGEST_FOLLOW_UP_ACTIONS formatted (Pydantic format instructions, a sample of tool names, the repr of the last four messages) as system, their pretty_repr as human",
    build: (c) => {
      const recent = c.turns.slice(-4);
      const prompt = fill(P.GAIA, {
        format_instructions: GAIA_FORMAT,
        tool_names: "['web_search_tool', 'create_reminder_tool', 'create_todo']",
        conversation_summary: langchainList(recent),
      });
      return { model: MODEL, messages: [sys(prompt), usr(prettyRepr(recent))] };
    },
  },
  {
    client: "GAIA",
    task: "title",
    source: SRC.gaiaConvo,
    note:
      "create_conversation: CONVERSATION_DESCRIPTION_GENERATOR with the first user message, no tool (None), no workflow",
    build: (c) => ({
      model: MODEL,
      messages: [usr(fill(P.GAIA_TITLE, {
        user_message: firstExchange(c).question,
        selectedTool: "None",
        workflow_context: "",
      }))],
    }),
  },
];

/** LangChain's PydanticOutputParser instructions for GAIA's FollowUpActions model. */
const GAIA_FORMAT =
  'The output should be formatted as a JSON instance that conforms to the JSON schema below.\n\nAs an example, for the schema {"properties": {"foo": {"title": "Foo", "description": "a list of strings", "type": "array", "items": {"type": "string"}}}, "required": ["foo"]}\nthe object {"foo": ["bar", "baz"]} is a well-formatted instance of the schema. The object {"properties": {"foo": ["bar", "baz"]}} is not well-formatted.\n\nHere is the output schema:\n```\n{"description": "Data structure for follow-up action suggestions.", "properties": {"actions": {"description": "Array of 3-4 follow-up action suggestions for the user. Each action should be clear, actionable, contextually relevant, and under 50 characters.", "items": {"type": "string"}, "title": "Actions", "type": "array"}}, "required": ["actions"]}\n```';

export const BLIND_ROUND_34: Template[] = [...AGENTS, ...FRAMEWORKS];
