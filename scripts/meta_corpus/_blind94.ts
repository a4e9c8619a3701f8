/**
 * Blind round 94: a role-play agent simulation, a voice assistant and a private RAG app never used in the corpus
 * before, read from their source and measured without changing the rules: SkyAGI's generative-agent memory calls
 * (poignancy rating, reflection questions, core-characteristics summary, observed entity, relationship context),
 * JARVIS-ChatGPT's conversation title, file tag, saved-chat topics and its action router, PrivateGPT's chat-history
 * condensation; and hard negatives from the same clients' ordinary turns and a Discord bot's plain chat.
 */
import type { Conversation } from "./_conversations.ts";
import { CONVERSATIONS_BLIND_94 } from "./_conversations_blind94.ts";
import { asst, MODEL, sys, type Template, toMessages, usr } from "./_types.ts";
import type { Negative } from "./_negatives_pasted.ts";
import * as P from "./_prompts_blind94.ts";

const at = (repo: string, { path, commit }: { path: string; commit: string }) => ({ repo, path, commit });
const SKYAGI = at("litanlitudan/skyagi", {
  path: "skyagi-web/src/lib/agent.ts",
  commit: "821e0accb4b9444919a03ec87fc5114534754add",
});
const SKYAGI_ROUTE = at("litanlitudan/skyagi", {
  path: "skyagi-web/src/routes/api/send-conversation-message/+server.ts",
  commit: "821e0accb4b9444919a03ec87fc5114534754add",
});
const JARVIS = at("gia-guar/JARVIS-ChatGPT", {
  path: "Assistant/VirtualAssistant.py",
  commit: "9aca1c05163126f99a4a827ba0af72378d750b47",
});
const JARVIS_TOOLS = at("gia-guar/JARVIS-ChatGPT", {
  path: "Assistant/tools.py",
  commit: "9aca1c05163126f99a4a827ba0af72378d750b47",
});
const PGPT = "ab89a0d67bf6a30481081bdc7c487b484d82f91b";
const PGPT_HISTORY = at("zylon-ai/private-gpt", {
  path: "private_gpt/components/prompts/templates/memory/tldr/history_approxymately.j2",
  commit: PGPT,
});
const PGPT_BASE = at("zylon-ai/private-gpt", {
  path: "private_gpt/components/prompts/templates/chat/system/base.j2",
  commit: PGPT,
});
const DISCORD = at("Zero6992/chatGPT-discord-bot", {
  path: "src/aclient.py",
  commit: "46820c8824a9855fdf52663a32604c917506cbcd",
});

/** LangChain's LLMChain over ChatOpenAI sends the rendered PromptTemplate as one user message. */
const one = (content: string) => ({ model: MODEL, messages: [usr(content)] });
const LANGCHAIN = "LLMChain over ChatOpenAI reconstructed as one user message, not streamed";

/** SkyAGI's two agents: the user's turns are the initiating agent's messages, the answers the recipient's. */
const AGENTS: Record<string, [string, string]> = {
  English: ["Aroha", "Wiremu"],
  French: ["Claire", "Luc"],
  Japanese: ["Haruto", "Yui"],
  Polish: ["Kasia", "Tomek"],
};
const agents = (c: Conversation) => AGENTS[c.language] ?? ["Ana", "Ben"];
/** The recipient's memories, as send-conversation-message adds them: one per exchange. */
function memories(c: Conversation): string[] {
  const [initiator, agent] = agents(c);
  const out: string[] = [];
  for (let i = 0; i + 1 < c.turns.length; i += 2) {
    const [said, answer] = [c.turns[i]?.content ?? "", c.turns[i + 1]?.content ?? ""];
    out.push(`${agent} observed ${initiator} says ${said} and said ${answer}`);
  }
  return out;
}
/** The last incoming message as the route words it. */
const observation = (c: Conversation) => `${agents(c)[0]} says ${c.followUp}`;
/** Supabase returns create_time as an ISO string; toLocaleString on a string ignores its options. */
const memoryLines = (c: Conversation) =>
  memories(c).map((m, i) => `- 2026-11-2${i}T18:0${i}:00+00:00: ${m.trim()}`).join("\n");

const skyagi = (task: string, build: (c: Conversation) => string): Template => ({
  client: "SkyAGI",
  task,
  source: SKYAGI,
  paraphrased: true,
  note: LANGCHAIN,
  build: (c) => one(build(c)),
});

/** Titles JARVIS would have produced, used where its next call quotes the title. */
const TITLES: Record<string, string> = {
  English: "Reviving Grandma's Sourdough Starter",
  French: "Potager sur un balcon orienté nord",
  Japanese: "祖父の米寿祝いの準備",
  Polish: "Łańcuch do starej szosówki",
};
const title = (c: Conversation) => TITLES[c.language] ?? "Conversation";
/** save_chat() writes `role: content` lines (the title answer included); extract_tags drops all up to `user:`. */
function savedChat(c: Conversation): string {
  const lines = [{ role: "system", content: P.JV_DEFAULT }, ...c.turns, {
    role: "assistant",
    content: title(c),
  }]
    .map((m) => `${m.role}: ${m.content}\n`).join("");
  return lines.split("user:").slice(1).join("");
}
const pgHistory = (c: Conversation) => c.turns.map((t) => `${t.role}: ${t.content}`).join("\n");

export const BLIND94: Template[] = [
  skyagi("memory-importance", (c) => P.fill(P.SKY_IMPORTANCE, { memoryContent: memories(c).at(-1) ?? "" })),
  skyagi("reflection-questions", (c) => P.fill(P.SKY_REFLECT, { observations: memories(c).join("\n") })),
  skyagi(
    "persona-summary",
    (c) => P.fill(P.SKY_SUMMARY, { name: agents(c)[1], relevantMemories: memories(c).join("\n") }),
  ),
  skyagi("entity-extraction", (c) => P.fill(P.SKY_ENTITY, { observation: observation(c) })),
  skyagi("memory-context", (c) =>
    P.fill(P.SKY_RELATED, {
      q1: `What is the relationship between ${agents(c)[1]} and ${agents(c)[0]}`,
      contextStr: memoryLines(c),
    })),
  {
    client: "JARVIS-ChatGPT",
    task: "title",
    source: JARVIS,
    note:
      "save_chat() asks get_answer(): DEFAULT_CHAT, the conversation, then the title request; gpt-3.5-turbo defaults",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.JV_DEFAULT), ...toMessages(c.turns), usr(P.JV_TITLE)],
    }),
  },
  {
    client: "JARVIS-ChatGPT",
    task: "tags",
    source: JARVIS,
    note: "save_chat() tags the generated title for the file name; max_tokens 5, temperature 0",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.JV_TAG_SYSTEM), usr(P.fill(P.JV_TAG, { title: title(c) }))],
      max_tokens: 5,
      temperature: 0,
    }),
  },
  {
    client: "JARVIS-ChatGPT",
    task: "topics",
    source: JARVIS_TOOLS,
    note: "LocalSearchEngine.extract_tags() over a saved conversation file; temperature 0",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.JV_TOPICS_SYSTEM), usr(`extract tags:${savedChat(c)}`)],
      temperature: 0,
    }),
  },
  {
    client: "JARVIS-ChatGPT",
    task: "classification",
    source: JARVIS,
    note: "analyze_prompt() picks tools/respond/refuse for the spoken prompt; max_tokens 10, temperature 0",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.JV_ROUTER), usr(`PROMPT: '${c.followUp}'`)],
      max_tokens: 10,
      temperature: 0,
    }),
  },
  {
    client: "PrivateGPT",
    task: "compaction",
    source: PGPT_HISTORY,
    paraphrased: true,
    note:
      "condenser strategy summarises history batches (messages_to_history_str: `role: content`) with astructured_predict; reconstructed as one user message",
    build: (c) => one(P.fill(P.PG_HISTORY, { text: pgHistory(c) })),
  },
];

const byLanguage = (language: string) => CONVERSATIONS_BLIND_94.find((c) => c.language === language);
const FRENCH = byLanguage("French");
const POLISH = byLanguage("Polish");
const JAPANESE = byLanguage("Japanese");
const ENGLISH = byLanguage("English");

/** What SkyAGI's generateRspn() sends for the recipient's reply, with a summary the model gave earlier. */
function skyReply(c: Conversation | undefined): Negative["body"] {
  if (!c) return one("");
  const [initiator, agent] = agents(c);
  return one(P.fill(P.SKY_RESPOND, {
    agentSummaryDescription:
      `Name: ${agent} (age: 34)\nInnate traits: patient, practical, curious\n${agent} is a helpful neighbour who likes explaining things step by step.`,
    currentTime: "November 23, 2026 at 6:05 PM",
    agentName: agent,
    agentStatus: "chatting in the community garden",
    relevantMemories: `${agent} and ${initiator} are neighbours who often talk about home projects.`,
    mostRecentMemories: memories(c).join("; "),
    observation: observation(c),
    suffix: P.fill(P.SKY_CALL_TO_ACTION, { name: agent }),
  }));
}

const NEGATIVES: Negative[] = [
  {
    task: "blind-94",
    source: SKYAGI_ROUTE,
    note: "SkyAGI role-play reply (generateRspn with the call to action), French conversation",
    body: skyReply(FRENCH),
  },
  {
    task: "blind-94",
    source: SKYAGI_ROUTE,
    note: "SkyAGI role-play reply (generateRspn with the call to action), Polish conversation",
    body: skyReply(POLISH),
  },
  {
    task: "blind-94",
    source: JARVIS,
    note: "JARVIS chat turn: DEFAULT_CHAT, the history and the spoken follow-up (Japanese)",
    body: {
      model: MODEL,
      messages: [sys(P.JV_DEFAULT), ...toMessages(JAPANESE?.turns ?? []), usr(JAPANESE?.followUp ?? "")],
    },
  },
  {
    task: "blind-94",
    source: JARVIS,
    note: "JARVIS chat turn: the user dictates their own note and asks for a title (English)",
    body: {
      model: MODEL,
      messages: [
        sys(P.JV_DEFAULT),
        usr(
          "I'm writing a short piece for the school newsletter: 'This term the Year 5 class built a weather station from recycled bottles and logged the rain every morning.' Give me a title for it.",
        ),
      ],
    },
  },
  {
    task: "blind-94",
    source: PGPT_BASE,
    note: "PrivateGPT chat turn: base system prompt, the history and the follow-up (English)",
    body: {
      model: MODEL,
      messages: [
        sys(P.fill(P.PG_BASE, { current_date: "2026-11-23" })),
        ...toMessages(ENGLISH?.turns ?? []),
        usr(ENGLISH?.followUp ?? ""),
      ],
      stream: true,
    },
  },
  {
    task: "blind-94",
    source: PGPT_BASE,
    note: "PrivateGPT chat turn: the user asks a summary of their own pasted minutes (Polish)",
    body: {
      model: MODEL,
      messages: [
        sys(P.fill(P.PG_BASE, { current_date: "2026-11-23" })),
        usr(
          "Streść w dwóch zdaniach moją notatkę ze spotkania: Zarząd wspólnoty zdecydował o wymianie domofonu w marcu. Koszt podzielimy według udziałów, a wykonawcę wybierzemy spośród trzech ofert.",
        ),
      ],
      stream: true,
    },
  },
  {
    task: "blind-94",
    source: DISCORD,
    note:
      "chatGPT-discord-bot plain chat: the start prompt, then the channel's history and a new message (French)",
    body: {
      model: MODEL,
      messages: [
        usr("Hello there"),
        asst("Hello! How can I help you today?"),
        ...toMessages(FRENCH?.turns ?? []),
        usr(FRENCH?.followUp ?? ""),
      ],
    },
  },
];

export function buildBlind94Negatives(): Negative[] {
  return NEGATIVES;
}
