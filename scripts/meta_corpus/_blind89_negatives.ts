/**
 * Blind round 89 hard negatives: the same clients' ordinary turns as they send them (the campus assistant's RAG
 * prompt, the Spanish support bot, the Vapi call assistant, the messaging app's translate button) and user turns
 * that ask a title or a summary of the user's own text.
 */
import type { Conversation } from "./_conversations.ts";
import { CONVERSATIONS_BLIND_89 } from "./_conversations_blind89.ts";
import { asst, MODEL, type Source, sys, usr } from "./_types.ts";
import type { Negative } from "./_negatives_pasted.ts";
import * as P from "./_prompts_blind89.ts";

const src = (repo: string, { commit, path }: { commit: string; path: string }): Source => ({
  repo,
  path,
  commit,
});
const NOT_YUKII = src("Not-Yukii/Template", {
  commit: "849ccec73fc3affc9c6634f3544a74af862947a3",
  path: "app/recherche_local.py",
});
const TICKETS = src("r1h1/tickets-with-ai-and-ml", {
  commit: "6463c6ba4f9828cb4d8176aae17059f02dc6c7ee",
  path: "src/services/iaml.js",
});
const VAPI = src("bssoufo/vapi-tool-for-ange", {
  commit: "97b4366d71a53974dfc4deaa8714df0966d8d8ca",
  path: "assistants/bs-re-triage-manager/prompts/system.md",
});
const CHAT_APP = src("AmanKumar2202/Chat-app", {
  commit: "7688298d312a73f50cdf8b8a60bb65afa5e583d9",
  path: "backend/src/controllers/translate.controller.js",
});

/**
 * answer_with_memory: the question is first cut to two search keywords, which then go both into the system prompt
 * and, as the overwritten `question`, into the user message; no memory or RAG hit here, the last turns as
 * `<role>` blocks.
 */
function campusTurn(c: Conversation, keywords: string): Negative {
  const history = [...c.turns, { role: "user", content: c.followUp }].slice(-6)
    .map((t) => `<${t.role}>\n${t.content.trim()}\n</${t.role}>`).join("\n");
  const system = `${P.NY_ANSWER}<research_keywords> ${keywords} </research_keywords>\n\n` +
    `\n<recent_history>\n${history}\n</recent_history>`;
  return {
    task: "blind-89",
    source: NOT_YUKII,
    note: `Not-Yukii campus assistant answer turn, keywords standing for the follow-up (${c.language})`,
    body: { model: MODEL, messages: [sys(system), usr(keywords)] },
  };
}

const supportBot = (mensaje: string, note: string): Negative => ({
  task: "blind-89",
  source: TICKETS,
  note,
  body: { model: MODEL, messages: [sys(P.TICKETS_PROMPT_BASE.supportBot), usr(mensaje)] },
});

/** Vapi renders the Liquid date in system.md before the call. */
const VAPI_SYSTEM = P.VAPI_SYSTEM.replace(/\{\{"now" \| date:[^}]*\}\}/, "Monday, May 11, 2026, 10:14 AM");

const [ENGLISH, FRENCH, KOREAN] = CONVERSATIONS_BLIND_89;

export function buildBlind89Negatives(): Negative[] {
  return [
    ...(ENGLISH ? [campusTurn(ENGLISH, "mac address")] : []),
    ...(FRENCH ? [campusTurn(FRENCH, "mise demeure")] : []),
    supportBot(
      "Desde que actualicé windows ayer mi laptop no se conecta al wifi de la oficina, las demás sí se conectan.",
      "tickets support bot, ordinary technical question (Spanish)",
    ),
    supportBot(
      "Resume en dos líneas este reporte que escribí del error de la impresora: la impresora del segundo piso muestra error 49 cada mañana, se reinicia sola y después imprime normal hasta el mediodía.",
      "tickets support bot, the user asks a summary of their own report (Spanish)",
    ),
    supportBot(
      "Ponle un título corto a mi nota para el equipo de soporte: el router de recepción pierde la conexión cada vez que alguien usa el microondas de la cocina.",
      "tickets support bot, the user asks a title for their own note (Spanish)",
    ),
    {
      task: "blind-89",
      source: VAPI,
      note:
        "Vapi triage call turn: system.md, the model's greeting and the caller's first utterance (French)",
      body: {
        model: MODEL,
        messages: [
          sys(VAPI_SYSTEM),
          asst(
            "Bonjour, ici Alex, l'assistant de Michelle, courtière immobilière. Comment puis-je vous aider?",
          ),
          usr(
            "Bonjour, je cherche un condo de deux chambres à Lévis, mon budget est autour de trois cent cinquante mille.",
          ),
        ],
        stream: true,
      },
    },
    {
      task: "blind-89",
      source: CHAT_APP,
      note: "Chat-app translate button on a received message, English target (Korean)",
      body: {
        model: MODEL,
        messages: [
          usr(`Translate the following message to English: "${KOREAN?.turns[0]?.content ?? ""}"`),
        ],
      },
    },
  ];
}
