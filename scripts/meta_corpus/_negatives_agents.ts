/**
 * Hard negatives for the structural META signals: coding-agent turns that use housekeeping words
 * (title, summary, compact, context, handoff, checkpoint) about the user's own code, and users asking in
 * their own language for a title, summary or follow-up questions about a text they pasted.
 */
import { CONVERSATIONS } from "./_conversations.ts";
import { PASTED_TEXTS } from "./_texts.ts";
import { MODEL, sys, toMessages, usr } from "./_types.ts";
import type { Negative } from "./_negatives_pasted.ts";

const AGENT_SYSTEM =
  "You are a coding agent running in a terminal. You can read and edit files and run shell commands. Keep answers short; prefer doing over explaining.";

const CODE =
  "export function makeTitle(messages: Message[]): string {\n  const first = messages.find((m) => m.role === 'user');\n  return first ? first.content.slice(0, 50) : 'New chat';\n}\n\nexport async function compactHistory(history: Message[], limit: number) {\n  if (tokens(history) < limit) return history;\n  const summary = await summarize(history.slice(0, -4));\n  return [{ role: 'system', content: summary }, ...history.slice(-4)];\n}\n";

const AGENT_ASKS = [
  `Here is src/chat/title.ts:\n\n${CODE}\nThe title comes out cut in the middle of a word. Fix makeTitle so it stops at a word boundary and add a test.`,
  `compactHistory drops the system prompt when it compacts the context. Can you fix it? Current code:\n\n${CODE}`,
  "The /handoff endpoint returns 500 after the checkpoint is written. Stack trace:\nError: ENOENT: no such file or directory, open '/var/lib/app/checkpoints/42.json'\n    at Object.openSync (node:fs:596:3)\n    at writeCheckpoint (src/checkpoint.ts:31:9)\nWhat is wrong?",
  "Write a function that generates a short title for a chat from its first user message, max 50 characters, no quotes. TypeScript please, with tests.",
  "Add a `--compact` flag to the CLI that prints the JSON output on one line instead of pretty-printed. Only touch src/cli/print.ts.",
  "Summarize the changes in my staged diff as a commit message:\n\ndiff --git a/src/a.ts b/src/a.ts\n-const retries = 3;\n+const retries = 5;\n+// the vendor API drops one in ten requests under load",
  "Why does my context window overflow after 20 turns? I keep the whole history in `messages` and append the tool results too. What should I condense?",
  "Extract the parties, the dates and the amounts from this contract into JSON with keys parties, dates, amounts:\n\nThis agreement is made on 3 March 2026 between Acme GmbH and Jane Doe for the amount of EUR 12,000, payable by 30 April 2026.",
];

const LOCAL_ASKS: Array<(text: string) => string> = [
  (t) => `この記事を3行で要約してください。\n\n${t}`,
  (t) => `请帮我总结一下这篇文章，再给我提三个可以继续深入的问题：\n\n${t}`,
  (t) => `Donne-moi un titre accrocheur pour mon article de blog :\n\n${t}`,
  (t) => `Resume este correo de mi jefe y dime qué tengo que hacer:\n\n${t}`,
  (t) => `Придумай заголовок для моего поста, не больше пяти слов:\n\n${t}`,
  (t) => `이 글을 세 줄로 요약해 줘:\n\n${t}`,
  (t) => `Geef dit bericht een korte titel voor mijn nieuwsbrief:\n\n${t}`,
  (t) => `Riassumi questo testo in due frasi per la mia presentazione:\n\n${t}`,
  (t) => `Resuma este texto em tópicos e sugira tags para o meu blog:\n\n${t}`,
  (t) => `Fasse die wichtigsten Fakten aus diesem Text für meine Notizen zusammen:\n\n${t}`,
];

export function buildAgentNegatives(): Negative[] {
  return AGENT_ASKS.map((ask, i) => ({
    task: "agent-turn",
    body: {
      model: MODEL,
      messages: [
        sys(AGENT_SYSTEM),
        ...toMessages(CONVERSATIONS[(i + 2) % CONVERSATIONS.length]?.turns ?? []).slice(
          0,
          i % 3 === 0 ? 0 : 2,
        ),
        usr(ask),
      ],
      stream: true,
    },
  }));
}

export function buildLocalizedNegatives(): Negative[] {
  return LOCAL_ASKS.map((ask, i) => ({
    task: "pasted-localized",
    body: {
      model: MODEL,
      messages: [usr(ask(PASTED_TEXTS[i % PASTED_TEXTS.length] ?? ""))],
      stream: i % 4 !== 3,
      ...(i % 5 === 2 ? { max_tokens: 512 } : {}),
    },
  }));
}

/** Written after the rules were frozen (commit 41675b3) and not tuned to: real turns near housekeeping. */
const AFTER_FREEZE_ASKS = [
  "Can you give me a title for my talk at the meetup? It's about running Postgres on a Raspberry Pi, 20 minutes.",
  "Ich muss für meine Masterarbeit eine Zusammenfassung von höchstens 200 Wörtern schreiben. Worauf kommt es an?",
  "私の日記を要約して、タイトルを付けてください。\n\n今日は朝から雨だった。駅まで歩いて、電車が遅れていたので会社に遅刻した。昼はカレーを食べた。",
  "Quels sont les mots-clés importants pour le référencement d'une boulangerie à Lyon ?",
  "Summarize the plot of Dune in five sentences, no spoilers after the first act.",
  "How do I implement conversation summarization in LangChain so my chatbot does not run out of context? Show code.",
  "我的代码里有个 compact() 函数，只输出 JSON 的时候会丢字段，帮我看看：\n\nfunction compact(o) { return JSON.stringify(o, null, 0) }",
  "Escribe tres preguntas de seguimiento que pueda hacer en mi entrevista de trabajo mañana.",
  "Please review my handoff notes for the night shift and tell me what's missing:\n- Bed 4: fever 38.9, paracetamol at 22:00\n- Bed 7: discharge pending labs\n- Bed 9: family wants a call",
  "Выведи только заголовки разделов из этого текста:\n\n# Введение\nТекст.\n# Методы\nТекст.\n# Итоги\nТекст.",
];

export function buildAfterFreezeNegatives(): Negative[] {
  return AFTER_FREEZE_ASKS.map((ask, i) => ({
    task: "after-freeze",
    body: {
      model: MODEL,
      messages: [
        ...(i % 3 === 1 ? toMessages(CONVERSATIONS[i % CONVERSATIONS.length]?.turns ?? []) : []),
        usr(ask),
      ],
      stream: i % 2 === 0,
    },
  }));
}
