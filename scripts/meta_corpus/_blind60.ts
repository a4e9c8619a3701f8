/**
 * Blind round 60: agent frameworks, RAG and chatbot platforms, read from their sources and measured without changing
 * the rules. Intent routers (a goal coach's orchestrator, a Chilean tax agent's classifier, a Go agentic router, a
 * medical bot's few-shot intents, Fay's running-task intents, wenda's ChatGLM3 tool-style intent), follow-up rewrites
 * to a standalone question (two Brazilian Portuguese versions, two LangChain condense prompts), conversation summaries
 * (a WeChat bot's Chinese JSON summary, gpt-rag's bullet summary), gpt-rag's language detection and triage, Fay's
 * user portrait, wenda's twenty-character digest of a fetched page. The rest: `_blind60_tail.ts`; negatives:
 * `_negatives_blind60.ts`.
 */
import type { Conversation } from "./_conversations.ts";
import { MODEL, sys, type Template, toLines, toMessages, usr } from "./_types.ts";
import * as P from "./_prompts_blind60.ts";
import { asQuestion, at, fill, HEALTH_DATA, userTurns } from "./_blind60_fill.ts";
import { BLIND60_TAIL } from "./_blind60_tail.ts";
export { buildBlind60Negatives } from "./_negatives_blind60.ts";

const SERVERLESS = "GilbertoSLeite/serverless-chatgpt";
const SERVERLESS_NOTE =
  "a ChatML completion prompt (createCompletion, gpt-35-turbo, temperature 0, max_tokens 350) sent here as one user message; CLIENT/PRODUCT env values and the similar-phrases list (Array.toString of the user's phrases) are ours";
const PBS = "AktanKasymaliev/predict-by-symptoms";
const PBS_COMMIT = "806eb6f908aab33e3770f7ea1809b7c46590ada9";

/** LangChain's FewShotPromptTemplate: prefix, each formatted example, suffix, joined by the separator. */
const PBS_EXAMPLES: Array<[string, string]> = [
  ["Hey, I have a headache", "symptom"],
  ["I don't feel good", "symptom"],
  ["hey, how are you?", "None"],
  ["how does this shit work?", "None"],
  ["I love you!", "None"],
  ["this is bullshit", "None"],
  ["a random stuff", "None"],
];
const PBS_INTENT_SYSTEM = [
  "You are an intent classification bot.",
  ...PBS_EXAMPLES.map(([input, intent]) => fill(P.PBS_EXAMPLE, { "{input}": input, "{intent}": intent })),
  "You should output only an intent name without accompanying texts.",
].join("\n\n");

const condenseQuestion = (c: Conversation) =>
  `Original question: ${c.followUp}.\nPatient health data: ${HEALTH_DATA}`;

export const BLIND60: Template[] = [
  {
    client: "serverless-chatgpt",
    task: "query-rewrite",
    source: at(SERVERLESS, {
      path: "services/conversation-openai/domain/entities/rephrased-question-prompt.ts",
      commit: "c881885989f4be200d08db53a1bf71c86b590690",
    }),
    paraphrased: true,
    note: SERVERLESS_NOTE,
    build: (c) => ({
      model: MODEL,
      messages: [usr(fill(P.PT_REPHRASE_V2, {
        "${client}": "Contoso",
        "${product}": "Contoso Atende",
        "${lastUserQuestion}": asQuestion(c.followUp),
        "${contextConversations}": userTurns(c).join(","),
      }))],
      temperature: 0,
      max_tokens: 350,
    }),
  },
  {
    client: "serverless-chatgpt",
    task: "query-rewrite",
    source: at(SERVERLESS, {
      path: "services/conversation-openai/domain/entities/rephrased-question-prompt.ts",
      commit: "1baf3b770a6538456981bd324669136b178822d4",
    }),
    paraphrased: true,
    note:
      "the earlier version: chat history and the last question in the ChatML prompt, sent as one user message",
    build: (c) => ({
      model: MODEL,
      messages: [usr(fill(P.PT_REPHRASE_V1, {
        "${chatHistory}": userTurns(c).join(","),
        "${lastUserQuestion}": asQuestion(c.followUp),
      }))],
      temperature: 0,
      max_tokens: 350,
    }),
  },
  {
    client: "goalie.app",
    task: "intent-routing",
    source: at("goalieai/goalie.app", {
      path: "app/agent/nodes.py",
      commit: "2f02de81f18d2078119f05e080e63673de641a74",
    }),
    note:
      "intent_router_node: orchestrator.md as system message, the session context and the message as user message (structured output IntentClassification)",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(P.GOALIE_ORCHESTRATOR),
        usr(
          `Session context: No existing tasks or plans.\n\nUser message: "${c.followUp}"\n\nClassify the intent.`,
        ),
      ],
    }),
  },
  {
    client: "fizko",
    task: "intent-routing",
    source: at("tomasleblancu/fizko", {
      path: "backend/app/agents/classifier_agent.py",
      commit: "c97538568ebe79fee82598a808e7232ffa68aeab",
    }),
    paraphrased: true,
    note:
      "OpenAI Agents SDK Agent(instructions=CLASSIFIER_INSTRUCTIONS, output_type=ClassificationAgentSchema): instructions as system message, the history and the query; the json_schema wrapper is reconstructed",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.FIZKO_CLASSIFIER), ...toMessages(c.turns), usr(c.followUp)],
      response_format: {
        type: "json_schema",
        json_schema: {
          name: "final_output",
          strict: true,
          schema: {
            properties: { agent_name: { title: "Agent Name", type: "string" } },
            required: ["agent_name"],
            title: "ClassificationAgentSchema",
            type: "object",
            additionalProperties: false,
          },
        },
      },
    }),
  },
  {
    client: "agentic-ai-go",
    task: "intent-routing",
    source: at("sonitx/agentic-ai-go", {
      path: "ai/router/instruction.go",
      commit: "a9ca0cb3c6c871e7eb708c16c42c964497cef7d9",
    }),
    note:
      "Classifier.Classify: fmt.Sprintf(instruction, question) sent with genkit ai.WithPrompt (one user message)",
    build: (c) => ({ model: MODEL, messages: [usr(P.SONITX_ROUTER.replace("%s", () => c.followUp))] }),
  },
  {
    client: "rag_playground",
    task: "query-rewrite",
    source: at("FilipeDevs/rag_playground", {
      path: "utils/prompts/prompts.py",
      commit: "6127fb094d3c71a763e5314bcd90d7b9c332102a",
    }),
    note:
      "STANDALONE_TEMPLATE through ChatPromptTemplate.from_template (one human message), history as format_chat_history's Human/Assistant lines",
    build: (c) => ({
      model: MODEL,
      messages: [usr(fill(P.FILIPE_STANDALONE, {
        "{chat_history}": toLines(c.turns, { user: "Human", assistant: "Assistant" }),
        "{question}": c.followUp,
      }))],
    }),
  },
  {
    client: "predict-by-symptoms",
    task: "query-rewrite",
    source: at(PBS, { path: "webapp/chat/chatbot/templates.py", commit: PBS_COMMIT }),
    paraphrased: true,
    note:
      "CONDENSE_QUESTION_PROMPT through an LLMChain on langchain's completion OpenAI (temperature 0), sent here as one user message; the question carries the patient's health data as consumers.py builds it",
    build: (c) => ({
      model: MODEL,
      messages: [usr(P.PBS_CONDENSE.replace("{question}", () => condenseQuestion(c)))],
      temperature: 0,
    }),
  },
  {
    client: "predict-by-symptoms",
    task: "intent-routing",
    source: at(PBS, { path: "webapp/chat/chatbot/prompts.py", commit: PBS_COMMIT }),
    note:
      "get_intent_prompt: the few-shot system message and `input: …\\nintent: ` for each incoming message (ChatOpenAI)",
    build: (c) => ({
      model: MODEL,
      messages: [sys(PBS_INTENT_SYSTEM), usr(`input: ${c.followUp}\nintent: `)],
      temperature: 0,
    }),
  },
  ...BLIND60_TAIL,
];
