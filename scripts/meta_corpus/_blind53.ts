/**
 * Blind round 53: bots, assistants and companions with persona prompts that send housekeeping on their own, read
 * from their source and measured without changing the rules: Mantella's NPC memory summaries (Skyrim), mindcraft's
 * memory saving and respond-or-ignore check (Minecraft), Neuro's reflection memories (a VTuber), agnai's image
 * caption of the scene, ChatterUI's chat title, AI-Vtuber's Chinese image-prompt writer, QvQChat's Chinese reply
 * judges and memory extraction (a QQ group bot), Nexus Ark's Japanese summaries, matrix-agent's Discord judgement
 * and HerikaServer's diary summary; negatives in
 * `_negatives_blind53.ts`.
 */
import type { Conversation } from "./_conversations.ts";
import { MODEL, sys, type Template, toMessages, usr } from "./_types.ts";
import * as P from "./_prompts_blind53.ts";
import { at, CHAT, PERSONA, S } from "./_sources_blind53.ts";
import { QVQ_AND_NEXUS } from "./_blind53_qvq.ts";
import { BOTS } from "./_blind53_bots.ts";

export { buildBlind53Negatives } from "./_negatives_blind53.ts";

const lastUser = (c: Conversation) => [...c.turns].reverse().find((t) => t.role === "user")?.content ?? "";
/** Python's repr() of a str, as Mantella's f"{dictionary}" prints each message. */
const pyRepr = (text: string) => {
  const body = text.replaceAll("\\", "\\\\").replaceAll("\n", "\\n");
  return text.includes("'") && !text.includes('"') ? `"${body}"` : `'${body.replaceAll("'", "\\'")}'`;
};
/** Mantella message_thread.transform_to_dict_representation of the talk-only messages. */
const mantellaDicts = (c: Conversation) =>
  c.turns.map((t) => `{'role': '${t.role}', 'content': ${pyRepr(t.content)}}`).join("");
/** mindcraft stringifyTurns over history turns, the player's name prefixed by History.add. */
const mindcraftTurns = (c: Conversation) =>
  c.turns.map((t) => t.role === "user" ? `\nUser input: steve: ${t.content}` : `\nYour output:\n${t.content}`)
    .join("").trim();
/** mindcraft strictFormat turns the lone system message into a user message. */
const mindcraftOnly = (prompt: string) => [usr(`SYSTEM: ${prompt.trim()}`)];

export const BLIND53: Template[] = [
  {
    client: "Mantella",
    task: "memory",
    source: at(S.MANTELLA, "src/remember/summaries.py"),
    note:
      "memory_prompt (prompt_definitions.py) as the system message, the conversation as Python dict reprs in one user message; stop '***' not in the body type",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(P.fill(P.MANTELLA_MEMORY, {
          name: "Lydia",
          player_name: "Sigrun",
          game: "Skyrim",
          genders_and_races: "Lydia is a female Nord.",
          bios: `Lydia: ${PERSONA.lydia}`,
          conversation_summaries:
            "[Day 12, 4 in the afternoon]\nSigrun and Lydia cleared Bleak Falls Barrow together.\n\n",
          language: c.language,
        })),
        usr(mantellaDicts(c)),
      ],
    }),
  },
  {
    client: "Mantella",
    task: "summary",
    source: at(S.MANTELLA, "src/remember/summaries.py"),
    note:
      "resummarize_prompt when the summary file passes its token share: system prompt, the summaries as user",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(P.fill(P.MANTELLA_RESUMMARIZE, {
          name: "Lydia",
          player_name: "Sigrun",
          game: "Skyrim",
          language: c.language,
          gender: "female",
          race: "Nord",
        })),
        usr(
          `[Day 12, 4 in the afternoon]\nSigrun and Lydia cleared Bleak Falls Barrow together.\n\n[Day 14, 9 in the evening]\nSigrun asked Lydia: ${
            lastUser(c)
          }\n\n`,
        ),
      ],
    }),
  },
  {
    client: "mindcraft",
    task: "memory",
    source: at(S.MINDCRAFT, "src/models/prompter.js"),
    note:
      "promptMemSaving: profile saving_memory ($TO_SUMMARIZE = stringifyTurns) sent with no turns; gpt.js strictFormat makes it one 'SYSTEM: ' user message; stop '***'",
    build: (c) => ({
      model: MODEL,
      messages: mindcraftOnly(P.fill(P.MINDCRAFT_SAVING_MEMORY, {
        NAME: "andy",
        MEMORY: "steve is my friend. base is at the birch forest by spawn.",
        TO_SUMMARIZE: mindcraftTurns(c),
      }, { dollar: true })),
    }),
  },
  {
    client: "mindcraft",
    task: "classification",
    source: at(S.MINDCRAFT, "src/models/prompter.js"),
    note:
      "promptShouldRespondToBot: bot_responder with the history plus the new bot message as $TO_SUMMARIZE; respond or ignore",
    build: (c) => ({
      model: MODEL,
      messages: mindcraftOnly(P.fill(P.MINDCRAFT_BOT_RESPONDER, {
        NAME: "andy",
        ACTION: "Collecting oak logs",
        TO_SUMMARIZE: `${mindcraftTurns(c)}\nUser input: ${c.followUp}`,
      }, { dollar: true })),
    }),
  },
  {
    client: "Neuro (kimjammer)",
    task: "memory",
    source: at(S.NEURO, "modules/memory.py"),
    note:
      "every 20 messages: the chat as 'John: ...' lines plus MEMORY_PROMPT in one user message, max_tokens 200 (mode instruct, stop None)",
    build: (c) => ({
      model: MODEL,
      max_tokens: 200,
      messages: [
        usr(
          c.turns.map((t) => `${t.role === "user" ? "John" : "Luna"}: ${t.content}\n`).join("") +
            P.NEURO_MEMORY,
        ),
      ],
    }),
  },
  {
    client: "agnai",
    task: "image-prompt",
    source: at(S.AGNAI, "web/store/data/image.ts"),
    paraphrased: true,
    note:
      "getChatSummary for the image caption: the openai template parsed with the chat lines, sent by basicInference as kind 'plain' (one system message, chat-completion.ts)",
    build: (c) => ({
      model: MODEL,
      messages: [sys(
        P.AGNAI_IMAGE_SUMMARY.replace("{{personality}}", `Pip's personality: ${PERSONA.pip}`)
          .replace(
            "{{history}}",
            c.turns.map((t) => `${t.role === "user" ? "Sam" : "Pip"}: ${t.content}`).join("\n"),
          )
          .replace("{{ujb}}", ""),
      )],
    }),
  },
  {
    client: "ChatterUI",
    task: "title",
    source: at(S.CHATTERUI, "lib/engine/Inference.ts"),
    paraphrased: true,
    note:
      "titleGeneratorStream after the first reply: the whole chat context (system prompt from the default format) plus the title entry as a user message, genamt 50, streamed",
    build: (c) => ({
      model: MODEL,
      stream: true,
      max_tokens: 50,
      messages: [sys(CHAT.chatterSystem), ...toMessages(c.turns), usr(P.CHATTERUI_TITLE)],
    }),
  },
  {
    client: "AI-Vtuber (Ikaros-521)",
    task: "image-prompt",
    source: at(S.AIVTUBER, "utils/my_handle.py"),
    paraphrased: true,
    note:
      "a viewer's 画画 comment: sd.prompt_llm.before_prompt + comment to the chatgpt session (preset as system), stream, temperature 0.9",
    build: (c) => ({
      model: MODEL,
      stream: true,
      temperature: 0.9,
      max_tokens: 4096,
      messages: [sys(P.AIVT_PRESET), usr(P.AIVT_SD_BEFORE + CHAT.drawing[c.locale] + "")],
    }),
  },
  ...QVQ_AND_NEXUS,
  ...BOTS,
];
