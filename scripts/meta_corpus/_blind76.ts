/**
 * Blind round 76: ten clients nobody on the project had read, measured without changing the rules. Customer-support
 * desks, chat widgets and enterprise chat this time: a negotiation agent's post-chat summary, a support bot's
 * summary and next actions, a sales-call copilot, Chinese intent routing, query rewrites and agent-assist suggested
 * replies, a Spanish e-commerce bot's end-of-chat summary and data extraction, a Peruvian CRM's Spanish
 * analytics, Rocket.Chat's channel summaries, tasks and follow-ups, and a Portuguese chat title; negatives from the
 * same clients in `_negatives_blind76.ts`.
 */
import { MODEL, sys, type Template, toMessages, usr } from "./_types.ts";
import * as P from "./_prompts_blind76.ts";
import { at, channelDialogue, fill, firstUser, labelled } from "./_blind76_fill.ts";
import { BLIND76_DESK } from "./_blind76_desk.ts";

export { buildBlind76Negatives } from "./_negatives_blind76.ts";

const PT = "PiyushTanay01/ChatBot";
const RC = "RocketChat/Apps.Chat.Summarize";
const RC_FILE = "app/constants/prompts.ts";
/** `createTextCompletion`: the filled prompt is the only message, a system one, temperature 0, not streamed. */
const channelCall = (prompt: string) => ({ model: MODEL, messages: [sys(prompt)], temperature: 0 });

const APPS: Template[] = [
  {
    client: "negotiAItor",
    task: "summary",
    source: at("Aenima4six2/negotiAItor", "src/server/prompts/summary.ts"),
    note:
      "NegotiationAgent.summarize: SUMMARY_PROMPT as system, `agent`/`rep` lines as user; OpenAIProvider sends max_tokens/temperature from the saved config (defaults 4096, 0.7)",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(P.NEGO_SUMMARY),
        usr(`Full conversation:\n${labelled(c.turns, { user: "agent", assistant: "rep" })}`),
      ],
      max_tokens: 4096,
      temperature: 0.7,
    }),
  },
  {
    client: "TechStore support bot",
    task: "summary",
    source: at(PT, "server/src/controllers/summaryController.js"),
    note:
      "Gemini generateContent (systemInstruction + one user part of `ROLE: text` lines, temperature 0.3, maxOutputTokens 400) written as the chat-completions equivalent",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.PT_SUMMARY), usr(labelled(c.turns, { user: "USER", assistant: "ASSISTANT" }))],
      temperature: 0.3,
      max_tokens: 400,
    }),
  },
  {
    client: "TechStore support bot",
    task: "next-actions",
    source: at(PT, "server/src/controllers/suggestionController.js"),
    note: "the agent's three next actions; Gemini call as above, maxOutputTokens 200",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.PT_ACTIONS), usr(labelled(c.turns, { user: "USER", assistant: "ASSISTANT" }))],
      temperature: 0.3,
      max_tokens: 200,
    }),
  },
  {
    client: "ai-copilot",
    task: "suggestions",
    source: at("lucidopus/ai-copilot", "utils/helper.py"),
    note:
      "get_suggestions: SUGGESTION_PROMPT (utils/prompts.py) with the caller's purpose as system, `salesperson`/`customer` lines as user, Groq stream",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(fill(P.COPILOT_SUGGESTION, { PURPOSE: "Follow up on the customer's recent support request" })),
        usr(labelled(c.turns, { user: "customer", assistant: "salesperson" })),
      ],
      stream: true,
    }),
  },
  {
    client: "ai-engineer-training week10",
    task: "intent",
    source: at("sawyer523/ai-engineer-training", "week10/work_v1/graph.py"),
    paraphrased: true,
    note:
      "intent_node: INTENT_PROMPT (prompts.py) + `\\n用户查询：` + the query, via ChatTongyi.with_structured_output(Route); the tool schema is left out",
    build: (c) => ({ model: MODEL, messages: [usr(`${P.SAWYER_INTENT}\n用户查询：${c.followUp}`)] }),
  },
  {
    client: "AICS",
    task: "query-rewrite",
    source: at("guifangjun/AICS", "core/query_rewriter.py"),
    note:
      "QueryRewriter before retrieval (questions over 6 characters): system + `学员: …\\n检索查询:`, temperature 0.1, max_tokens 80",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.AICS_REWRITE), usr(`学员: ${c.followUp}\n检索查询:`)],
      temperature: 0.1,
      max_tokens: 80,
    }),
  },
  {
    client: "OrionCX",
    task: "summary",
    source: at(
      "mbunchsy/conversational_bot_api",
      "chatapp/application/create_conversation_summary_use_case.py",
    ),
    note:
      "closing a conversation: the system prompt is swapped for SYSTEM_PROMPT_SUMMARY plus PROMPT_LANGUAGE (language 'es', the default), then the stored messages; temperature 0.7, response_format text",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(`${P.ORION_SUMMARY}\n\n${fill(P.ORION_LANGUAGE, { LANGUAGE: "es" })}`),
        ...toMessages(c.turns),
      ],
      temperature: 0.7,
      response_format: { type: "text" },
    }),
  },
  {
    client: "OrionCX",
    task: "extraction",
    source: at(
      "mbunchsy/conversational_bot_api",
      "chatapp/application/create_conversation_summary_use_case.py",
    ),
    note:
      "the second closing call: SYSTEM_PROMPT_DATE_EXTRACTION (JSON record of the chat) in the same shape",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(`${P.ORION_EXTRACT}\n\n${fill(P.ORION_LANGUAGE, { LANGUAGE: "es" })}`),
        ...toMessages(c.turns),
      ],
      temperature: 0.7,
      response_format: { type: "text" },
    }),
  },
  {
    client: "centrodemensajes",
    task: "analytics",
    source: at("ChristianPalomino85/centrodemensajes", "server/crm/routes/conversations.ts"),
    note:
      "CRM analytics with the default config (no ai-analytics-config.json): summary, sentiment, topics, keywords; `Cliente`/`Empresa` lines, gpt-4o-mini, temperature 0.3, max_tokens 500",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(P.CM_ANALYTICS),
        usr(`Conversación:\n\n${labelled(c.turns, { user: "Cliente", assistant: "Empresa" })}`),
      ],
      temperature: 0.3,
      max_tokens: 500,
    }),
  },
  {
    client: "centrodemensajes",
    task: "analytics",
    source: at("ChristianPalomino85/centrodemensajes", "server/index.ts"),
    note:
      "the WhatsApp conversation analysis route: `Cliente`/`Bot/Asesor` lines in the user prompt, same limits",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(
          "Eres un asistente que analiza conversaciones de servicio al cliente en español. Siempre respondes con JSON válido.",
        ),
        usr(
          fill(P.CM_WA_PROMPT, {
            CONVERSATION: labelled(c.turns, { user: "Cliente", assistant: "Bot/Asesor" }),
          }),
        ),
      ],
      temperature: 0.3,
      max_tokens: 500,
    }),
  },
  {
    client: "lpsgabriel chat",
    task: "title",
    source: at("lpsgabriel/chat-desafio-super-agentes", "src/utils/createConversationTitle.ts"),
    note: "while the conversation is still `Nova Conversa`: the first message under a one-line system prompt",
    build: (c) => ({
      model: MODEL,
      messages: [sys("Crie um título curto para a seguinte mensagem de conversa:"), usr(firstUser(c))],
    }),
  },
];

const CHANNEL: Template[] = [
  {
    client: "Rocket.Chat AI Chat Summarizer",
    task: "summary",
    source: at(RC, RC_FILE),
    note: "/chat-summary in a thread: the few-shot SUMMARY_PROMPT with the thread's messages",
    build: (c) => channelCall(fill(P.RC_SUMMARY, { DIALOGUE: channelDialogue(c) })),
  },
  {
    client: "Rocket.Chat AI Chat Summarizer",
    task: "summary",
    source: at(RC, RC_FILE),
    note: "/chat-summary in a channel: SUMMARY_PROMPT_BY_TOPICS",
    build: (c) => channelCall(fill(P.RC_TOPICS, { DIALOGUE: channelDialogue(c) })),
  },
  {
    client: "Rocket.Chat AI Chat Summarizer",
    task: "tasks",
    source: at(RC, RC_FILE),
    note: "the assigned-tasks add-on after the summary",
    build: (c) => channelCall(fill(P.RC_TASKS, { DIALOGUE: channelDialogue(c) })),
  },
  {
    client: "Rocket.Chat AI Chat Summarizer",
    task: "follow-ups",
    source: at(RC, RC_FILE),
    note: "the follow-up-questions add-on",
    build: (c) => channelCall(fill(P.RC_FOLLOWUP, { DIALOGUE: channelDialogue(c) })),
  },
];

export const BLIND76: Template[] = [...APPS, ...CHANNEL, ...BLIND76_DESK];
