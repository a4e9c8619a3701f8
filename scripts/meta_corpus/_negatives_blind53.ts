/**
 * Blind round 53 hard negatives: the same bots' and companions' ordinary turns as they send them (Mantella's NPC
 * prompt, mindcraft's conversing prompt, Neuro's single-prompt stream turn, MuiceBot's persona, AI-Vtuber's preset,
 * QvQChat's dialogue prompt, a ChatterUI card) with a person's short message, and people asking the bot to summarise
 * or title their own text.
 */
import type { Conversation } from "./_conversations.ts";
import { CONVERSATIONS_BLIND_53 } from "./_conversations_blind53.ts";
import { MODEL, type Source, sys, toMessages, usr, type WireMessage } from "./_types.ts";
import type { Negative } from "./_negatives_pasted.ts";
import * as P from "./_prompts_blind53.ts";
import { at, CHAT, PERSONA, S } from "./_sources_blind53.ts";
import { BOT_NEGATIVES } from "./_blind53_bots.ts";

const conv = (i: number): Conversation => {
  const conversation = CONVERSATIONS_BLIND_53[i];
  if (!conversation) throw new Error(`no sample conversation ${i}`);
  return conversation;
};
const [EN, ES, ZH, KO] = [conv(0), conv(1), conv(2), conv(3)];
const TASK = "blind-53";

/** Mantella's Skyrim prompt for Lydia and Sigrun (values as the game sends them, shortened bio). */
const skyrim = (language: string) =>
  P.fill(P.MANTELLA_SKYRIM, {
    name: "Lydia",
    gender: "female",
    race: "Nord",
    player_name: "Sigrun",
    player_gender: "female",
    player_race: "Breton",
    player_equipment: "is wearing",
    equipment: "steel armor and a hide shield.",
    bio: PERSONA.lydia,
    conversation_summary:
      "[Day 12, 4 in the afternoon]\nSigrun and Lydia cleared Bleak Falls Barrow together.",
    location: "Breezehome",
    time: "9",
    time_group: "in the evening",
    current_day: "14",
    weather: "It is snowing.",
    actions: "",
    language,
  });
/** mindcraft: the conversing prompt (stats, inventory, docs and examples shortened) merged with the player's line. */
const mindcraft = (line: string) =>
  usr(
    `SYSTEM: ${
      P.fill(P.MINDCRAFT_CONVERSING, {
        NAME: "andy",
        SELF_PROMPT: "",
        MEMORY: "steve is my friend. base is at the birch forest by spawn.",
        STATS: "STATS\n- Position: x: 102.5, y: 64, z: -33.1\n- Health: 20 / 20\n- Hunger: 18 / 20",
        INVENTORY: "INVENTORY\n- oak_log: 12\n- dirt: 40",
        COMMAND_DOCS:
          "*COMMAND DOCS\n!stop: Force stop all actions and commands that are currently executing.\n*",
        EXAMPLES:
          "Examples of how to respond:\nExample 1:\nUser input: miner_32: Hey! What are you up to?\nYour output:\nNothing much miner_32, what do you need?",
      }, { dollar: true }).trim()
    }\n${line}`,
  );
const neuro = (c: Conversation, extra: string) =>
  P.NEURO_SYSTEM + c.turns.map((t) => `${t.role === "user" ? "John" : "Luna"}: ${t.content}\n`).join("") +
  `John: ${extra}\n` + "Luna: ";
const qvqSystem = "你是一个真实的普通人，不是AI助手。\n\n" + P.QVQ_DIALOGUE;
const chatter = (messages: WireMessage[]) => ({
  model: MODEL,
  stream: true,
  messages: [sys(CHAT.chatterSystem), ...messages],
});
/** One negative: where its client prompt was read and what the turn is, then the body. */
const neg = ([source, note]: [Source, string], body: Negative["body"]): Negative => ({
  task: TASK,
  source,
  note,
  body,
});
const MANTELLA = at(S.MANTELLA, "src/config/definitions/prompt_definitions.py");
const MINDCRAFT = at(S.MINDCRAFT, "profiles/defaults/_default.json");
const NEURO = at(S.NEURO, "llmWrappers/abstractLLMWrapper.py");
const MUICE = at(S.MUICE, "muicebot/builtin_templates/Muice.jinja2");
const AIVT = at(S.AIVTUBER, "config.json");
const QVQ = at(S.QVQ, "QvQChat/Core.py");
const CHATTER = at(S.CHATTERUI, "lib/engine/API/ContextBuilder.ts");

export function buildBlind53Negatives(): Negative[] {
  return [
    neg([MANTELLA, "Mantella NPC turn: Skyrim prompt and the player's short line (English)"], {
      model: MODEL,
      stream: true,
      messages: [sys(skyrim("English")), usr("Lydia, wait here while I talk to the Jarl.")],
    }),
    neg([MANTELLA, "Mantella NPC turn, the player asks Lydia to sum up what she saw (English)"], {
      model: MODEL,
      stream: true,
      messages: [
        sys(skyrim("English")),
        usr("Sum up what we found in that barrow for the Jarl, in two sentences."),
      ],
    }),
    neg([MANTELLA, "Mantella NPC turn with history, Spanish language setting (Spanish)"], {
      model: MODEL,
      stream: true,
      messages: [sys(skyrim("Spanish")), usr("Lydia, ¿tienes hambre?"), {
        role: "assistant",
        content: "Siempre, mi señora. Pero primero la guardia.",
      }, usr("Entonces vamos a la taberna después.")],
    }),
    neg([MINDCRAFT, "mindcraft conversing turn, a player's request (English)"], {
      model: MODEL,
      messages: [mindcraft("steve: andy come help me build a dirt hut before night")],
    }),
    neg([MINDCRAFT, "mindcraft conversing turn, the player asks a summary of their own plan (English)"], {
      model: MODEL,
      messages: [
        mindcraft(
          "steve: summarize my plan in one line: wood first, then a furnace, then the iron at the ravine",
        ),
      ],
    }),
    neg([NEURO, "Neuro stream turn: system prompt, chat lines and 'Luna: ' in one user message (English)"], {
      model: MODEL,
      stream: true,
      max_tokens: 200,
      messages: [usr(neuro(EN, EN.followUp))],
    }),
    neg([NEURO, "Neuro stream turn, John asks Luna for a title for his own clip (English)"], {
      model: MODEL,
      stream: true,
      max_tokens: 200,
      messages: [
        usr(neuro(EN, "give me a title for the clip where you roasted my veggie garden, something short")),
      ],
    }),
    neg([MUICE, "MuiceBot group turn: Muice persona, history, a member's message (Chinese)"], {
      model: MODEL,
      messages: [sys(P.MUICE_GROUP), ...toMessages(ZH.turns), usr(`<阿杰> ${ZH.followUp}`)],
    }),
    neg([MUICE, "MuiceBot private chat, the user asks a one-line summary of their own diary (Chinese)"], {
      model: MODEL,
      messages: [
        sys(P.MUICE_PRIVATE),
        usr(
          "帮我把这段日记总结成一句话：今天加班到九点，回家发现猫把纸巾全拆了，但它蹭我的时候我又气不起来。",
        ),
      ],
    }),
    neg([AIVT, "AI-Vtuber live comment: preset system prompt and 请简要回复: + the comment (Chinese)"], {
      model: MODEL,
      stream: true,
      temperature: 0.9,
      max_tokens: 4096,
      messages: [sys(P.AIVT_PRESET), usr(P.AIVT_BEFORE + "主播晚上好，今天吃了什么呀")],
    }),
    neg([AIVT, "AI-Vtuber live comment, a viewer asks a title for their own poem (Chinese)"], {
      model: MODEL,
      stream: true,
      temperature: 0.9,
      max_tokens: 4096,
      messages: [sys(P.AIVT_PRESET), usr(P.AIVT_BEFORE + "帮我这首小诗起个标题：月亮挂在窗台，猫在等我回来")],
    }),
    neg([QVQ, "QvQChat group dialogue: default persona and rules, history, the newest message (Chinese)"], {
      model: MODEL,
      temperature: 0.7,
      max_tokens: 500,
      messages: [sys(qvqSystem), ...toMessages(ZH.turns), usr(ZH.followUp)],
    }),
    neg([QVQ, "QvQChat group dialogue, a member asks a summary of the notice they wrote (Chinese)"], {
      model: MODEL,
      temperature: 0.7,
      max_tokens: 500,
      messages: [
        sys(qvqSystem),
        usr("@小Q 帮我总结下我写的群公告：本周六下午两点在老地方集合，自带水，迟到的请奶茶。"),
      ],
    }),
    neg(
      [CHATTER, "ChatterUI turn: card system prompt, history, the next message (English)"],
      chatter([
        ...toMessages(EN.turns),
        usr(EN.followUp),
      ]),
    ),
    neg(
      [CHATTER, "ChatterUI turn, the user asks a title for their own short story (English)"],
      chatter([
        usr(
          "Can you give my short story a title? 'The dog waited at the gate every evening until the last bus came.'",
        ),
      ]),
    ),
    neg(
      [CHATTER, "ChatterUI turn with history (Korean)"],
      chatter([...toMessages(KO.turns), usr(KO.followUp)]),
    ),
    neg(
      [CHATTER, "ChatterUI turn, the user asks a summary of their own invitation (Spanish)"],
      chatter([
        ...toMessages(ES.turns),
        usr(
          "Resúmeme en una línea la invitación que escribí: «Querida familia, el 15 de marzo celebramos los 90 años de la abuela Chela en el patio del tío Beto, a las 2 de la tarde. ¡Traigan hambre!»",
        ),
      ]),
    ),
    ...BOT_NEGATIVES({ en: EN, es: ES }),
  ];
}
