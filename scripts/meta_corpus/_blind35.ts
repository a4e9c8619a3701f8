/**
 * Blind round 35: nine chat front-ends, bots, companion, note and RAG apps never used in the corpus before,
 * measured without changing the rules: Slack thread summaries (two versions of one bot), a companion's title and
 * memory extraction, a Chinese Telegram companion's summary and memory-importance check, a Chinese Joplin plugin's
 * note title and tags, a RAG app's search queries and answerability check, French follow-up suggestions, a Korean
 * standalone-question rewrite, a Discord companion's memory and a role-play game's summary; and hard negatives.
 */
import { MODEL, sys, type Template, toMessages, usr } from "./_types.ts";
import * as P from "./_prompts_blind35.ts";
import {
  agentsetHistory,
  agentsetSources,
  JOPLIN_SYSTEM,
  joplinNote,
  lastAnswer,
  lines,
  SRC,
} from "./_blind35_fill.ts";
import { firstExchange } from "./_types.ts";

export { buildBlind35Negatives } from "./_negatives_blind35.ts";

const MAEVE = { user: "maeve (U07ML2K4Q)", assistant: "gorkie (U07GRK1E9)" };

export const BLIND_ROUND_35: Template[] = [
  {
    client: "gorkie-slack",
    task: "summary",
    source: SRC.gorkie,
    note:
      "summariseThread tool: generateText with system summariseThreadPrompt() (tasks.ts) and the thread as messages formatted `name (id): text` (slack/conversations.ts), temperature 0.7",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(P.GORKIE_SUMMARISE),
        ...c.turns.map((t) =>
          t.role === "user"
            ? usr(`${MAEVE.user}: ${t.content}`)
            : { role: "assistant" as const, content: `${MAEVE.assistant}: ${t.content}` }
        ),
      ],
      temperature: 0.7,
    }),
  },
  {
    client: "gorkie-slack",
    task: "summary",
    source: SRC.gorkieHead,
    note:
      "the later summarizeThreadTool: one prompt (no system), transcript as `author: text` lines, no instructions",
    build: (c) => ({
      model: MODEL,
      messages: [
        usr(
          `Summarize this thread clearly and concisely. Preserve decisions, open questions, and action items when present.\n\n${
            lines(c.turns, { user: "Maeve Byrne", assistant: "Gorkie" })
          }`,
        ),
      ],
    }),
  },
  {
    client: "chorus-engine",
    task: "title",
    source: SRC.chorusTitle,
    note:
      "TitleGenerationService defaults (3-8 words, 90 chars); messages as `User:`/character lines joined by blank lines; temperature 0.7, max_tokens 30",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(P.CHORUS_TITLE_SYSTEM),
        usr(P.pyFormat(P.CHORUS_TITLE_USER_RAW, {
          conversation_text: lines(c.turns, {
            user: "User",
            assistant: "Nova",
            separator: "\n\n",
            limit: 500,
          }),
        })),
      ],
      temperature: 0.7,
      max_tokens: 30,
    }),
  },
  {
    client: "chorus-engine",
    task: "memory",
    source: SRC.chorusMemory,
    paraphrased: true,
    note:
      "_build_extraction_prompt for a web chat with character Nova at 'minimal' immersion; allowed type names reconstructed as fact/project; user content = the user messages only; temperature 0.1, max_tokens 1000",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(P.CHORUS_MEMORY_SYSTEM),
        usr(c.turns.filter((t) => t.role === "user").map((t) => t.content).join("\n")),
      ],
      temperature: 0.1,
      max_tokens: 1000,
    }),
  },
  {
    client: "SoulmateBot",
    task: "summary",
    source: SRC.soulSummary,
    note:
      "_summarize_with_llm (max 200 chars) via VLLMProvider: context as system, temperature 0.8, max_tokens 1000",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys("你是一个对话摘要助手。"),
        usr(P.pyFormat(P.SOUL_SUMMARY_RAW, {
          max_summary_length: "200",
          conversation_text: lines(c.turns, { user: "用户", assistant: "Bot" }),
        })),
      ],
      temperature: 0.8,
      max_tokens: 1000,
    }),
  },
  {
    client: "SoulmateBot",
    task: "memory",
    source: SRC.soulMemory,
    note:
      "analyze_importance after a reply: IMPORTANCE_ANALYSIS_PROMPT as system, the exchange with the current time as user; temperature 0.8, max_tokens 1000",
    build: (c) => {
      const { question, answer } = firstExchange(c);
      return {
        model: MODEL,
        messages: [
          sys(P.SOUL_IMPORTANCE),
          usr(P.pyFormat(P.SOUL_ANALYSIS_RAW, {
            current_time_str: "2026年12月07日 11:20",
            user_message: question,
            bot_response: answer,
          })),
        ],
        temperature: 0.8,
        max_tokens: 1000,
      };
    },
  },
  {
    client: "SoulmateBot",
    task: "classification",
    source: SRC.soulMemory,
    note:
      "retrieval analysis before answering: MEMORY_RETRIEVAL_PROMPT as system, `用户消息: …` as user; temperature 0.8, max_tokens 1000",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.SOUL_RETRIEVAL), usr(`用户消息: ${c.followUp}`)],
      temperature: 0.8,
      max_tokens: 1000,
    }),
  },
  {
    client: "joplin-ai-tools",
    task: "tags",
    source: SRC.joplin,
    note:
      "title and tags of a note holding a saved chat: buildSystemMessage (default prompts, tag limit 3, empty pool) and buildUserPrompt; stream false, model deepseek-chat",
    build: (c) => ({
      model: MODEL,
      messages: [sys(JOPLIN_SYSTEM), usr(joplinNote(lines(c.turns, { user: "我", assistant: "AI" })))],
      stream: false,
    }),
  },
  {
    client: "agentset",
    task: "search-query",
    source: SRC.agentsetUtils,
    note:
      "generateQueries: system GENERATE_QUERIES_PROMPT, prompt 'Chat history:' + formatChatHistory (no earlier queries), temperature 0",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.AGENTSET_QUERIES), usr(`Chat history:\n${agentsetHistory(c)}`)],
      temperature: 0,
    }),
  },
  {
    client: "agentset",
    task: "classification",
    source: SRC.agentsetUtils,
    note:
      "evaluateQueries: whether the retrieved sources can answer (canAnswer JSON); the assistant's answers stand in for the chunks; temperature 0",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(P.AGENTSET_EVALUATE),
        usr(`\nChat history:\n${agentsetHistory(c)}\n\nRetrieved sources:\n${agentsetSources(c)}\n `),
      ],
      temperature: 0,
    }),
  },
  {
    client: "legi-ai-front",
    task: "follow-up",
    source: SRC.legiSuggestions,
    note:
      "POST /api/suggestions: AnswerSuggestionsSystem (French, XML <suggestion>) and the last answer as user; gpt-4o-mini defaults",
    build: (c) => ({ model: MODEL, messages: [sys(P.LEGI_SUGGESTIONS), usr(lastAnswer(c))] }),
  },
  {
    client: "MP7_AIVLE-RAG-Chatbot",
    task: "query-rewrite",
    source: SRC.aivle,
    note:
      "contextualize_q_prompt in create_history_aware_retriever: Korean system, chat_history as messages, the new question as human",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.AIVLE_CONTEXTUALIZE), ...toMessages(c.turns), usr(c.followUp)],
    }),
  },
  {
    client: "discord-pals",
    task: "memory",
    source: SRC.palsMemory,
    note:
      "generate_memory for user ciaran: `[author]: content` lines (200 chars each), provider_manager.generate with the memory-analyzer system prompt",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys("You are a memory analyzer. Create brief, factual summaries."),
        usr(P.pyFormat(P.PALS_MEMORY_RAW, {
          target_user: "ciaran",
          context: lines(c.turns, { user: "[ciaran]", assistant: "[Mira]", limit: 200 }),
        })),
      ],
    }),
  },
  {
    client: "redcamptale",
    task: "summary",
    source: SRC.red,
    note:
      "get_summary_of_messages: message_summary_prompt and `character: text` lines joined by blank lines; also sent top_p 0.95, temperature 0.7, max_completion_tokens 512",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(P.RED_SUMMARY),
        usr(lines(c.turns, { user: "Semyon", assistant: "Slavya", separator: "\n\n" })),
      ],
      temperature: 0.7,
    }),
  },
];
