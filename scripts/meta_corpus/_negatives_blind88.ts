/**
 * Blind round 88 hard negatives: the same clients' ordinary turns as they send them (a companion's neutral reply with
 * user memory, the text adventure's game-master turn, the QQ bot's reply generation, a BuddyGenAI persona chat, the
 * voice assistant's insight answer) and users asking those clients for a title or summary of their own text.
 */
import { CONVERSATIONS_BLIND_88 } from "./_conversations_blind88.ts";
import type { Conversation } from "./_conversations.ts";
import { asst, MODEL, sys, toMessages, usr } from "./_types.ts";
import type { Negative } from "./_negatives_pasted.ts";
import * as P from "./_prompts_blind88.ts";
import * as B from "./_blind88_fill.ts";

const at = (repo: string, { path, commit }: { path: string; commit: string }) => ({ repo, path, commit });
const conv = (i: number): Conversation => CONVERSATIONS_BLIND_88[i] as Conversation;

const PE = at("vijay-kshitij/personality-engine", {
  path: "baselineEngine.py",
  commit: "e7a6bde99693cab850875f7a7c53d29060707d0b",
});
/** baseline_reply(): BASELINE_PROMPT, the stored memory as json.dumps(indent=2), then the user's message. */
const MEMORY = { preferences: ["Prefers working early in the morning"], "emotional_patterns": [], facts: [] };
const baseline = (message: string) =>
  `\n${P.PE_BASELINE}\n\nUser memory:\n${JSON.stringify(MEMORY, null, 2)}\n\nUser message:\n${message}\n`;

const TA = at("snowbillr/llm-exploration", {
  path: "text-adventure/game_loop.py",
  commit: "f24b97aaa486073930828c7e10c4086e90ae8916",
});
/** game_loop.py `message`: the agents' notes and the last four messages as `role: content`. */
const gmContext = (c: Conversation) =>
  `\nNARRATIVE_CONTEXT:\n- ${
    [
      "Player reaches the edge of the Whispering Woods",
      "A carved warning reads 'Beware the Shadow in the Night'",
    ].join("\n- ")
  }\n\nCHARACTER_CONTEXT:\n['Old Brann, a one-eyed ferryman who distrusts strangers']\n\nINVENTORY_CONTEXT:\n\n\nLAST_MESSAGES:\n- ${
    c.turns.map((t) => `${t.role}: ${t.content}`).join("\n- ")
  }\n`;

const QQ = at("limolin234/QQbot", {
  path: "workflows/auto_reply.py",
  commit: "a7fc92f9366e87c00a5fc541a92b3687620863e7",
});
const BUDDY = at("parsehex/BuddyGenAI", {
  path: "src/lib/prompt/buddy.ts",
  commit: "cd71f17bbe2b12d89d14692aeba8cc6595b0b49a",
});
const CRED = at("vkg26/hackathon_cred", {
  path: "src/insight_provider.py",
  commit: "751a4f73d7ee2ea83a4802ff638c46b8f1711a66",
});
const CREDIT_CHUNK =
  "My credit score over the last six months has ranged from 782 to 794. It was 782 in November 2024 and peaked at 794 in April 2025. This reflects stable credit usage and consistent payments. My current credit utilization is 32.5%.";

const STORY =
  "Every Sunday my grandfather walked to the harbour with a paper bag of stale bread. He never fed the gulls; he fed the one grey heron that stood on the slipway like a retired teacher. When he died, the heron came to the slipway for three more Sundays, then never again.";
const NOTES_ES =
  "Reunión de la cooperativa, 4 de mayo: se aprobó comprar dos congeladores nuevos, Marta revisará precios antes del viernes, y la cuota mensual sube 50 pesos a partir de julio. Quedó pendiente decidir quién abre la tienda los lunes.";

export function buildBlind88Negatives(): Negative[] {
  return [
    {
      task: "companion-chat",
      source: PE,
      note: "personality-engine baseline reply, English",
      body: { model: MODEL, messages: [usr(baseline(conv(0).followUp))] },
    },
    {
      task: "pasted-summary",
      source: PE,
      note: "personality-engine: the user asks for a summary of their own meeting notes, Spanish",
      body: {
        model: MODEL,
        messages: [usr(baseline(`¿Me resumes estas notas en tres puntos?\n\n${NOTES_ES}`))],
      },
    },
    {
      task: "game-turn",
      source: TA,
      note:
        "text adventure game-master turn: system prompt, assistant-role context, the player's action, English",
      body: {
        model: MODEL,
        messages: [
          sys(P.TA_GM_SYSTEM),
          asst(gmContext(conv(0))),
          usr("I ask the ferryman whether he has seen anyone cross after dark."),
        ],
      },
    },
    {
      task: "group-reply",
      source: QQ,
      note: "QQ bot reply generation for a message aimed at the bot, Japanese conversation",
      body: {
        model: MODEL,
        messages: [sys(P.QQ_REPLY), usr(B.qqInput(conv(2), { current: `@bot ${conv(2).followUp}` }))],
      },
    },
    {
      task: "pasted-summary",
      source: QQ,
      note: "QQ bot reply generation: a member asks the bot to summarise text they pasted, Chinese",
      body: {
        model: MODEL,
        messages: [
          sys(P.QQ_REPLY),
          usr(
            B.qqInput(conv(1), {
              current:
                "@bot 帮我把这段话总结成一句：我们下周六在公园组织义卖，所有收入捐给流浪猫救助站，需要十个志愿者帮忙搬桌子和收钱。",
            }),
          ),
        ],
      },
    },
    {
      task: "companion-chat",
      source: BUDDY,
      note: "BuddyGenAI persona chat with the conversation and the next user message, Dutch",
      body: {
        model: MODEL,
        messages: [sys(B.BUDDY_PERSONA), ...toMessages(conv(3).turns), usr(conv(3).followUp)],
        max_tokens: 512,
      },
    },
    {
      task: "pasted-title",
      source: BUDDY,
      note: "BuddyGenAI persona chat: the user asks the buddy for a title for their own short story, English",
      body: {
        model: MODEL,
        messages: [
          sys(B.BUDDY_PERSONA),
          usr(`I wrote this little piece for my writing group. Can you think of a title?\n\n${STORY}`),
        ],
      },
    },
    {
      task: "rag-answer",
      source: CRED,
      note: "voice assistant insight answer with prior context and the retrieved chunk, English",
      body: {
        model: MODEL,
        messages: [
          sys("You are a helpful insights assistant."),
          usr(
            P.fill(P.CRED_ANSWER, {
              context_prompt: B.credContext(conv(0)),
              user_query: "how has my credit score changed since last November?",
              context: CREDIT_CHUNK,
            }),
          ),
        ],
      },
    },
  ];
}
