/**
 * Blind round 70, jlyons210/botc: a Discord bot that decides on its own whether to join in; its reply decision,
 * grounding-query writer, user persona profile and image-request check, each sent with the channel history as
 * OpenAI messages carrying BotcMessage metadata and sanitised `name`s.
 */
import type { Conversation, Turn } from "./_conversations.ts";
import { MODEL, sys, type Template } from "./_types.ts";
import { botcMessages, people } from "./_blind70_fill.ts";

const at = (repo: string, { path, commit }: { path: string; commit: string }) => ({ repo, path, commit });
const BOTC = "36a4989d7aa18d1593a33795d810787706c975af";
/** jlyons210/botc Configuration.defaults.ts replyDecisionPrompt, `{{botName}}` replaced by the default "botc". */
const BOTC_REPLY_DECISION = [
  'This prompt is meant to only produce a "yes" or "no" response in back-end code. DO NOT ',
  "CONVERSE.\n\n",
  "This is a multi-user chat conversation. Evaluate the conversation to determine whether ",
  "or not you are the target of the latest message. `conversationTarget` should equal the ",
  "user or person that the latest message is addressing, not the name of the sender. ",
  "You should not reply every time a user sends a message.\n\n",
  "You SHOULD reply if:\n",
  '  1. You are addressed by your name, "botc", or\n',
  "  2. The latest responses are implicitly directed toward you, or\n",
  "  3. You are not specifically the target, but you have a unique perspective to add to\n",
  "     the conversation.\n\n",
  "Avoid responding if you have been responding frequently and other participants are ",
  "actively chatting. Avoid stringing conversations on for too long with a lot of ",
  "follow-up questions. If you have nothing to add, you should not reply.\n\n",
  'If your name is not "botc", you should not reply to messages that are directed at "botc".\n\n',
  "Are you going to respond to this message?\n",
  'Respond in JSON format: `{ "respondToUser": "[yes|no]", "reason": "[justification]", ',
  '"conversationTarget": "[conversationTarget]", "botIsAddressed": "true|false" }`.\n',
  "AGAIN, DO NOT CONVERSE. DO NOT USE MARKDOWN FORMATTING.",
].join("");
/** jlyons210/botc Botc.ts generateGroundingContext: the query writer for Brave's grounding API. */
const BOTC_GROUNDING_QUERY = [
  "Examine this conversation and identify any information gaps or questions that may need ",
  "up-to-date information from the internet to answer.\n ",
  "Do not summarize the conversation or include any information about the users. Instead, ",
  "respond only with a question or prompt that the Brave AI Grounding API can respond to ",
  "in order to augment the conversation.\n",
  "Include either the explicit date and time, or use reletave terms including or similar ",
  'to "today/tonight/yesterday" - but not both. Brave\'s API uses UTC and this confuses it.\n',
  "Do request a concise response because request and response tokens are expensive.\n",
  "When requesting information that may return international units of measure, be specific ",
  "in requesting US-based sources.\n",
].join("");

/** botc reads the channel up to the message that triggered it: a member's, so an ending bot turn gets the follow-up. */
function channel(c: Conversation): Turn[] {
  return c.turns.at(-1)?.role === "assistant" ? [...c.turns, { role: "user", content: c.followUp }] : c.turns;
}

export const BLIND70_BOTC: Template[] = [
  {
    client: "botc",
    task: "speaker",
    source: at("jlyons210/botc", { path: "src/Botc/Botc.ts", commit: BOTC }),
    note:
      "willReplyToMessage: replyDecisionPrompt (Configuration.defaults.ts) as the only system message, the channel history with BotcMessage metadata and sanitised names (the follow-up as the triggering message where the turns end with the bot)",
    build: (c) => ({ model: MODEL, messages: [sys(BOTC_REPLY_DECISION), ...botcMessages(c, channel(c))] }),
  },
  {
    client: "botc",
    task: "search-query",
    source: at("jlyons210/botc", { path: "src/Botc/Botc.ts", commit: BOTC }),
    note:
      "generateGroundingContext: the query-writer prompt replaces the system prompt, then the channel history",
    build: (c) => ({ model: MODEL, messages: [sys(BOTC_GROUNDING_QUERY), ...botcMessages(c, channel(c))] }),
  },
  {
    client: "botc",
    task: "memory",
    source: at("jlyons210/botc", { path: "src/Botc/Botc.ts", commit: BOTC }),
    note:
      "generateUserPersona: the author's guild history (their own messages only) after the persona instruction",
    build: (c) => {
      const mine = c.turns.filter((t) => t.role === "user");
      return {
        model: MODEL,
        messages: [
          sys(
            `Summarize the following messages to build a persona for the user ${
              people(c).handle.replace(/[^a-zA-Z0-9_-]/g, "-")
            }.`,
          ),
          ...botcMessages(c, mine),
        ],
      };
    },
  },
  {
    client: "botc",
    task: "classification",
    source: at("jlyons210/botc", { path: "src/Botc/Botc.ts", commit: BOTC }),
    note: "isImageGenerationPrompt: the yes/no question as system, the triggering message alone",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys('Is this message an image generation or image edit prompt? Respond with "yes" or "no".'),
        ...botcMessages(c, channel(c)).slice(-1),
      ],
    }),
  },
];
