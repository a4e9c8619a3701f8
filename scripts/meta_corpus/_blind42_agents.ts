/**
 * Blind round 42, agent frameworks: the aiwaves Agents framework's shared-memory summary, LLM speaker routing and
 * SOP node transition, Agent Squad's AgentMatcher classifier, and AITuber OnAir's memory summary and Japanese
 * live-comment analyser.
 */
import { MODEL, sys, type Template, usr } from "./_types.ts";
import * as P from "./_prompts_blind42.ts";
import { aiwavesEncode, person, pyList, SRC, withExtras } from "./_blind42_fill.ts";
import type { Conversation, Turn } from "./_conversations.ts";

/** Fills `{key}` placeholders the way Python's str.format does for these templates (no nested braces). */
const fill = (template: string, vars: Record<string, string>) =>
  Object.entries(vars).reduce((text, [key, value]) => text.replaceAll(`{${key}}`, () => value), template);

/** Our SOP config for the aiwaves examples: one consultation node with two roles, an advisor agent named Kai. */
const ADVISOR = "Kai";
const NODE = "A resident asks an advisor for practical help with an everyday project.";
const encode = (c: Conversation, turns: Turn[]) =>
  aiwavesEncode(turns, { user: person(c), advisor: ADVISOR, template: P.AIWAVES_SINGLE_MESSAGE_TEMPLATE });
const lastName = (c: Conversation) => c.turns.at(-1)?.role === "user" ? person(c) : ADVISOR;
const assignRoles = ["Asker", "Advisor"].map((role) =>
  fill(P.AIWAVES_ASSIGN_ROLE_PROMPT_TEMPLATE, { role, extract_word: "role" })
)
  .join("");

/** Agent Squad's chainlit example agents (examples/chat-chainlit-app/agents.py), as `id:description`. */
const SQUAD_AGENTS = [
  "tech-agent:Specializes in technology areas including software development, hardware, AI, cybersecurity, blockchain, cloud computing, emerging tech innovations, and pricing/costs related to technology products and services.",
  "travel-agent:Experienced Travel Agent sought to create unforgettable journeys for clients. Responsibilities include crafting personalized itineraries, booking flights, accommodations, and activities, and providing expert travel advice. Must have excellent communication skills, destination knowledge, and ability to manage multiple bookings. Proficiency in travel booking systems and a passion for customer service required",
  "health-agent:Specializes in health and wellness, including nutrition, fitness, mental health, and disease prevention. Provides personalized health advice, creates wellness plans, and offers resources for self-care. Must have a strong understanding of human anatomy, physiology, and medical terminology. Proficiency in health coaching techniques and a commitment to promoting overall well-being required.",
].join("\n\n");
const SQUAD_TOOL = {
  type: "function",
  function: {
    name: "analyzePrompt",
    description: "Analyze the user input and provide structured output",
    parameters: {
      type: "object",
      properties: {
        userinput: { type: "string", description: "The original user input" },
        selected_agent: { type: "string", description: "The name of the selected agent" },
        confidence: { type: "number", description: "Confidence level between 0 and 1" },
      },
      required: ["userinput", "selected_agent", "confidence"],
    },
  },
};
const squadHistory = (turns: Turn[]) =>
  turns.map((t) => `${t.role}: ${t.role === "assistant" ? "[tech-agent] " : ""}${t.content}`).join("\n");

/** AITuber OnAir comment-intelligence: the user turns and the follow-up as viewer comments. */
const comments = (c: Conversation) =>
  [...c.turns.filter((t) => t.role === "user").map((t) => t.content), c.followUp].map((text, i) =>
    `- id: yt-${1001 + i}\n  author: ${i < 2 ? person(c) : "mika_0921"}\n  text: ${text}`
  ).join("\n");

export const BLIND42_AGENTS: Template[] = [
  {
    client: "aiwaves Agents",
    task: "summary",
    source: SRC.aiwavesMemory,
    note:
      "ShortTermMemory.get_memory_summary every ENVIRONMENT_SUMMARY_STEP messages: encode_memory blocks, temperature 0",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys("You are a helpful assistant."),
        usr(fill(P.AIWAVES_SUMMARY_PROMPT_TEMPLATE, { conversation: encode(c, c.turns) })),
      ],
      temperature: 0,
    }),
  },
  {
    client: "aiwaves Agents",
    task: "next-speaker",
    source: SRC.aiwavesSop,
    note:
      "SOP.route with route_type llm and no custom prompts: node description plus ASSIGN_ROLE lines as system, ROUTE_MESSAGE then ROUTE_LAST_PROMPT as user messages (no knowledge base, so no relevant history); our two-role node config; temperature 0.3",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(`${fill(P.AIWAVES_NODE_DESCRIPTION_TEMPLATE, { node_description: NODE })}\n${assignRoles}`),
        usr(
          fill(P.AIWAVES_ROUTE_MESSAGE_TEMPLATE, {
            chat_history_message: encode(c, c.turns),
            last_name: lastName(c),
          }),
        ),
        usr(fill(P.AIWAVES_ROUTE_LAST_PROMPT_TEMPLATE, {
          query: encode(c, c.turns.slice(-1)),
          relevant_history: "",
          assign_role_prompt: assignRoles,
          last_name: lastName(c),
        })),
      ],
      temperature: 0.3,
    }),
  },
  {
    client: "aiwaves Agents",
    task: "next-step",
    source: SRC.aiwavesSop,
    note:
      "SOP.transit with transit_type llm: node description as system, TRANSIT message (empty environment summary) plus TRANSIT_LAST_PROMPT as one user message; our node names; temperature 0.3",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(`${fill(P.AIWAVES_NODE_DESCRIPTION_TEMPLATE, { node_description: NODE })}\n`),
        usr(
          fill(P.AIWAVES_TRASNSIT_MESSAGE_TEMPLATE, {
            environment_summary: "",
            chat_history_message: encode(c, c.turns),
            query: encode(c, c.turns.slice(-1)),
          }) +
            fill(P.AIWAVES_TRANSIT_LAST_PROMPT_TEMPLATE, {
              next_nodes: pyList(["Consultation_node", "Wrap_up_node"]),
              extract_word: "node",
            }),
        ),
      ],
      temperature: 0.3,
    }),
  },
  {
    client: "Agent Squad",
    task: "routing",
    source: SRC.squadOpenAI,
    note:
      "OpenAIClassifier.process_request: AgentMatcher template (classifier.py) with the example agents and the stored history as system, the new input as user, forced analyzePrompt tool call",
    build: (c) =>
      withExtras({
        model: MODEL,
        messages: [
          sys(
            P.SQUAD_CLASSIFIER.replace("{{AGENT_DESCRIPTIONS}}", () => SQUAD_AGENTS)
              .replace("{{HISTORY}}", () => squadHistory(c.turns)),
          ),
          usr(c.followUp),
        ],
        max_tokens: 1000,
        temperature: 0,
      }, {
        top_p: 0.9,
        stop: [],
        tools: [SQUAD_TOOL],
        tool_choice: { type: "function", function: { name: "analyzePrompt" } },
      }),
  },
  {
    client: "AITuber OnAir",
    task: "memory-summary",
    source: SRC.onairSummary,
    note:
      "OpenAISummarizer.summarize for the memory manager: DEFAULT_SUMMARY_PROMPT_TEMPLATE with maxLength 256",
    build: (c) =>
      withExtras({
        model: MODEL,
        messages: [
          sys(P.ONAIR_SUMMARY.replace("{maxLength}", "256")),
          usr(c.turns.map((t) => `${t.role}: ${t.content}`).join("\n")),
        ],
      }, { max_completion_tokens: 256 }),
  },
  {
    client: "AITuber OnAir",
    task: "classification",
    source: SRC.onairAnalyzer,
    note:
      "comment-intelligence analyze via chatOnce (not streamed, 500 tokens): Japanese analyser system lines, comment list as user; no stream topic set",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(P.ONAIR_ANALYZER_SYSTEM_LINES.join("\n")),
        usr([...P.ONAIR_ANALYZER_HEAD_LINES, "コメント:", comments(c)].join("\n")),
      ],
      stream: false,
      max_tokens: 500,
    }),
  },
];
