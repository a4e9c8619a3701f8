/**
 * Blind round 80, the chat-agent, research and customer-service templates: ai-auth-agent's chat title, the Gemini
 * LangGraph quickstart's web search query writer, an Open WebUI memory filter's fact merge and the OpenAI
 * customer-service demo's relevance guardrail. Part of `BLIND80` in `_blind80.ts`.
 */
import { MODEL, sys, type Template, toLines, toMessages, usr } from "./_types.ts";
import * as P from "./_prompts_blind80.ts";

const GEMINI = {
  repo: "google-gemini/gemini-fullstack-langgraph-quickstart",
  path: "backend/src/agent/graph.py",
  commit: "e34e569de465340e42f36cd3cab4fac0c3ce7036",
};
const AUTH_AGENT = {
  repo: "Hitesh-s0lanki/ai-auth-agent",
  path: "src/modules/chat/server.ts",
  commit: "5cfede1f70ad0c19acaa6df4a1f131e49674e27c",
};
const OWUI_FILTER = {
  repo: "beaudamore/openwebui-langgraph-memory-filter",
  path: "filter/langgraph_memory_filter.py",
  commit: "66dabc2fc8613244fc3e641d5271129d33015c2b",
};
const CS_DEMO = {
  repo: "openai/openai-cs-agents-demo",
  path: "python-backend/airline/guardrails.py",
  commit: "bd7bfca0f5abf50529370814c3e7c88542011925",
};

/** Python `json.dumps(..., indent=2)`: ensure_ascii escapes every non-ASCII code unit as `\\uXXXX`. */
const pyJsonDumps = (value: unknown) =>
  JSON.stringify(value, null, 2).replace(
    /[\u0080-\uffff]/g,
    (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );

/** `RelevanceOutput` as the Agents SDK sends an `output_type` (strict JSON schema named final_output). */
const RELEVANCE_FORMAT = {
  type: "json_schema",
  // deno-lint-ignore camelcase
  json_schema: {
    name: "final_output",
    strict: true,
    schema: {
      type: "object",
      properties: { reasoning: { type: "string" }, is_relevant: { type: "boolean" } },
      required: ["reasoning", "is_relevant"],
      additionalProperties: false,
    },
  },
};

export const BLIND80_MORE: Template[] = [
  {
    client: "ai-auth-agent",
    task: "title",
    source: AUTH_AGENT,
    paraphrased: true,
    note:
      "generateChatTitleWithAI: TITLE_GENERATED_AGENT as system, the user_message wrapper; content as its (commented-out) call site joins the messages and the query",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(P.AUTH_TITLE_SYSTEM),
        usr(
          P.AUTH_TITLE_USER.replace("${content}", [...c.turns.map((t) => t.content), c.followUp].join("\n")),
        ),
      ],
    }),
  },
  {
    client: "gemini-fullstack-langgraph-quickstart",
    task: "search-query",
    source: GEMINI,
    paraphrased: true,
    note:
      "generate_query: query_writer_instructions with get_research_topic (User:/Assistant: lines incl. the new question), 3 queries, temperature 1.0; Gemini structured output as one user message",
    build: (c) => ({
      model: MODEL,
      messages: [usr(P.pyFormat(P.GEMINI_QUERY_WRITER, {
        number_queries: "3",
        current_date: "December 07, 2026",
        research_topic: toLines([...c.turns, { role: "user", content: c.followUp }], {
          user: "User",
          assistant: "Assistant",
        }) + "\n",
      }))],
      temperature: 1,
    }),
  },
  {
    client: "openwebui-langgraph-memory-filter",
    task: "memory",
    source: OWUI_FILTER,
    note:
      "merge_prompt to the extraction model whose system prompt is prompt/EXTRACTION_PROMPT.md; user messages of the last 10, no existing facts; max_tokens 1000, not streamed",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(P.OWUI_EXTRACTION_SYSTEM),
        usr(`EXISTING FACTS:\n[]\n\nNEW CONVERSATION:\n${
          pyJsonDumps(
            [...c.turns, { role: "user", content: c.followUp }].slice(-10).filter((t) => t.role === "user")
              .map((t) => ({ role: t.role, content: t.content })),
          )
        }`),
      ],
      stream: false,
      max_tokens: 1000,
    }),
  },
  {
    client: "openai-cs-agents-demo",
    task: "classification",
    source: CS_DEMO,
    paraphrased: true,
    note:
      "Relevance Guardrail agent: its instructions as system, the run's input items (history + new message), RelevanceOutput schema; Responses API as chat",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.CS_RELEVANCE), ...toMessages(c.turns), usr(c.followUp)],
      response_format: RELEVANCE_FORMAT,
    }),
  },
];
