/**
 * Hard negatives written with blind round 6 (after the freeze at commit 0797448): a Spanish Telegram bot whose
 * system prompt is about memory commands, users running German summary templates on their own text, and coding
 * agents' real turns about compaction, titles and related questions.
 */
import { CONVERSATIONS } from "./_conversations.ts";
import { MODEL, sys, toMessages, usr } from "./_types.ts";
import type { Negative } from "./_negatives_pasted.ts";

/** rocopolas/FemtoBot skills/memoria/SKILL.md@2c54e64b1baaa6e794b3c753463600121e039103, its first rules. */
const FEMTOBOT_MEMORY =
  '*Memoria Persistente*\nTienes acceso a una base de datos de memoria persistente.\n- El sistema busca automáticamente recuerdos relevantes a tu conversación actual y te los presenta como contexto.\n- *ACTUALIZA* proactivamente cuando aprendas algo importante y duradero sobre el usuario.\n\n*Para guardar en memoria:*\n`:::memory HECHO CONCRETO:::`\nGuarda datos importantes (ej. "Rocopolas es baterista", "Vive en tal lugar").\n\n**IMPORTANTE:**\n- Escribe SOLO el dato. NO agregues introducciones como "Guardado:", "Recordatorio:", ni fechas de creación.\n- Sé directo y conciso.';
/** ralf-42/GenAI 05_prompt/text_zusammenfassung.py@13ef818a9740f6d61b2c2fd0eedd3279f8f527e2, filled with a user's text. */
const GENAI_DE_SYSTEM =
  "Du bist ein Experte für die Erstellung prägnanter und informativer Textzusammenfassungen. Deine Zusammenfassungen sind klar strukturiert, objektiv und erfassen die Kernaussagen des Originaltexts.";
const GENAI_DE_USER =
  "Bitte fasse den folgenden Text zusammen:\n\nUnser Verein sucht ab Mai neue Trainer für die E-Jugend. Training ist dienstags und donnerstags von 17 bis 18:30 Uhr, eine Lizenz ist nicht nötig, wir übernehmen die Kosten für den Lehrgang.\n\nErstelle eine Zusammenfassung, die:\n- Die Hauptaussagen des Textes erfasst\n- Maximal 3 Sätze umfasst\n- Klar und verständlich formuliert ist";
const AGENT = "You are a coding agent. Use the tools to read and edit files and run commands.";

const ASKS: Array<{ system?: string; history?: boolean; ask: string; stream?: boolean }> = [
  {
    system: FEMTOBOT_MEMORY,
    ask: "Hola! Mañana tengo ensayo con la banda, ¿me recuerdas qué canciones dijimos que íbamos a tocar?",
    stream: true,
  },
  {
    system: FEMTOBOT_MEMORY,
    history: true,
    ask: "Guarda que mi cumpleaños es el 3 de mayo, porfa.",
    stream: true,
  },
  { system: GENAI_DE_SYSTEM, ask: GENAI_DE_USER },
  {
    system: AGENT,
    history: true,
    ask:
      "The condenser in src/memory/condenser.py drops the first user message when it compacts the history. Fix it and add a regression test.",
    stream: true,
  },
  {
    system: AGENT,
    ask:
      "Add a /compact command to our CLI that calls summarize_history() and prints how many tokens were saved. Keep the output to one line.",
    stream: true,
  },
  {
    system: AGENT,
    ask: "生成一个函数 related_questions(history)，调用模型返回 3 个相关问题，用 Python 写，并补充单元测试。",
    stream: true,
  },
  {
    history: true,
    ask: "Can you suggest a better title for my blog post about this? Something catchy, under 8 words.",
    stream: true,
  },
];

export function buildBlind6Negatives(): Negative[] {
  return ASKS.map((item, i) => ({
    task: "blind-6",
    body: {
      model: MODEL,
      messages: [
        ...(item.system ? [sys(item.system)] : []),
        ...(item.history ? toMessages(CONVERSATIONS[(i + 7) % CONVERSATIONS.length]?.turns ?? []) : []),
        usr(item.ask),
      ],
      ...(item.stream ? { stream: true } : {}),
    },
  }));
}
