/** Hard negatives written by hand: real user turns that ask for a title or a summary, or about a pasted chat log. */
import { CONVERSATIONS } from "./_conversations.ts";
import { BOT_LOGS, CHAT_LOGS, PASTED_TEXTS } from "./_texts.ts";
import { type ChatBody, MODEL, type Source, sys, toMessages, usr } from "./_types.ts";

/** A negative: what the user sent, and the category it tests. */
export interface Negative {
  task: string;
  body: ChatBody;
  /** Where the client template the user turn was sent in was read (rounds that record it). */
  source?: Source;
  /** What kind of turn it is and in which language (rounds that record it). */
  note?: string;
}

const TITLE_ASKS: Array<(text: string) => string> = [
  (t) => `Can you suggest a catchy title for this article?\n\n${t}`,
  (t) => `${t}\n\nGive me 5 headline options for this, max 8 words each.`,
  (t) => `I wrote this for our newsletter. What would be a good title? Only output the title.\n\n"""${t}"""`,
  (t) => `title for this pls:\n${t}`,
  (t) => `Schlag mir bitte eine kurze Überschrift für diesen Text vor:\n\n${t}`,
  (t) => `Here is my blog post draft. Suggest a title and a subtitle, and explain why they work.\n\n${t}`,
  (t) => `Write an SEO title (under 60 characters) and a meta description for this page:\n\n${t}`,
  (t) => `${t}\n\nWhat is this text about, in three words?`,
];

const SUMMARY_ASKS: Array<(text: string) => string> = [
  (t) => `Summarize this in 3 bullet points:\n\n${t}`,
  (t) => `TL;DR?\n\n${t}`,
  (t) => `My boss sent me this, can you summarize it in one sentence and tell me what I need to do?\n\n${t}`,
  (t) => `Résume ce texte en 50 mots maximum :\n\n${t}`,
  (t) =>
    `Please write a short summary of the following for a newsletter, keep it under 40 words and only output the summary.\n\n${t}`,
  (t) => `${t}\n\nexplain this like I'm five`,
  (t) => `Can you condense this into a tweet?\n\n${t}`,
  (t) => `Fasse den folgenden Text in zwei Sätzen zusammen:\n\n${t}`,
];

const LOG_ASKS: Array<(log: string) => string> = [
  (l) => `Here's our group chat:\n\n${l}\n\nWho is bringing what?`,
  (l) => `${l}\n\nWas I being rude in this conversation?`,
  (l) => `Can you summarize this chat for my notes?\n\n${l}`,
  (l) => `I had this exchange yesterday:\n${l}\n\nHow should I reply now? Draft a polite message.`,
  (l) => `Summarize this thread in two sentences for someone who missed it:\n\n${l}`,
  (l) => `${l}\n\nWhat did we agree on in the end?`,
  (l) => `Translate this conversation into Spanish:\n\n${l}`,
];

/** Real chat apps stream user turns; some users set a model to non-streaming, some send max_tokens. */
function toUserBody(
  content: string,
  { index, history = false }: { index: number; history?: boolean },
): ChatBody {
  const messages = history
    ? [...toMessages((CONVERSATIONS[index % CONVERSATIONS.length]?.turns ?? []).slice(0, 2)), usr(content)]
    : [usr(content)];
  if (index % 5 === 1) messages.unshift(sys("You are a helpful assistant."));
  const body: ChatBody = { model: MODEL, messages, stream: index % 4 !== 3 };
  if (index % 6 === 2) body.max_tokens = index % 12 === 2 ? 256 : 2048;
  return body;
}

export function buildPastedNegatives(): Negative[] {
  const negatives: Negative[] = [];
  for (let i = 0; i < 25; i++) {
    const ask = TITLE_ASKS[i % TITLE_ASKS.length] as (text: string) => string;
    negatives.push({
      task: "pasted-title",
      body: toUserBody(ask(PASTED_TEXTS[i % PASTED_TEXTS.length] ?? ""), { index: i, history: i % 7 === 5 }),
    });
  }
  for (let i = 0; i < 25; i++) {
    const ask = SUMMARY_ASKS[i % SUMMARY_ASKS.length] as (text: string) => string;
    const text = PASTED_TEXTS[(i + 3) % PASTED_TEXTS.length] ?? "";
    negatives.push({
      task: "pasted-summary",
      body: toUserBody(ask(text), { index: i + 1, history: i % 6 === 4 }),
    });
  }
  for (let i = 0; i < 25; i++) {
    const ask = LOG_ASKS[i % LOG_ASKS.length] as (log: string) => string;
    negatives.push({
      task: "chat-log",
      body: toUserBody(ask(CHAT_LOGS[i % CHAT_LOGS.length] ?? ""), { index: i + 2 }),
    });
  }
  return negatives;
}

const BOT_LOG_ASKS: Array<(log: string) => string> = [
  (l) =>
    `Here's a transcript from our support bot:\n\n${l}\n\nWhy is the bot's answer about the policy wrong, and how do I fix the prompt?`,
  (l) => `Summarize this conversation between me and the bot in 3 bullet points:\n\n${l}`,
  (l) => `${l}\n\nRate the assistant's answers from 1 to 10 and explain.`,
  (l) => `Give this conversation a short title for our QA spreadsheet:\n${l}`,
];

/** A user pasting a bot or API transcript (generic role labels) and asking about it. */
export function buildBotLogNegatives(): Negative[] {
  return Array.from({ length: 8 }, (_, i) => ({
    task: "chat-log",
    body: toUserBody(
      (BOT_LOG_ASKS[i % BOT_LOG_ASKS.length] as (log: string) => string)(BOT_LOGS[i % BOT_LOGS.length] ?? ""),
      { index: i },
    ),
  }));
}

const IN_CHAT_ASKS = [
  "can you summarize what we discussed so far?",
  "Give this chat a title I can save it under.",
  "what else should I ask you about this?",
  "Summarize our conversation in 3 bullet points please.",
  "Kannst du das Ganze kurz zusammenfassen?",
  "ok, and what would you search on Google to learn more about this?",
  "make me a short recap of everything above",
  "Résume notre échange en une phrase.",
  "Which emoji fits this conversation best? 😄",
  "List the key takeaways from this chat.",
];

/** A user asking, inside the chat itself, for a summary or title of that same chat. */
export function buildInChatNegatives(): Negative[] {
  return IN_CHAT_ASKS.map((ask, i) => ({
    task: "in-chat",
    body: {
      model: MODEL,
      messages: [...toMessages(CONVERSATIONS[i % CONVERSATIONS.length]?.turns ?? []), usr(ask)],
      stream: i % 3 !== 2,
    },
  }));
}
