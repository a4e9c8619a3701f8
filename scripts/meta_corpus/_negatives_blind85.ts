/**
 * Blind round 85 hard negatives from the same clients: Koder's ordinary agent turns (its system prompt with skills
 * disabled, the history and the next question), Grok CLI's side question with the session as context, chat.nvim's
 * and le-gpt.el's ordinary chats, and users asking for a title or summary of their own text.
 */
import { CONVERSATIONS_BLIND_85 } from "./_conversations_blind85.ts";
import { MODEL, sys, toMessages, usr } from "./_types.ts";
import type { Negative } from "./_negatives_pasted.ts";
import * as P from "./_prompts_blind85.ts";
import { at, C } from "./_sources_blind85.ts";

const TASK = "blind-85";
const KODER = at("feiskyer/koder", { path: "koder_agent/utils/prompts.py", commit: C.koder });
/** `_get_skills_metadata` returns this when skills are off, and agent.py puts it in `{SKILLS_METADATA}`. */
const KODER_SYSTEM = P.KODER_SYSTEM.replace("{SKILLS_METADATA}", "Skills are disabled.");
const GROK = at("superagent-ai/grok-cli", { path: "src/utils/side-question.ts", commit: C.grok });
const CHAT_NVIM = at("e-cal/chat.nvim", { path: "lua/chat/config.lua", commit: C.chatNvim });
const LE_GPT = at("AnselmC/le-gpt.el", { path: "le-gpt.py", commit: C.leGpt });
const [EN, FR, JA] = CONVERSATIONS_BLIND_85;

/** Grok CLI `runSideQuestion`: the session goes into the system prompt, the question is the prompt. */
const sideQuestion = (context: string, question: string) => ({
  model: MODEL,
  messages: [
    sys(
      context
        ? `${P.GROK_SIDE_SYSTEM}\n\n<conversation_context>\n${context}\n</conversation_context>`
        : P.GROK_SIDE_SYSTEM,
    ),
    usr(question),
  ],
  max_tokens: 2048,
});

const NEGATIVES: Negative[] = [
  ...CONVERSATIONS_BLIND_85.map((c) => ({
    task: TASK,
    source: KODER,
    note: `Koder agent turn: system prompt, history, the next request (${c.language})`,
    body: {
      model: MODEL,
      messages: [sys(KODER_SYSTEM), ...toMessages(c.turns), usr(c.followUp)],
      stream: true,
    },
  })),
  {
    task: TASK,
    source: KODER,
    note: "Koder user asks a title for their own README paragraph (English)",
    body: {
      model: MODEL,
      messages: [
        sys(KODER_SYSTEM),
        usr(
          "Suggest a short title for this README section I wrote: 'Run make seed to load twenty demo invoices, then open localhost:8080 and log in as demo@example.com; every invoice is due fourteen days after it is created.'",
        ),
      ],
      stream: true,
    },
  },
  {
    task: TASK,
    source: GROK,
    note: "Grok CLI side question with the session as conversation context (French)",
    body: sideQuestion(
      (FR?.turns ?? []).map((t) => `${t.role === "user" ? "User" : "Assistant"}: ${t.content}`).join("\n\n"),
      "au fait, pg_dump -Fd bloque-t-il les écritures pendant la sauvegarde ?",
    ),
  },
  {
    task: TASK,
    source: GROK,
    note: "Grok CLI side question: the user asks to summarise their own commit notes (German)",
    body: sideQuestion(
      "",
      "Fass meine Notizen in einem Satz für die PR-Beschreibung zusammen: Zeitzone im Rechnungstest fixiert, Uhr wird jetzt injiziert, freezegun entfernt, CI läuft seit zwanzig Durchläufen grün.",
    ),
  },
  {
    task: TASK,
    source: CHAT_NVIM,
    note: "chat.nvim ordinary turn with its default system message and the history (Japanese)",
    body: {
      model: MODEL,
      messages: [sys(P.CHAT_NVIM_SYSTEM), ...toMessages(JA?.turns ?? []), usr(JA?.followUp ?? "")],
      stream: true,
    },
  },
  {
    task: TASK,
    source: CHAT_NVIM,
    note: "chat.nvim user asks a title for their own blog post draft (Polish)",
    body: {
      model: MODEL,
      messages: [
        sys(P.CHAT_NVIM_SYSTEM),
        usr(
          "Wymyśl tytuł do mojego wpisu na bloga: 'Po przejściu na nginx czat w sklepie przestał działać, bo proxy nie przekazywało nagłówka Upgrade. Trzy linijki konfiguracji i wszystko wróciło.'",
        ),
      ],
      stream: true,
    },
  },
  {
    task: TASK,
    source: LE_GPT,
    note: "le-gpt.el chat buffer: a real follow-up question with the history (English)",
    body: {
      model: MODEL,
      messages: [sys(P.LE_GPT_SYSTEM), ...toMessages(EN?.turns ?? []), usr(EN?.followUp ?? "")],
      stream: true,
      max_tokens: 2000,
      temperature: 0,
    },
  },
  {
    task: TASK,
    source: LE_GPT,
    note: "le-gpt.el user asks a summary of their own meeting notes (Spanish)",
    body: {
      model: MODEL,
      messages: [
        sys(P.LE_GPT_SYSTEM),
        usr(
          "Resume en dos frases mis notas de la reunión: migramos el proxy a nginx el jueves, los websockets fallaron una hora por falta del encabezado Upgrade y el certificado se renueva solo con el timer de certbot.",
        ),
      ],
      stream: true,
      max_tokens: 2000,
      temperature: 0,
    },
  },
];

export function buildBlind85Negatives(): Negative[] {
  return NEGATIVES;
}
