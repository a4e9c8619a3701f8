/**
 * Blind round 83 hard negatives: the same clients' ordinary turns as they send them (tutor chat, coach phase
 * prompt, Think's sidebar chat, the forum workshop, an Obsidian chat note, Lively's small talk) and users asking
 * for a title or summary of their own text, in the round's four languages.
 */
import type { Conversation } from "./_conversations.ts";
import { CONVERSATIONS_BLIND_83 } from "./_conversations_blind83.ts";
import { MODEL, sys, toMessages, usr } from "./_types.ts";
import type { Negative } from "./_negatives_pasted.ts";
import * as P from "./_prompts_blind83.ts";

/** ThinkFoundation/ThinkOS-Client backend/app/services/ai/client.py `SYSTEM_PROMPT`. */
export const THINK_SYSTEM =
  'You are Think, a friendly personal assistant with access to the user\'s saved memories and notes. You help them recall information, answer questions, and have natural conversations.\n\nWhen context from their memories is provided, use it naturally to inform your responses without explicitly mentioning "your saved article" or "your memories" - just incorporate the knowledge seamlessly.\n\nKeep responses conversational and concise. Be helpful and warm, like a knowledgeable friend.';

/** The web page the sidebar chat is about (ThinkOS passes the tab's title). */
export function pageTitle(c: Conversation): string {
  const pages: Record<string, string> = {
    English: "Nucleophilic substitution - Wikipedia",
    German: "Besprechungen effizient leiten – So gelingt es | karriere.at",
    Chinese: "如何坚持写感恩日记？ - 知乎",
    Portuguese: "Como montar uma escala de trabalho | Sebrae",
  };
  return pages[c.language] ?? c.language;
}

/** parkcarol/aitutor app/api/chat/route.ts system prompt with the route's default context. */
const TUTOR_CHAT =
  "You are a tutor for a high school student. Make sure you guide the student and keep your content consise. Challenge the student by asking them questions to get them to the right answer, and give hints if they seem confused or frustrated. Never give them information without prompting them with a follow up question to test their knowledge of the concept. When you want to add a line break, use '<br />' (with spaces) instead of just '<br>'.\n        Subject: Physics\n        Topic: Motion and Force\n        Chapter: Motion in the context of a vacuum\n        Grade Level: Grade 9\n        Learning Objectives: Basic definitions of motion, force, Motion in the context of space, Definitions of force, relationship between force and motion";

const src = (repo: string, path: string, { commit }: { commit: string }) => ({ repo, path, commit });
const [EN, DE, ZH, PT] = CONVERSATIONS_BLIND_83 as [Conversation, Conversation, Conversation, Conversation];
const history = (c: Conversation) => toMessages(c.turns);

export function buildBlind83NegativeList(): Negative[] {
  return [
    {
      task: "blind-83",
      source: src("parkcarol/aitutor", "app/api/chat/route.ts", {
        commit: "061485bcf8ac96a7b20a1626ffc7b883b944f683",
      }),
      note: "tutor chat turn, English",
      body: {
        model: MODEL,
        messages: [
          sys(TUTOR_CHAT),
          usr("If I drop a hammer and a feather on the Moon, which one lands first?"),
        ],
        stream: true,
      },
    },
    {
      task: "blind-83",
      source: src("parkcarol/aitutor", "app/api/chat/route.ts", {
        commit: "061485bcf8ac96a7b20a1626ffc7b883b944f683",
      }),
      note: "student asks for a summary of their own notes in the tutor chat, English",
      body: {
        model: MODEL,
        messages: [
          sys(TUTOR_CHAT),
          usr(
            "Can you summarize my notes in two sentences? Newton's first law: an object keeps its velocity unless a net force acts on it. Second law: F = ma. Third law: every action has an equal and opposite reaction.",
          ),
        ],
        stream: true,
      },
    },
    {
      task: "blind-83",
      source: src(
        "Discovita/dev-coach",
        "server/services/prompt_manager/prompts/phases/get_to_know_you.md",
        { commit: "11560368d756bea7afc6782cb04fd8040d517a56" },
      ),
      note: "coaching chat turn in the get-to-know-you phase, English",
      body: {
        model: MODEL,
        messages: [
          sys(P.DEVCOACH_GTKY.replaceAll("{user_name}", "Aoife")),
          usr("I grew up in Galway, the youngest of four, and I've been a nurse for twelve years."),
        ],
      },
    },
    {
      task: "blind-83",
      source: src(
        "ThinkFoundation/ThinkOS-Client",
        "backend/app/services/ai/client.py",
        { commit: "5ac2ffae2d3d8b6e9fada05a156336223b5edeb0" },
      ),
      note: "Think sidebar chat with history and the next question, German",
      body: {
        model: MODEL,
        messages: [
          sys(`${THINK_SYSTEM}\n\nContext:\nPage: ${pageTitle(DE)}`),
          ...history(DE),
          usr(DE.followUp),
        ],
        stream: true,
      },
    },
    {
      task: "blind-83",
      source: src(
        "waiscodes/ethereum-forum",
        "app/src/modules/workshop/prompts/workshop.md",
        { commit: "2b04334e565002cfb3d6e63e18b87c3607197f92" },
      ),
      note: "workshop research question, English",
      body: {
        model: MODEL,
        messages: [
          sys(P.ETH_WORKSHOP),
          usr("What were the main objections to EIP-7702 raised on Ethereum Magicians, and who raised them?"),
        ],
        stream: true,
      },
    },
    {
      task: "blind-83",
      source: src(
        "aarons/obsidian-simple-note-chat",
        "src/FileSystemService.ts",
        { commit: "6e107307b3725aaec15e42b06b3384b2cbfb9972" },
      ),
      note: "chat note sent as alternating messages, Portuguese",
      body: { model: MODEL, messages: [...history(PT), usr(PT.followUp)], stream: true },
    },
    {
      task: "blind-83",
      source: src(
        "sketchius/lively",
        "functions/chat/chatHandler.js",
        { commit: "705e6a31a3d0318070afda56627159dc3b2ec93b" },
      ),
      note: "Lively small talk after classification said chat, English",
      body: { model: MODEL, messages: [sys(P.LIVELY_CHAT), usr("Good morning! How are you today?")] },
    },
    {
      task: "blind-83",
      source: src(
        "DejusDevspace/Personal-Leaning-Assistant-Q-A-Conversational-Chatbot",
        "utils/prompts.py",
        { commit: "326d7b18e14eb827abb13ea750ec7c741aa61c98" },
      ),
      note: "RAG answer over the student's notes, Portuguese question",
      body: {
        model: MODEL,
        messages: [
          sys(
            P.DEJUS_RAG.replace(
              "{context}",
              "Aula 4 – Fotossíntese: a fase clara ocorre nos tilacoides e produz ATP e NADPH; a fase escura (ciclo de Calvin) ocorre no estroma e fixa CO2.",
            ).replace("{input}", "Onde acontece o ciclo de Calvin e o que ele produz?"),
          ),
        ],
      },
    },
    {
      task: "blind-83",
      note: "user asks for a title for their own journal entry, Chinese",
      body: {
        model: MODEL,
        messages: [
          usr(
            "帮我给今天的日记起个标题：今天下班路上下了大雨，一个陌生人把伞借给我，自己跑去了地铁站。回家后妈妈做了我最爱吃的红烧肉。",
          ),
        ],
        stream: true,
      },
    },
    {
      task: "blind-83",
      note: "user asks for a summary of their own meeting notes, German",
      body: {
        model: MODEL,
        messages: [
          usr(
            "Fass mir bitte meine Notizen in drei Stichpunkten zusammen: Frau Berger übernimmt ab März die Lohnverrechnung, die Jahresabschlüsse sollen bis 15. Mai fertig sein, und wir stellen eine Teilzeitkraft für das Sekretariat ein.",
          ),
        ],
        stream: true,
      },
    },
    {
      task: "blind-83",
      note: "follow-up question in a study chat, English",
      body: { model: MODEL, messages: [...history(EN), usr(EN.followUp)], stream: true },
    },
    {
      task: "blind-83",
      note: "follow-up question in a journaling chat, Chinese",
      body: { model: MODEL, messages: [...history(ZH), usr(ZH.followUp)], stream: true },
    },
  ];
}
