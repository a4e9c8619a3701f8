/**
 * Blind round 52: LLM application frameworks and SDKs in several languages and the housekeeping prompts they ship:
 * BotSharp (C#) conversation summary and router, Microsoft Agent Framework (Python) memory extraction and compaction,
 * tRPC-Agent-Go session summary and query rewrite, tRPC-Agent-Python session summary, langchaingo condense-question,
 * Agents-Flex (Java) Chinese context compressors, Neuron AI (PHP) summarisation middleware, swiftide (Rust)
 * sub-questions, VeADK short-term memory processor, Volcengine ai-app-lab (Arkitect) Chinese summary, follow-ups and
 * intent router, langchainrb (Ruby) HyDE and LLPhant (PHP) multi-query. Negatives: `_negatives_blind52.ts`.
 */
import type { Conversation, Turn } from "./_conversations.ts";
import { MODEL, sys, type Template, toLines, toMessages, usr } from "./_types.ts";
import * as P from "./_prompts_blind52.ts";
import { BLIND52_TAIL } from "./_blind52_tail.ts";
export { buildBlind52Negatives } from "./_negatives_blind52.ts";

const at = (repo: string, { path, commit }: { path: string; commit: string }) => ({ repo, path, commit });
const BOTSHARP = "0ff995efab8e86ae6dc6fb5dfa218c235aeebf49";
const AGENT_FRAMEWORK = "5eb3eb745e16324ac7bffb1dbe006d8f13c8d993";
const TRPC_GO = "0e352fdd1428d30a8d978d39877f5a7b2591ccc1";
const LINES = { user: "user", assistant: "assistant" };
const LINES_CRLF = { ...LINES, separator: "\r\n" };
const ROUTER_DIR = "src/Infrastructure/BotSharp.Core/data/agents/01fcc3e5-9af7-49e6-ad7a-a760bd12dc4a";

/** The turns plus the next user question (routers and query rewriters see the new question last). */
const withFollowUp = (c: Conversation): Turn[] => [...c.turns, { role: "user", content: c.followUp }];
const lastExchange = (c: Conversation): Turn[] => c.turns.slice(-2);

/** BotSharp's router instruction rendered by hand: no routing requirements, the one `Chatbot` agent of its data. */
function botsharpRouter(conversation: string): string {
  const agents =
    "* Agent: Chatbot\nChatbot is used to test the performance of different large models and does not " +
    "interact with external APIs.\r\n\r\n";
  const head = P.BOTSHARP_ROUTER.slice(0, P.BOTSHARP_ROUTER.indexOf("{% if routing_requirements"))
    .replace("{{router.name}}", "AI Assistant")
    .replace("{{router.description}}", "AI assistant that can complete many different tasks");
  const tail = P.BOTSHARP_ROUTER.slice(P.BOTSHARP_ROUTER.indexOf("\n\n[CONVERSATION]"));
  return `${head}\n\n[AGENTS]\n${agents}${tail.replace("{{ conversation }}", conversation)}`;
}
/** reasoner.naive.liquid with no expected agents: both `else` branches, whitespace trimmed as Liquid's `-` asks. */
const BOTSHARP_NEXT_STEP =
  "What is the next step based on the CONVERSATION?\nRoute to the last handling agent in " +
  "priority.\nNext action agent is determined from the latest user message in the context of the active user goal.\n" +
  "If the user only provides requested information, keep the previous next action agent or route to the agent for " +
  "the active user goal.\nUser goal agent is inferred from the user's active goal.\nKeep the existing user goal agent " +
  "unless the latest user message explicitly starts a different task or workflow.";

export const BLIND52: Template[] = [
  {
    client: "BotSharp",
    task: "summary",
    source: at("SciSharp/BotSharp", {
      path: `${ROUTER_DIR}/templates/conversation.summary.liquid`,
      commit: BOTSHARP,
    }),
    note:
      "ConversationService.Summary.cs: the rendered template as the agent's instruction (system), then the user " +
      "turn 'Please summarize the conversations.'; the conversation as `user:`/`assistant:` lines ending in CRLF",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(`${P.BOTSHARP_SUMMARY_HEAD}[CONVERSATION]\n${toLines(c.turns, LINES_CRLF)}\r\n\r\n`),
        usr("Please summarize the conversations."),
      ],
    }),
  },
  {
    client: "BotSharp",
    task: "classification",
    source: at("SciSharp/BotSharp", {
      path: `${ROUTER_DIR}/instructions/instruction.liquid`,
      commit: BOTSHARP,
    }),
    paraphrased: true,
    note:
      "NaiveReasoner.GetNextInstruction: the router instruction (Liquid rendered by hand, one routable agent, " +
      "assistant lines named after the agent) as system, reasoner.naive.liquid as the user turn; the " +
      "route_to_agent/response_to_user functions it also sends are left out",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(
          botsharpRouter(
            toLines(withFollowUp(c), { user: "user", assistant: "Chatbot", separator: "\r\n" }) + "\r\n",
          ),
        ),
        usr(BOTSHARP_NEXT_STEP),
      ],
    }),
  },
  {
    client: "Microsoft Agent Framework",
    task: "memory",
    source: at("microsoft/agent-framework", {
      path: "python/packages/core/agent_framework/_harness/_memory.py",
      commit: AGENT_FRAMEWORK,
    }),
    note:
      "_extract_memories: the extraction prompt as system, the turn's input and response as `ROLE: text` blocks " +
      "in one user message, stream=False",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(P.AF_MEMORY),
        usr(lastExchange(c).map((t) => `${t.role.toUpperCase()}: ${t.content}`).join("\n\n")),
      ],
      stream: false,
    }),
  },
  {
    client: "Microsoft Agent Framework",
    task: "compaction",
    source: at("microsoft/agent-framework", {
      path: "python/packages/core/agent_framework/_compaction.py",
      commit: AGENT_FRAMEWORK,
    }),
    note:
      "SummarizationStrategy: the prompt as system, the older messages as `n. [role] text` lines in one user " +
      "message, stream=False",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(P.AF_SUMMARY),
        usr(c.turns.map((t, i) => `${i + 1}. [${t.role}] ${t.content}`).join("\n")),
      ],
      stream: false,
    }),
  },
  {
    client: "tRPC-Agent-Go",
    task: "summary",
    source: at("trpc-group/trpc-agent-go", { path: "session/summary/summarizer.go", commit: TRPC_GO }),
    note:
      "buildStandaloneSummaryRequest: no system prompt by default, the default prompt with the events as " +
      "`author: text` lines (the agent's name taken as 'assistant') in one user message",
    build: (c) => ({
      model: MODEL,
      messages: [
        usr(
          `${P.TRPC_GO_SUMMARY_BASE}\n\n<conversation>\n${
            toLines(c.turns, LINES)
          }\n</conversation>\n\nSummary:`,
        ),
      ],
    }),
  },
  {
    client: "tRPC-Agent-Go",
    task: "query-rewrite",
    source: at("trpc-group/trpc-agent-go", { path: "knowledge/query/llm.go", commit: TRPC_GO }),
    note:
      "LLMEnhancer.EnhanceQuery: the system prompt, the history as chat messages, the query as the last user turn",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.TRPC_QUERY), ...toMessages(c.turns), usr(c.followUp)],
    }),
  },
  ...BLIND52_TAIL,
];
