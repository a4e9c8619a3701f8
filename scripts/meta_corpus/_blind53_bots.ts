/**
 * Blind round 53, two more bots: matrix-agent's Discord judgement (which action, or ignore, for the latest channel
 * message; AI SDK `generateText({ prompt })`, one user message) with its channel-reply turns as negatives, and
 * HerikaServer's diary summary of a packed stretch of the Skyrim companion's log, and Tau's (a Raspberry Pi companion)
 * short-term memory saver with its persona turn as a negative.
 */
import type { Conversation } from "./_conversations.ts";
import { MODEL, sys, type Template, toMessages, usr } from "./_types.ts";
import type { Negative } from "./_negatives_pasted.ts";
import * as P from "./_prompts_blind53.ts";
import { at, S } from "./_sources_blind53.ts";

/** Discord channel history as matrix-agent prints it: `${author.username}: ${content}`, oldest first. */
const channel = (c: Conversation, latest: string) =>
  [
    ...c.turns.map((t) => `${t.role === "user" ? "kiwi_dan" : "Sami"}: ${t.content}`),
    `kiwi_dan: ${latest}`,
  ].join("\n");
const MATRIX = at(S.MATRIX, "backend/src/discord/index.ts");
/** HerikaServer's $CLFORMAT, exactly as the PHP string holds it. */
const CLFORMAT = "\n Location: {} \n People: {} \n Mission: {}\n Summary: {}\n ";

const TAU_FACTS = "- The user's name is Sam.\n- Sam lives in Brisbane.";
const TAU_MEMORY = at(S.TAU, "TauLegacy/memory/memory_short_term.py");

export const BOTS: Template[] = [
  {
    client: "Tau (autonomous-intelligence)",
    task: "memory",
    source: TAU_MEMORY,
    note:
      "get_historical_facts: saver system prompt, the history as messages (openai_api_client.generate_response), the user file with <known_facts> filled; max_tokens 200",
    build: (c) => ({
      model: MODEL,
      max_tokens: 200,
      messages: [
        sys(P.TAU_SAVER_SYSTEM),
        ...toMessages(c.turns),
        usr(P.TAU_SAVER_USER.replace("<known_facts>", TAU_FACTS)),
      ],
    }),
  },
  {
    client: "matrix-agent (Sami)",
    task: "classification",
    source: MATRIX,
    note:
      "discordJudgementPrompt (prompts.ts) for every channel message: simpleReply, analysis, help or ignore as JSON; temperature 0.1",
    build: (c) => ({
      model: MODEL,
      temperature: 0.1,
      messages: [usr(P.fill(P.MATRIX_JUDGEMENT, { message: c.followUp, previous: channel(c, c.followUp) }))],
    }),
  },
  {
    client: "HerikaServer",
    task: "memory",
    source: at(S.HERIKA, "processor/postrequest.php"),
    paraphrased: true,
    note:
      "diary summary of a packed memory_summary row (packed message form reconstructed), FORCE_MAX_TOKENS 256, through the streaming connector",
    build: (c) => ({
      model: MODEL,
      stream: true,
      max_tokens: 256,
      messages: [usr(
        `write into Herika's diary a summary of this: \n[... ${
          c.turns.map((t) => `${t.role === "user" ? "Sigrun" : "Herika"}: ${t.content}`).join("\n")
        } ...]. \nUse this format:\n ${CLFORMAT}`,
      )],
    }),
  },
];

const reply = (c: Conversation, message: string) => ({
  model: MODEL,
  temperature: 0.2,
  messages: [usr(
    P.fill(P.MATRIX_REPLY, { message, username: "Kiwi Dan", previous: channel(c, message) }),
  )],
});

/** matrix-agent's simpleReply turn: the long Sami persona with the channel history inside the prompt. */
export const BOT_NEGATIVES = (conversations: { en: Conversation; es: Conversation }): Negative[] => [
  {
    task: "blind-53",
    source: at(S.TAU, "TauLegacy/prompts/tau/tau.system.md"),
    note: "Tau turn: persona with its known facts, history, the user's quoted speech (English)",
    body: {
      model: MODEL,

      messages: [
        sys(P.TAU_SYSTEM.replace("{{direct_knowledge}}", TAU_FACTS)),
        ...toMessages(conversations.en.turns),
        usr(`"${conversations.en.followUp}"`),
      ],
    },
  },
  {
    task: "blind-53",
    source: MATRIX,
    note:
      "matrix-agent channel reply: Sami persona, channel history in the prompt, a short message (English)",
    body: reply(conversations.en, "sami what do you reckon, sandpit or not?"),
  },
  {
    task: "blind-53",
    source: MATRIX,
    note: "matrix-agent channel reply, the user asks Sami to title their own thread post (Spanish)",
    body: reply(
      conversations.es,
      "Sami, ponle un título corto a mi post: «Vendo mi colección de monedas de plata de los 80, buen estado, entrego en Puebla»",
    ),
  },
];
