/**
 * Clients read only after the structural rules were frozen (commit 41675b3): chat front-ends' and agent
 * frameworks' titles and running summaries, and two of them as users run them in German and Japanese
 * (translated by hand after the freeze). No phrase of theirs is known; nothing was tuned to them.
 */
import { firstExchange, MODEL, sys, type Template, toLines, toMessages, usr } from "./_types.ts";

const source = (repo: string, { path, commit }: { path: string; commit: string }) => ({ repo, path, commit });
const AIKIT = source("gravity-ui/aikit", {
  path: "src/server/openai/consts.ts",
  commit: "92c4d8e26b67ba8c3112d83c4c95f9eca14ce230",
});
const AIFY = source("Aify-Studio/aify-studio", {
  path: "src/main/api/infra/ai/prompts.ts",
  commit: "663ba851c63377492b7b14eb180213a71521fba9",
});
const SAM = source("scottstts/Simple-Agent-Memory", {
  path: "src/simple_agent_memory/prompts/summarization.py",
  commit: "de404fcc64edada2611b82a527ec1e134846eba4",
});
const AGYN = source("agynio/platform", {
  path: "docs/summarization.md",
  commit: "f6ac7bc1f967b17cb11f130d55bcd14c5986be6e",
});
const N8N = source("n8n-io/n8n", {
  path: "packages/cli/src/modules/chat-hub/chat-hub.constants.ts",
  commit: "af7ca72dab2aa40fcdf4f5d7bab1ad127c5d1c9f",
});
const APBOTS = source("LESSEN-Project/AP-Bots", {
  path: "AP_Bots/app/app_prompts.py",
  commit: "2f010a16d080979da1a1a1a53162e50d62a34393",
});
const SPEED = source("anmol7470/speed-chat", {
  path: "lib/ai/prompts.ts",
  commit: "4aa894586f1c9591e2d1f846ce79150462350256",
});

const AIKIT_TITLE =
  'You are a helpful assistant that creates concise, descriptive titles for conversations.\nYour task is to analyze the conversation and generate a short title (3-7 words) that captures the main topic or question.\nRules:\n- Be specific and descriptive\n- Use the language of the conversation\n- Focus on the main topic or question\n- Keep it concise (3-7 words)\n- Don\'t use quotes or special formatting\n- Don\'t add prefixes like "Question about", "Problem with", "How to"\n- Just return the title, nothing else';
const AIFY_TITLE =
  'Generate a very short chat title (2-5 words max) based on the user\'s message.\nRules:\n- Maximum 30 characters\n- No quotes, colons, hashtags, or markdown\n- Just the topic/intent, not a full sentence\n- If the message is a greeting like "hi" or "hello", respond with just "New conversation"\n- Be concise: "Weather in NYC" not "User asking about the weather in New York City"';
const SAM_COMPRESS = (items: string) =>
  `Compress these memory items into a concise summary.\nPreserve all important facts but eliminate redundancy.\n\nItems:\n${items}\n\nReturn a markdown summary that captures the essential information.\nNo preamble, no explanation — just the summary.`;
const AGYN_SYSTEM =
  "You update a running summary of a conversation. Keep key facts, goals, decisions, constraints, names, deadlines, and follow-ups. Be concise; use compact sentences; omit chit-chat.";
const N8N_TITLE =
  "Generate a concise, descriptive title for this conversation based on the user's message.\n\nRequirements:\n- 3 to 5 words\n- Use normal sentence case (not title case)\n- No quotation marks\n- Only output the title, nothing else\n- Use the same language as the user's message\n";
const N8N_TITLE_DE =
  "Erstelle einen knappen, aussagekräftigen Titel für diese Unterhaltung auf Grundlage der Nachricht des Nutzers.\n\nAnforderungen:\n- 3 bis 5 Wörter\n- Keine Anführungszeichen\n- Gib nur den Titel aus, sonst nichts\n- Verwende die Sprache der Nachricht des Nutzers\n";
const AGYN_SYSTEM_JA =
  "あなたは会話の要約を更新します。重要な事実、目標、決定事項、制約、名前、期限を残してください。簡潔に書き、雑談は省いてください。";
const SPEED_TITLE =
  "Generate a concise title (5-6 words max) that captures the main topic of this conversation based on the user's message.\n\nRules:\n- Maximum 5 words\n- No punctuation\n- Descriptive and specific\n- Use title case\n\nReturn only the title, nothing else.";

const agynAsk = (older: string) =>
  `Previous summary: (none)\nFold in the following messages:\n${older}\nReturn only the updated summary.`;

export const BLIND_AFTER_FREEZE: Template[] = [
  {
    client: "gravity-ui aikit",
    task: "title",
    source: AIKIT,
    note: "system prompt, then the conversation as messages",
    build: (c) => ({ model: MODEL, messages: [sys(AIKIT_TITLE), ...toMessages(c.turns)] }),
  },
  {
    client: "Aify Studio",
    task: "title",
    source: AIFY,
    note: "system prompt, the user's first message as the user turn",
    build: (c) => ({
      model: MODEL,
      messages: [sys(AIFY_TITLE), usr(firstExchange(c).question)],
      stream: true,
    }),
  },
  {
    client: "Simple Agent Memory",
    task: "memory",
    source: SAM,
    note: "COMPRESS_MEMORIES with the conversation's facts as items",
    build: (c) => ({
      model: MODEL,
      messages: [usr(SAM_COMPRESS(c.turns.map((turn) => `- ${turn.content}`).join("\n")))],
    }),
  },
  {
    client: "agyn platform",
    task: "summary",
    source: AGYN,
    paraphrased: true,
    note: "SummarizationNode as the doc describes it: a system prompt and one human message",
    build: (c) => ({
      model: MODEL,
      messages: [sys(AGYN_SYSTEM), usr(agynAsk(toLines(c.turns, { user: "human", assistant: "ai" })))],
    }),
  },
  {
    client: "agyn platform",
    task: "summary",
    source: AGYN,
    paraphrased: true,
    note: "the same in Japanese (translated after the freeze)",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(AGYN_SYSTEM_JA),
        usr(
          `これまでの要約: (なし)\n次のメッセージを取り込んでください:\n${
            toLines(c.turns, { user: "human", assistant: "ai" })
          }\n更新した要約のみを返してください。`,
        ),
      ],
    }),
  },
  {
    client: "n8n chat hub",
    task: "title",
    source: N8N,
    note: "system prompt, the user's first message",
    build: (c) => ({
      model: MODEL,
      messages: [sys(N8N_TITLE), usr(firstExchange(c).question)],
      stream: false,
    }),
  },
  {
    client: "n8n chat hub",
    task: "title",
    source: N8N,
    paraphrased: true,
    note: "the same in German (translated after the freeze)",
    build: (c) => ({ model: MODEL, messages: [sys(N8N_TITLE_DE), usr(firstExchange(c).question)] }),
  },
  {
    client: "AP-Bots",
    task: "title",
    source: APBOTS,
    note: "conv_title_prompt: one user message with the conversation appended",
    build: (c) => ({
      model: MODEL,
      messages: [
        usr(
          `Find a concise title for a conversation between a user and an assistant. Don't output anything except the title. Make it shorter than 7 words.\n${
            toLines(c.turns, { user: "User", assistant: "Assistant" })
          }`,
        ),
      ],
    }),
  },
  {
    client: "speed-chat",
    task: "title",
    source: SPEED,
    note: "titleGenPrompt as system, the user's message",
    build: (c) => ({
      model: MODEL,
      messages: [sys(SPEED_TITLE), usr(firstExchange(c).question)],
      stream: true,
    }),
  },
];
