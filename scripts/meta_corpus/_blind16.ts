/**
 * Blind round 16: coding agents, agent frameworks and workflow builders never used in the corpus before, read from
 * their source and measured without changing the rules: gptme's titles and names, Flowise's follow-up questions,
 * griptape's summary memory, trae-agent's Lakeview step labels, AgentVerse's running summary, MetaGPT's brain
 * memory (summary, rewrite, relatedness), Sage's Chinese rewrite / Portuguese suggestions / Chinese memory
 * extraction, a German Cursor hand-off command and goblin-agents' French chat synthesis; plus hard negatives from
 * the same clients' ordinary turns and users asking about their own text.
 */
import type { Conversation } from "./_conversations.ts";
import type { Negative } from "./_negatives_pasted.ts";
import { buildBlind16NegativesImpl } from "./_negatives_blind16.ts";
import * as P from "./_prompts_blind16.ts";
import { asst, MODEL, sys, type Template, toLines, toMessages, usr } from "./_types.ts";

const at = (repo: string, { path, commit }: { path: string; commit: string }) => ({ repo, path, commit });

/** Python's `str.format` (and f-string filling): `{name}` takes a value, `{{` and `}}` become single braces. */
function pyFormat(template: string, values: Record<string, string>): string {
  return template.replace(/\{\{|\}\}|\{(\w+)\}/g, (all: string, name?: string): string => {
    if (name === undefined) return all.charAt(0);
    return values[name] ?? all;
  });
}

/** Python's `repr` of a string, as `str.format` prints a list of dicts. */
function pyRepr(text: string): string {
  const quote = text.includes("'") && !text.includes('"') ? '"' : "'";
  const body = text.replaceAll("\\", "\\\\").replaceAll("\n", "\\n");
  return quote + (quote === "'" ? body.replaceAll("'", "\\'") : body) + quote;
}

const turns = (c: Conversation) => c.turns;
const answers = (c: Conversation) =>
  c.turns.filter((turn) => turn.role === "assistant").map((turn) => turn.content);
const lastAnswer = (c: Conversation) => answers(c).at(-1) ?? "";

/** gptme: the last four user/assistant messages, each cut at 200 characters, as `Role: text` lines. */
function gptmeContext(c: Conversation): string {
  return c.turns.slice(-4).map((turn) => {
    const text = turn.content.length > 200 ? `${turn.content.slice(0, 200)}...` : turn.content;
    return `${turn.role === "user" ? "User" : "Assistant"}: ${text}\n`;
  }).join("");
}

/** griptape summarize_conversation.j2 rendered without a previous summary (Jinja trims block newlines). */
function griptapeSummary(c: Conversation): string {
  const runs: string[] = [];
  for (let i = 0; i + 1 < c.turns.length; i += 2) {
    runs.push(`Human: ${c.turns[i]?.content}\nAssistant: ${c.turns[i + 1]?.content}\n`);
  }
  return `Summarize the following conversation:\n\n${runs.join("")}`.replace(/\n$/, "");
}

/** AgentVerse: every message becomes role "you" with a `[sender]: ` prefix, printed as a Python list of dicts. */
function agentverseEvents(c: Conversation): string {
  const items = c.turns.map((turn) =>
    `{'role': 'you', 'content': ${
      pyRepr(`[${turn.role === "user" ? "User" : "Assistant"}]: ${turn.content}`)
    }}`
  );
  return `[${items.join(", ")}]`;
}

/** MetaGPT BrainMemory.history_text: the summary (empty) and every message but the last, one per line. */
const metagptHistory = (c: Conversation) => c.turns.slice(0, -1).map((turn) => turn.content).join("\n");
const metagptAll = (c: Conversation) => ["", ...c.turns.map((turn) => turn.content)].join("\n");

const sageLines = (c: Conversation) => toLines(c.turns, { user: "user", assistant: "assistant" });

const trae = at("bytedance/trae-agent", {
  path: "trae_agent/utils/lake_view.py",
  commit: "246e7c8b4c5d606892cb8647dde4042556c6ed88",
});
const gptme = at("gptme/gptme", {
  path: "gptme/util/auto_naming.py",
  commit: "051ed1df6574b006ddf0fa84c12e3b3c247ac4da",
});
const metagpt = at("geekan/MetaGPT", {
  path: "metagpt/memory/brain_memory.py",
  commit: "0435b1321f31ba82b71ebd17474cc16ab3d9e976",
});
const goblin = (path: string) =>
  at("Xcraft-Inc/goblin-agents", { path: path, commit: "335c70981637e4cd9d77083d46c7c590407bcba4" });

export const BLIND_ROUND_16: Template[] = [
  {
    client: "gptme",
    task: "title",
    source: gptme,
    note:
      "_generate_llm_name: system + prompt with the last 4 messages; sent to the provider's summary model",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(P.GPTME_TITLE_SYSTEM),
        usr(pyFormat(P.GPTME_TITLE, { no_name_sentinel: "NO_NAME", context: gptmeContext(c) })),
      ],
    }),
  },
  {
    client: "gptme",
    task: "title",
    source: gptme,
    note: "generate_llm_name (conversation rename): the dash-separated variant",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(P.GPTME_TITLE_SYSTEM),
        usr(pyFormat(P.GPTME_DASH_NAME, { no_name_sentinel: "NO_NAME", context: gptmeContext(c) })),
      ],
    }),
  },
  {
    client: "Flowise",
    task: "follow-ups",
    source: at("FlowiseAI/Flowise", {
      path: "packages/ui/src/ui-component/extended/FollowUpPrompts.jsx",
      commit: "039e88dce96a7002965caf28687f0690de084034",
    }),
    paraphrased: true,
    note:
      "packages/components/src/followUpPrompts.ts@049596a7b5f7ec22654c6ba9550ad720e56fdcb8: {history} replaced by the last answer, invoked as one user message via withStructuredOutput (the structured-output wrapper is not reproduced); temperature 0.9",
    build: (c) => ({
      model: MODEL,
      messages: [usr(pyFormat(P.FLOWISE_FOLLOW_UP, { history: lastAnswer(c) }))],
      temperature: 0.9,
    }),
  },
  {
    client: "griptape",
    task: "summary",
    source: at("griptape-ai/griptape", {
      path: "griptape/templates/memory/conversation/summarize_conversation.j2",
      commit: "3584e6eb83994c002b76fcf5e437b2a4fd5f2cef",
    }),
    paraphrased: true,
    note:
      "SummaryConversationMemory.summarize_runs (summary_conversation_memory.py@0bd6e07997e39879dcf5a5c9e88f8e03044c41b9) sends the rendered template as one user message; Jinja whitespace reconstructed",
    build: (c) => ({ model: MODEL, messages: [usr(griptapeSummary(c))] }),
  },
  {
    client: "trae-agent",
    task: "summary",
    source: trae,
    note:
      "LakeView.extract_task_in_step: step excerpt, an assistant ack, EXTRACTOR_PROMPT and an assistant prefill",
    build: (c) => {
      const steps = answers(c);
      const prev = steps.length > 1 ? steps.at(-2) ?? "(none)" : "(none)";
      return {
        model: MODEL,
        messages: [
          usr(
            `The following is an excerpt of the steps trying to solve a software bug by an AI agent: <previous_step>${prev}</previous_step><this_step>${
              lastAnswer(c)
            }</this_step>`,
          ),
          asst("I understand."),
          usr(P.TRAE_EXTRACTOR),
          asst("Sure. Here is the task the agent is performing: <task>The agent"),
        ],
        temperature: 0.1,
      };
    },
  },
  {
    client: "trae-agent",
    task: "classification",
    source: trae,
    note:
      "LakeView.extract_tag_in_step: the trajectory as <step> blocks, an ack, TAGGER_PROMPT and a prefill",
    build: (c) => {
      const steps = answers(c).map((step, i) => `<step id="${i + 1}">\n${step.trim()}\n</step>`).join("\n\n");
      return {
        model: MODEL,
        messages: [
          usr(
            `Below is the trajectory of an AI agent solving a software bug until the current step. Each step is marked within a <step> tag.\n\n${steps}\n\n<current_step>${
              lastAnswer(c)
            }</current_step>`,
          ),
          asst("I understand."),
          usr(P.TRAE_TAGGER),
          asst("Sure. The tags are: <tags>"),
        ],
        temperature: 0.1,
      };
    },
  },
  {
    client: "AgentVerse",
    task: "summary",
    source: at("OpenBMB/AgentVerse", {
      path: "agentverse/memory/chat_history.py",
      commit: "5eb1e5efe675f208c1a329b71fbc1575ae0c5582",
    }),
    paraphrased: true,
    note:
      "ChatHistoryMemory._update_summary_with_batch: one user message, max_tokens 500, temperature 0.5; sender names reconstructed",
    build: (c) => ({
      model: MODEL,
      messages: [usr(pyFormat(P.AGENTVERSE_SUMMARY, { summary: "", new_events: agentverseEvents(c) }))],
      max_tokens: 500,
      temperature: 0.5,
    }),
  },
  {
    client: "MetaGPT",
    task: "summary",
    source: metagpt,
    paraphrased: true,
    note: "BrainMemory._get_summary via aask(system_msgs=[]): default system message assumed",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys("You are a helpful assistant."),
        usr(`${metagptAll(c)}\n\nTranslate the above content into a summary of less than 200 words.`),
      ],
    }),
  },
  {
    client: "MetaGPT",
    task: "query-rewrite",
    source: metagpt,
    paraphrased: true,
    note:
      "BrainMemory._openai_rewrite with the history text and the new question; default system message assumed",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys("You are a helpful assistant."),
        usr(
          `${
            metagptHistory(c)
          }\n\nExtract relevant information from every preceding sentence and use it to succinctly supplement or rewrite the following text in brief and clear:\n${c.followUp}`,
        ),
      ],
    }),
  },
  {
    client: "MetaGPT",
    task: "classification",
    source: metagpt,
    paraphrased: true,
    note:
      "BrainMemory._openai_is_related: is the new question related to the history; default system assumed",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys("You are a helpful assistant."),
        usr(
          `${
            metagptHistory(c)
          }\n\nIs there any sentence above related to the following sentence: ${c.followUp}.\nIf is there any relevance, return [TRUE] brief and clear. Otherwise, return [FALSE] brief and clear.`,
        ),
      ],
    }),
  },
  {
    client: "MetaGPT",
    task: "title",
    source: metagpt,
    paraphrased: true,
    note:
      "BrainMemory.get_title: the summary (for short history _get_summary returns the text itself) and the title command, language English; default system message assumed",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys("You are a helpful assistant."),
        usr(`${metagptAll(c)}\nTranslate the above summary into a English title of less than 5 words.`),
      ],
    }),
  },
  {
    client: "Sage",
    task: "query-rewrite",
    source: at("ZHangZHengEric/Sage", {
      path: "sagents/agent/prompts/task_rewrite_prompts.py",
      commit: "cc483884a87de906a2186a233a2dae2b5cb74318",
    }),
    paraphrased: true,
    note: "zh rewrite_template as user message after the zh system prefix; history line format reconstructed",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(P.SAGE_REWRITE_SYSTEM_ZH),
        usr(pyFormat(P.SAGE_REWRITE_ZH, { dialogue_history: sageLines(c), latest_request: c.followUp })),
      ],
      stream: true,
    }),
  },
  {
    client: "Sage",
    task: "follow-ups",
    source: at("ZHangZHengEric/Sage", {
      path: "sagents/agent/prompts/query_suggest_prompts.py",
      commit: "0416b8bc74e03b50061266f7014c5d8cd9d0abad",
    }),
    paraphrased: true,
    note:
      "QuerySuggestAgent (query_suggest_agent.py@1b00efe33f285fb7193c1b8ebff648483251223b): pt suggest_template as user message, streamed; the unified system message is reconstructed from the agent description",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(P.SAGE_SUGGEST_AGENT_DESCRIPTION),
        usr(pyFormat(P.SAGE_SUGGEST_PT, { task_description: sageLines(c) })),
      ],
      stream: true,
    }),
  },
  {
    client: "Sage",
    task: "memory",
    source: at("ZHangZHengEric/Sage", {
      path: "sagents/agent/prompts/memory_extraction_prompts.py",
      commit: "8b53be23f6c43b520f6d7037735ec136f0c0e920",
    }),
    paraphrased: true,
    note:
      "zh memory_extraction_template after the zh system prefix; empty system context, conversation lines reconstructed",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(P.SAGE_MEMORY_SYSTEM_ZH),
        usr(pyFormat(P.SAGE_MEMORY_ZH, { system_context: "", formatted_conversation: sageLines(c) })),
      ],
    }),
  },
  {
    client: "monimak Cursor command",
    task: "compaction",
    source: at("milasbusiness/monimak", {
      path: ".cursor/commands/create-onboard.md",
      commit: "50129317122f21ed83ce1390d55311a380b2a7b9",
    }),
    note: "German hand-off command text sent as a user message after the conversation",
    build: (c) => ({
      model: MODEL,
      messages: [...toMessages(turns(c)), usr(P.MONIMAK_ONBOARD)],
      stream: true,
    }),
  },
  {
    client: "goblin-agents",
    task: "summary",
    source: goblin("lib/prompts/synthChat.md"),
    paraphrased: true,
    note:
      "synthChat.md as system, the non-system messages as `role: content` lines as the prompt, stream false (an Ollama-style system+prompt call mapped to chat)",
    build: (c) => ({ model: MODEL, messages: [sys(P.GOBLIN_SYNTH_CHAT), usr(sageLines(c))], stream: false }),
  },
];

/** The round's hard negatives (kept in `_negatives_blind16.ts`). */
export function buildBlind16Negatives(): Negative[] {
  return buildBlind16NegativesImpl();
}
