/**
 * Blind round 71: fourteen clients nobody on the project had read, measured without changing the rules. Chat and
 * companion apps here (a local voice assistant's summary and search planner, SaathiAI's memory, stemify's title,
 * Lessa's Portuguese memory, fact and mood passes, a WhatsApp recruiter's Portuguese summary, mini-chatgpt's French
 * title, wellnessbox's Korean title and follow-ups); agents, RAG and routers in `_blind71_agents.ts`; negatives from
 * the same clients in `_negatives_blind71.ts`.
 */
import { asst, firstExchange, MODEL, sys, type Template, toMessages, usr } from "./_types.ts";
import * as P from "./_prompts_blind71.ts";
import { at, clip, fill, labelled, lastAssistant, lastUser, withFollowUp } from "./_blind71_fill.ts";
import { BLIND71_AGENTS } from "./_blind71_agents.ts";

export { buildBlind71Negatives } from "./_negatives_blind71.ts";

const LAA = "danielmarek22/local_ai_assistant";
const LESSA = "lessabot/backend";
const WB = "yeohj0710/wellnessbox";
/** mini-chatgpt `ChatService::getChatSystemPrompt`, prepended to every call (date via PHP `format`, so English). */
const MINI_CHAT_SYSTEM =
  "Tu es un assistant de chat. La date et l'heure actuelle est le Monday 07 December 2026 14:30.\nTu es actuellement utilisé par Camille.";
/** A logged-out visitor's `promptSummaryText` head (`lib/chat/context.prompt.ts`); the computed label lines are left out. */
const WB_SUMMARY = [
  "[데이터범위] 비로그인 기기 기반",
  "[프로필] 없음",
  "[최근주문] 없음",
  "[정밀검사] 없음",
  "[빠른검사] 없음",
  "[건강링크] 없음",
  "[이전상담] 없음",
  "[추천영양소] 없음",
  "[문항응답] 없음",
].join("\n");

const APPS: Template[] = [
  {
    client: "local_ai_assistant",
    task: "summary",
    source: at(LAA, "app/services/summarizer.py"),
    note:
      "HistorySummarizer: system rules, then the session's user and assistant rows, streamed (OllamaClient.stream_chat)",
    build: (c) => ({ model: MODEL, messages: [sys(P.LAA_SUMMARY), ...toMessages(c.turns)], stream: true }),
  },
  {
    client: "local_ai_assistant",
    task: "search-decision",
    source: at(LAA, "app/planners/llm_planner.py"),
    note:
      "LLMPlanner.decide before each turn: system with the (empty) perception, the user's text; chat() not streamed",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(fill(P.LAA_PLANNER, { PERCEPTION: "No additional perception available." })),
        usr(c.followUp),
      ],
      stream: false,
    }),
  },
  {
    client: "SaathiAI",
    task: "memory",
    source: at("rajukr9824/SaathiAI", "server/utils/summarizeMemory.js"),
    note:
      "after each reply; callLLM's ChatGPT fallback sends the prompt as one user message (Gemini is tried first)",
    build: (c) => ({
      model: MODEL,
      messages: [usr(fill(P.SAATHI_MEMORY, {
        CHAT: labelled(withFollowUp(c).slice(-6), { user: "user", assistant: "assistant" }),
      }))],
    }),
  },
  {
    client: "stemify",
    task: "title",
    source: at("igoakulov/stemify", "public/prompts/title.md"),
    note:
      "src/lib/chat/title.ts: title.md as system, the first user message, streamed via stream_openrouter_chat",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.STEM_TITLE), usr(firstExchange(c).question)],
      stream: true,
    }),
  },
  {
    client: "Lessa",
    task: "memory",
    source: at(LESSA, "src/agents/conversation.summarizer.agent.ts"),
    note:
      "runLLM: SYSTEM_PROMPT (the persona) as system, the compression prompt with the Usuário/Assistente transcript",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(P.LESSA_SYSTEM),
        usr(
          fill(P.LESSA_CONV, { TRANSCRIPT: labelled(c.turns, { user: "Usuário", assistant: "Assistente" }) }),
        ),
      ],
      temperature: 0.7,
    }),
  },
  {
    client: "Lessa",
    task: "memory",
    source: at(LESSA, "src/agents/memory.extractor.ts"),
    note:
      "extractMemory on the user's message: MEMORY_EXTRACTOR_PROMPT wrapped, persona system prompt in front",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(P.LESSA_SYSTEM),
        usr(fill(P.LESSA_EXTRACT_WRAP, { PROMPT: P.LESSA_EXTRACT, TEXT: lastUser(c) })),
      ],
      temperature: 0.7,
    }),
  },
  {
    client: "Lessa",
    task: "classification",
    source: at(LESSA, "src/agents/mood.agent.ts"),
    note:
      "analyzeMood on the new message with the recent turns' texts as context, persona system prompt in front",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(P.LESSA_SYSTEM),
        usr(
          fill(P.LESSA_MOOD, {
            MESSAGE: c.followUp,
            CONTEXT: c.turns.map((turn) => turn.content).join("\n"),
          }),
        ),
      ],
      temperature: 0.7,
    }),
  },
  {
    client: "whats-agents (Julia)",
    task: "summary",
    source: at("rafa77-tech/whats-agents", "app/services/julia/summarizer.py"),
    paraphrased: true,
    note:
      "older messages summarised with Médico/Júlia labels; sent through Anthropic messages.create, max_tokens 500",
    build: (c) => ({
      model: MODEL,
      messages: [
        usr(fill(P.JULIA_SUMMARY, { CONVERSA: labelled(c.turns, { user: "Médico", assistant: "Júlia" }) })),
      ],
      max_tokens: 500,
    }),
  },
  {
    client: "mini-chatgpt",
    task: "title",
    source: at("changzhiho/mini-chatgpt", "app/Services/TitleGeneratorService.php"),
    note:
      "ChatService::sendMessage prepends its chat system prompt; then the title system, the exchange and the ask",
    build: (c) => {
      const { question, answer } = firstExchange(c);
      return {
        model: MODEL,
        messages: [
          sys(MINI_CHAT_SYSTEM),
          sys(P.MINI_TITLE_SYS),
          usr(question),
          asst(answer),
          usr(P.MINI_TITLE_ASK),
        ],
        temperature: 0.7,
      };
    },
  },
  {
    client: "wellnessbox",
    task: "title",
    source: at(WB, "lib/chat/prompt-followups.ts"),
    note: "buildTitleMessages via app/api/chat/title/route-service.ts, temperature 0.5 (top_p 0.9)",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(P.WB_TITLE_SYS),
        usr(fill(P.WB_TITLE, {
          FIRST_AI: clip(firstExchange(c).answer, 500),
          FIRST_USER: clip(firstExchange(c).question, 500),
          LAST_AI: clip(lastAssistant(c), 500),
        })),
      ],
      temperature: 0.5,
    }),
  },
  {
    client: "wellnessbox",
    task: "follow-ups",
    source: at(WB, "lib/chat/prompt-followups.ts"),
    paraphrased: true,
    note:
      "buildSuggestionMessages (count 2, no topic hint) via suggest-route-service.ts, json_object; user_context_summary abbreviated",
    build: (c) => {
      const history = labelled(c.turns.slice(-6).map((t) => ({ ...t, content: clip(t.content, 180) })), {
        user: "사용자",
        assistant: "AI",
      });
      const prompt = [
        P.WB_FOLLOWUP_HEAD,
        `user_context_summary:\n${WB_SUMMARY}`,
        `최근 대화\n${history}`,
        `직전 AI 응답:\n${clip(lastAssistant(c), 1200)}`,
        fill(P.WB_FOLLOWUP_RULES, { COUNT: "2" }),
      ].join("\n");
      return {
        model: MODEL,
        messages: [sys(P.WB_FOLLOWUP_SYS), usr(`${prompt}\n\n${P.WB_GUARD}`)],
        temperature: 0.7,
        max_tokens: 240,
        response_format: { type: "json_object" },
      };
    },
  },
];

export const BLIND71: Template[] = [...APPS, ...BLIND71_AGENTS];
