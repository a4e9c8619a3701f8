/**
 * Blind round 14, agent frameworks: ElizaOS (speaker selection), agentUniverse (Chinese memory extraction),
 * Haystack (query expansion), Coze Studio (Chinese follow-ups, query rewrite) and DB-GPT (Chinese query rewrite).
 */
import type { Conversation } from "./_conversations.ts";
import { firstExchange, MODEL, sys, type Template, toLines, usr } from "./_types.ts";
import * as P from "./_prompts_blind14.ts";
import { at, fill, lastOf, unbrace } from "./_blind14_fill.ts";

const AU = "agentuniverse-ai/agentUniverse";
const AU_COMMIT = "99f06df8f4721175170c18315239c9c58f2ca728";
const COZE = "coze-dev/coze-studio";

/** ElizaOS composes `{{providers}}` from provider texts; here the recent-messages provider only. */
const eliza = (template: string, c: Conversation) =>
  template.replaceAll("{{agentName}}", "Eliza").replaceAll(
    "{{providers}}",
    () => `# Conversation Messages\n${toLines(c.turns, { user: "Sam", assistant: "Eliza" })}`,
  );

export const BLIND14_FRAMEWORKS: Template[] = [
  {
    client: "ElizaOS",
    task: "speaker-selection",
    source: at("elizaOS/eliza", ["packages/core/src/prompts.ts", "7b8473473f5c66727d77d96d138f33f812ecdd45"]),
    paraphrased: true,
    note:
      "shouldRespondTemplate for agent Eliza; the providers block reconstructed as the recent-messages provider",
    build: (c) => ({ model: MODEL, messages: [usr(eliza(P.ELIZA_SHOULD_RESPOND, c))] }),
  },
  {
    client: "agentUniverse",
    task: "memory",
    source: at(AU, ["agentuniverse/agent/memory/memory_extract/facts_extract_cn_prompt.yaml", AU_COMMIT]),
    note:
      "facts_extract_cn with the last two messages' contents (memory_extract.py _extract_facts), one user message",
    build: (c) => {
      const text = c.turns.slice(-2).map((turn) => turn.content).join("\n");
      return { model: MODEL, messages: [usr(unbrace(fill(P.AU_FACTS, [["{conversation_text}", text]])))] };
    },
  },
  {
    client: "agentUniverse",
    task: "memory",
    source: at(AU, ["agentuniverse/agent/memory/memory_extract/memory_operation_cn_prompt.yaml", AU_COMMIT]),
    note: "memory_operation_cn with facts and recalled memories in memory_extract.py's line formats",
    build: (c) => {
      const { question, answer } = firstExchange(c);
      const facts = `Fact: ${question}, Category: EPISODIC, Role: USER\nFact: ${
        lastOf(c, "assistant")
      }, Category: EXPERT, Role: ASSISTANT`;
      const memories = `ID: 7f3a2c10, Content: ${answer}`;
      const prompt = fill(P.AU_OPS, [["{new_facts}", facts], ["{related_memories}", memories]]);
      return { model: MODEL, messages: [usr(unbrace(prompt))] };
    },
  },
  {
    client: "Haystack",
    task: "query-rewrite",
    source: at("deepset-ai/haystack", [
      "haystack/components/query/query_expander.py",
      "6f2c8ab61d2f0045671786d0c5b76dba658a80ad",
    ]),
    note:
      "QueryExpander default: n_expansions 4, temperature 0.7, json_schema response_format (seed 42 not shown)",
    build: (c) => ({
      model: MODEL,
      messages: [
        usr(
          fill(P.HAYSTACK_EXPAND, [["{{ n_expansions }}", "4"], ["{{ query }}", firstExchange(c).question]]),
        ),
      ],
      temperature: 0.7,
      response_format: {
        type: "json_schema",
        json_schema: {
          name: "query_expansion",
          schema: {
            type: "object",
            properties: { queries: { type: "array", items: { type: "string" } } },
            required: ["queries"],
            additionalProperties: false,
          },
        },
      },
    }),
  },
  {
    client: "Coze Studio",
    task: "follow-ups",
    source: at(COZE, [
      "backend/domain/agent/singleagent/internal/agentflow/suggest_prompt.go",
      "890153324f5c301c4a143b0b5410bff003060647",
    ]),
    note:
      "SUGGESTION_PROMPT_JINJA2 (Chinese) as the only system message: last user input and answer, empty persona",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(
          fill(P.COZE_SUGGEST, [
            ["{{_input_}}", lastOf(c, "user")],
            ["{{_answer_}}", lastOf(c, "assistant")],
            ["{{ suggest_persona }}", ""],
          ]),
        ),
      ],
    }),
  },
  {
    client: "Coze Studio",
    task: "query-rewrite",
    source: at(COZE, [
      "backend/conf/prompt/messages_to_query_template_jinja2.json",
      "4f786d6a9c564adb8cdd56e834f8126f80105e43",
    ]),
    note:
      "messages-to-query: system prompt, then the history plus new question as tab-indented JSON (MarshalIndent)",
    build: (c) => {
      const messages = [...c.turns, { role: "user", content: c.followUp }];
      return { model: MODEL, messages: [sys(P.COZE_M2Q), usr(JSON.stringify(messages, null, "\t"))] };
    },
  },
  {
    client: "DB-GPT",
    task: "query-rewrite",
    source: at("eosphoros-ai/DB-GPT", [
      "packages/dbgpt-core/src/dbgpt/rag/retriever/rewrite.py",
      "e4b329ee2175112d3c6982aba61622a1e7949ce7",
    ]),
    note: "REWRITE_PROMPT_TEMPLATE_ZH as one system message, nums 1, a retrieved chunk as context",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(
          fill(P.DBGPT_ZH, [
            ["{context}", firstExchange(c).answer],
            ["{nums}", "1"],
            ["{original_query}", c.followUp],
          ]),
        ),
      ],
    }),
  },
];
