/**
 * Blind round 95 hard negatives: the same clients' ordinary turns as they send them (libredesk's Copilot with the
 * viewed conversation, LearnHouse's course assistant without course hits, Glass's ask window over the meeting so far,
 * Aomail's compose-from-guideline, Huly's bot chat turn) and user turns that ask a title or a summary of the user's
 * own text.
 */
import { CONVERSATIONS_BLIND_95 } from "./_conversations_blind95.ts";
import { MODEL, type Source, sys, toMessages, usr } from "./_types.ts";
import type { Negative } from "./_negatives_pasted.ts";
import * as P from "./_prompts_blind95.ts";
import { glassLines, libredeskTranscript, pyFormat } from "./_blind95.ts";

const src = (repo: string, { commit, path }: { commit: string; path: string }): Source => ({
  repo,
  path,
  commit,
});
const LIBREDESK = src("abhinavxd/libredesk", {
  commit: "948ffd8cda71fe4fae820a4da7f17db745d15c09",
  path: "internal/ai/copilot.go",
});
const LEARNHOUSE = src("learnhouse/learnhouse", {
  commit: "6fcca07134068e708cacf0be994ba080c2749cd9",
  path: "apps/api/src/services/ai/rag/query_service.py",
});
const GLASS = src("pickle-com/glass", {
  commit: "71bc3dce7c92c31ffd0e68eb708f55b171f52a96",
  path: "src/features/ask/askService.js",
});
const AOMAIL = src("aomail-ai/aomail-app", {
  commit: "d5977a0eba391d3fc00b7281478f56d7331ea93c",
  path: "backend/aomail/ai_providers/prompts.py",
});
const HULY = src("hcengineering/platform", {
  commit: "32858aff1b15b584b06526200dcb4e6be23b0e05",
  path: "services/ai-bot/pod-ai-bot/src/utils/openai.ts",
});

const [EN, ES, JA, PL] = CONVERSATIONS_BLIND_95 as [
  (typeof CONVERSATIONS_BLIND_95)[0],
  (typeof CONVERSATIONS_BLIND_95)[0],
  (typeof CONVERSATIONS_BLIND_95)[0],
  (typeof CONVERSATIONS_BLIND_95)[0],
];
const task = "blind-95";

/** Copilot: the viewed conversation as a first user message, then the agent's own question. */
const copilot = (c: typeof EN, { ask, note }: { ask: string; note: string }): Negative => ({
  task,
  source: LIBREDESK,
  note,
  body: {
    model: MODEL,
    max_tokens: 1024,
    messages: [
      sys(P.LD_COPILOT),
      usr("Context - the conversation the agent is viewing:\n" + libredeskTranscript(c)),
      usr(ask),
    ],
  },
});

const LH_GENERAL =
  "You are a helpful, knowledgeable educational assistant. No specific course content was found for this question, but that's fine — answer the student's question using your general knowledge. Be thorough and helpful.";

/** pickle_glass_analysis with the meeting as the custom prompt; `{{CONVERSATION_HISTORY}}` stays unreplaced. */
const GLASS_ASK_PREFIX = P.GLASS_ANALYSIS_PREFIX.slice(0, -"\n-----\n\n".length);

export function buildBlind95Negatives(): Negative[] {
  return [
    copilot(ES, {
      ask:
        "¿Cuál es nuestra política si el cliente ya no tiene la caja original? Revisa la base de conocimiento.",
      note: "libredesk Copilot turn over a support conversation (Spanish)",
    }),
    copilot(EN, {
      ask: "Has this customer written to us before about the council bags?",
      note: "libredesk Copilot turn (English)",
    }),
    {
      task,
      source: LEARNHOUSE,
      note:
        "LearnHouse course assistant, general mode with no course hit: history and the student's next question",
      body: {
        model: MODEL,
        stream: true,
        messages: [sys(LH_GENERAL), ...toMessages(JA.turns), usr(JA.followUp)],
      },
    },
    {
      task,
      source: GLASS,
      note:
        "Glass ask window during the meeting (text-only form): the meeting lines as custom context, the user's request",
      body: {
        model: MODEL,
        stream: true,
        temperature: 0.7,
        max_tokens: 2048,
        messages: [
          sys(GLASS_ASK_PREFIX + glassLines(PL) + P.GLASS_ASK_SUFFIX),
          usr(`User Request: ${PL.followUp}`),
        ],
      },
    },
    {
      task,
      source: AOMAIL,
      note:
        "Aomail compose from the user's guideline (GENERATE_EMAIL_PROMPT), agent settings reconstructed (paraphrased wrapper, Spanish)",
      body: {
        model: MODEL,
        messages: [
          usr(pyFormat(P.AO_GENERATE_EMAIL, {
            agent_settings: "{'ai_template': '', 'email_example': ''}",
            length: "short",
            formality: "formal",
            language: "Spanish",
            input_data:
              "avisar a la tienda que devuelvo la cafetera rota mañana con la guía prepagada y pedir confirmación del reembolso",
            signature_instruction: P.AO_SIGNATURE_WITHOUT_CONTENT,
          })),
        ],
      },
    },
    {
      task,
      source: HULY,
      note:
        "Huly AI bot chat turn (createChatCompletionWithTools; tools not shown): history and the next question",
      body: {
        model: MODEL,
        messages: [
          sys(
            "Use tools if possible, don`t use previous information after success using tool for user request",
          ),
          ...toMessages(EN.turns),
          usr(EN.followUp),
        ],
      },
    },
    {
      task,
      note: "user asks a title for their own pasted text (English)",
      body: {
        model: MODEL,
        messages: [
          usr(
            "Give me a title for this notice I'm putting up in the hallway, nothing too formal:\n\nOn Saturday 12 April we are cleaning the river path from the footbridge to the weir. Gloves and bags provided, meet at 9:30 by the footbridge. Kids welcome with an adult.",
          ),
        ],
      },
    },
    {
      task,
      note: "user asks a summary of their own meeting notes (Polish)",
      body: {
        model: MODEL,
        messages: [
          usr(
            "Streść mi w trzech punktach moje notatki ze spotkania zespołu, wyślę je szefowej:\n\n- przenosimy kalendarz do Google do końca miesiąca\n- Kasia robi eksport z Outlooka w piątek\n- uprawnienia do usuwania tylko ja i Marek\n- klientów informujemy mailem, że zaproszenia mogą przyjść ponownie",
          ),
        ],
      },
    },
    {
      task,
      note: "user asks a summary of their own draft in a running chat (Japanese)",
      body: {
        model: MODEL,
        messages: [
          ...toMessages(JA.turns),
          usr(
            "発表の最後に読む原稿を書きました。これを2文に要約してください：\n空き家は地方だけの問題ではなく、相続をきっかけに誰にでも起こりうる問題です。自治体の空き家バンクや改修補助は成果を上げていますが、所有者が早めに相談できる窓口づくりが今後の鍵になると考えます。",
          ),
        ],
      },
    },
  ];
}
