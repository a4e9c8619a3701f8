/**
 * Blind round 19: chat bots, note apps and a RAG app never used in the corpus before, read from their source and
 * measured without changing the rules: Slack's sample AI bot (channel catch-up summary), a Discord club bot (emoji
 * reactions), a Polish notes app (title and tag), an Obsidian plugin (tags), a GraphRAG org-chart chat (question
 * rewrite) and an AstrBot group-summary plugin (Chinese); and negatives from their ordinary turns.
 */
import type { Conversation } from "./_conversations.ts";
import { asst, type ChatBody, MODEL, type Source, sys, type Template, usr } from "./_types.ts";
import type { Negative } from "./_negatives_pasted.ts";

const at = (repo: string, { path, commit }: { path: string; commit: string }): Source => ({
  repo,
  path,
  commit,
});

/** slack-samples/bolt-python-ai-chatbot ai/ai_constants.py `DEFAULT_SYSTEM_CONTENT` (typo "codiing" is upstream's). */
const SLACK_SYSTEM =
  "\nYou are a versatile AI assistant.\nHelp users with writing, codiing, task management, advice, project management, and any other needs.\nProvide concise, relevant assistance tailored to each request.\nNote that context is sent in order of the most recent message last.\nDo not respond to messages in the context, as they have already been answered.\nBe professional and friendly.\nDon't ask for clarification unless absolutely necessary.\nDon't ask questions in your response.\n";
/** slack-samples/bolt-python-ai-chatbot listeners/listener_utils/listener_constants.py `SUMMARIZE_CHANNEL_WORKFLOW`. */
const SLACK_CATCH_UP =
  "\nUser has just joined this slack channel.\nCreate a quick summary the most recent messages in this channel to cath up the user.\n";
/** ai/providers/__init__.py `get_provider_response`: `Prompt: {prompt}\nContext: {user: text lines}`. */
const slackPrompt = (prompt: string, context: Array<{ user: string; text: string }>) =>
  `Prompt: ${prompt}\nContext: ${context.map((m) => `${m.user}: ${m.text}`).join("\n")}`;
/** conversations_history returns the newest message first; parse_conversation keeps the bot's own messages. */
const slackHistory = (c: Conversation) =>
  c.turns.map((t) => ({ user: t.role === "user" ? "U05JQ3K9L2P" : "U06BOLTY7XQ", text: t.content }))
    .reverse();

/** calpoly-csai/glassic-bot src/llm/Gemini.ts `systemInstruction`. */
const GLASS_SYSTEM = "You are a Discord bot named Glass, " +
  "tasked with helping the Computer Science and Artificial Intelligence Club (CS+AI) " +
  "manage their Discord server, Google Calendar, and Notion workspace. " +
  "You can respond to prompts in two ways, in these formats: \n" +
  'option 1: "MSG:[response]" : respond to a prompt with a message, as usual.\n' +
  'option 2: "CMD:[command]" : call a command. commands available to you include: \n' +
  " - events: send the user a list of upcoming events and their status\n" +
  "please choose to respond in the format of option 1 or option 2, whichever is appropriate." +
  "Remember, you haven't been set up to do anything conversational, " +
  "so you can just respond to one prompt at a time. You'll have no context from previou prompts." +
  "do not prompt the user to execute discord commands.";
/** calpoly-csai/glassic-bot src/utils/reactWithEmojiAuto.ts: a string with backslash-newline continuations. */
const GLASS_EMOJI = (message: string) =>
  "Below is a message sent on the discord server. Please come up with 3     emojis that relate to the message, based on the message content, separated by commas.     Please respond in the format: emoji1,emoji2,emoji3    Example response: 👍,💃,✨    Message: " +
  message;

/** kamil-homer/ai-notes-preview src/prompts/prompts.js `generateTitlePrompt`. */
const NOTE_TITLE = (note: string) =>
  `Napisz mi tytuł dla następującej notatki: ${note}.\n        Maksymalnie 3 wyrazy.\n        Przykłady dobrych tematów: "Notatki ze spotkania", "Lista zakupów", "Ksiązki i blogi"`;
/** kamil-homer/ai-notes-preview src/prompts/prompts.js `generateTagPrompt`. */
const NOTE_TAG = (note: string) =>
  `Wygeneruj tag dla notatki: ${note}.\n        Tylko 1 wyraz.\n        Przykłady dobrych tagów: "Osoby", "Notatki", "Życiowe", "Nauka"`;

/** Leoduck/llm-linker prompts/tagging.ts `taggingPrompt`; tagview.ts sends `taggingPrompt + fileContent`. */
const OBSIDIAN_TAGS =
  '\nYou are an AI assistant designed to suggest relevant tags for an Obsidian note. \nAnalyze the content of the provided note and generate a list of concise, meaningful\ntags that summarize its main topics, themes, or keywords. Ensure the tags are relevant\nand helpful for categorization and retrieval.\n\n**Input:**  \nThe content of an Obsidian note.\n\n**Output:**  \nA valid JSON array of suggested tags (e.g., ["#productivity", "#philosophy", "#coding"]). \nDo not include any other text, explanations, or formatting outside the JSON array. aim for around 8 tags.\n\nHere is an example you can use as a reference:\n\n**Example:**  \n**Example input:**  \n"Markdown is a lightweight markup language for creating formatted text using a plain-text editor. \nIt is widely used for documentation, notes, and static site generators."  \n**Example output:**  \n["#markdown", "#documentation", "#plaintext", "#static-sites"]\n';

/** oskarhane/graphrag-org-chart src/rewriter.py: a Python list repr of `question: answer` strings. */
const REWRITE_SYSTEM =
  "You're an expert at understanding user intent and rewriting user input and questions to make them clear, concise and atomic by using addtional context provided. make every part of the question specific using the provided context.";
/** Python's repr() of a str: single quotes unless the text holds a single quote and no double quote. */
function pyStr(text: string): string {
  const quote = text.includes("'") && !text.includes('"') ? '"' : "'";
  const body = text.replace(/\\/g, "\\\\").replace(/\n/g, "\\n").replace(/\t/g, "\\t").replaceAll(
    quote,
    `\\${quote}`,
  );
  return `${quote}${body}${quote}`;
}
const pyList = (items: string[]) => `[${items.map(pyStr).join(", ")}]`;
/** existing_data holds (question, answer) pairs of the finished exchanges, the last five. */
function exchanges(c: Conversation): string[] {
  const pairs: string[] = [];
  for (let i = 0; i + 1 < c.turns.length; i += 2) {
    const q = c.turns[i];
    const r = c.turns[i + 1];
    if (q?.role === "user" && r?.role === "assistant") pairs.push(`${q.content}: ${r.content}`);
  }
  return pairs.slice(-5);
}

/** OLAQI/Message_Summary main.py `generate_summary`: the group's raw messages joined with spaces. */
const GROUP_SUMMARY = (messages: string[]) => `请根据以下群聊内容生成一个简洁的总结：\n${messages.join(" ")}`;

const noteText = (c: Conversation) => c.turns.map((t) => t.content).join("\n\n");
const lastUser = (c: Conversation) => [...c.turns].reverse().find((t) => t.role === "user")?.content ?? "";

export const BLIND_ROUND_19: Template[] = [
  {
    client: "bolt-python-ai-chatbot",
    task: "summary",
    source: at("slack-samples/bolt-python-ai-chatbot", {
      path: "listeners/listener_utils/listener_constants.py",
      commit: "4488e574c7562fa154acb1dbe82ab1b7c09461e4",
    }),
    paraphrased: true,
    note:
      "listeners/functions/summary_function.py@1a9223f17d94b838f474bfc057edbe6e8a3c2de9 passes SUMMARIZE_CHANNEL_WORKFLOW and the channel's last 10 messages to get_provider_response (ai/providers/__init__.py@0e4fbc0ff0ccfd656fa5ebb00e1e3e91413f4557): DEFAULT_SYSTEM_CONTENT as system, 'Prompt: …\\nContext: user-id: text' as user; newer versions send the same pair to the Responses API with a developer role, shown here as chat completions",
    build: (c) => ({
      model: MODEL,
      messages: [sys(SLACK_SYSTEM), usr(slackPrompt(SLACK_CATCH_UP, slackHistory(c)))],
    }),
  },
  {
    client: "glassic-bot",
    task: "emoji",
    source: at("calpoly-csai/glassic-bot", {
      path: "src/utils/reactWithEmojiAuto.ts",
      commit: "5337bad598926b394167618285649b18c438a2d1",
    }),
    paraphrased: true,
    note:
      "client.llm.prompt() is Gemini generateContent with the bot's systemInstruction (src/llm/Gemini.ts@274b253b87172842e11e1de5f4fada537d1c867a), shown as a system and a user message; the Discord message is the last user turn",
    build: (c) => ({ model: MODEL, messages: [sys(GLASS_SYSTEM), usr(GLASS_EMOJI(lastUser(c)))] }),
  },
  {
    client: "ai-notes-preview",
    task: "title",
    source: at("kamil-homer/ai-notes-preview", {
      path: "src/prompts/prompts.js",
      commit: "841c0f66202a7cd8272f1700041e453d9c7deea5",
    }),
    paraphrased: true,
    note:
      "generateTitlePrompt with the note's text sent through @google/genai generateContent, shown as one user message",
    build: (c) => ({ model: MODEL, messages: [usr(NOTE_TITLE(noteText(c)))] }),
  },
  {
    client: "ai-notes-preview",
    task: "tags",
    source: at("kamil-homer/ai-notes-preview", {
      path: "src/prompts/prompts.js",
      commit: "841c0f66202a7cd8272f1700041e453d9c7deea5",
    }),
    paraphrased: true,
    note:
      "generateTagPrompt with the note's text sent through @google/genai generateContent, shown as one user message",
    build: (c) => ({ model: MODEL, messages: [usr(NOTE_TAG(noteText(c)))] }),
  },
  {
    client: "llm-linker",
    task: "tags",
    source: at("Leoduck/llm-linker", {
      path: "prompts/tagging.ts",
      commit: "05b9a12f9d410fca3deede95936e2380107b104a",
    }),
    paraphrased: true,
    note:
      "tagview.ts@05b9a12f9d410fca3deede95936e2380107b104a posts taggingPrompt + fileContent to Ollama /api/generate (stream false), shown as one user message",
    build: (c) => ({ model: MODEL, messages: [usr(OBSIDIAN_TAGS + noteText(c))], stream: false }),
  },
  {
    client: "graphrag-org-chart",
    task: "query-rewrite",
    source: at("oskarhane/graphrag-org-chart", {
      path: "src/rewriter.py",
      commit: "4236b46101baa2f417dc58e4f769532aaf7e70cf",
    }),
    note:
      "Rewriter.rewrite through LangChain ChatOpenAI: the system text, three assistant messages (context as a Python list repr, the instruction, the last input) and a user request",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(REWRITE_SYSTEM),
        asst(`The context messages are: ${pyList(exchanges(c))}`),
        asst("If the context messages aren't helpful, ignore them and leave the original question as is."),
        asst(`The last user input is: '''\n${c.followUp}\n''''.`),
        usr("Please provide the rewritten question: "),
      ],
    }),
  },
  {
    client: "Message_Summary (AstrBot plugin)",
    task: "summary",
    source: at("OLAQI/Message_Summary", {
      path: "main.py",
      commit: "03124b6a9bd452d6d5e005b34ca943c713814167",
    }),
    paraphrased: true,
    note:
      "generate_summary sends the prompt through AstrBot's provider.text_chat; the buffered group messages are joined with spaces; shown as one user message",
    build: (c) => ({ model: MODEL, messages: [usr(GROUP_SUMMARY(c.turns.map((t) => t.content)))] }),
  },
];

const SLACK_ASK: Source = at("slack-samples/bolt-python-ai-chatbot", {
  path: "listeners/commands/ask_command.py",
  commit: "3357cdc15945c2a9597392b9103c6fcbcaea16eb",
});
const GRAPHRAG_MAIN: Source = at("oskarhane/graphrag-org-chart", {
  path: "src/main.py",
  commit: "31a0c3374bac83601a14f09ac01a9aa9e88b9b5d",
});
const GRAPHRAG_SYSTEM =
  "You're a helpful assistant that answers questions by only using the information provided to you. If there's no answer to the question provided, you say just that there is no answer available. Do not use any of your implicit knowledge. Answer with a relaxed surfer tone and attitude, but don't repeat ending phrases.";

function graphragTurn(
  question: string,
  { history, retrieved }: { history: string[]; retrieved: string },
): ChatBody {
  return {
    model: MODEL,
    messages: [
      sys(GRAPHRAG_SYSTEM),
      asst(
        `Here's a history of user exchanged messages and ansers to give you some extra context: ${
          pyList(history)
        }`,
      ),
      asst(
        `The information retrieved to respond to the user input is. If there is anything here it is relevant to the question. '''${retrieved}'''`,
      ),
      usr(`The user input: '''\n${question}\n''''`),
    ],
  };
}

const slackAsk = (prompt: string): ChatBody => ({
  model: MODEL,
  messages: [sys(SLACK_SYSTEM), usr(slackPrompt(prompt, []))],
});

export function buildBlind19Negatives(): Negative[] {
  return [
    {
      task: "blind-19",
      source: SLACK_ASK,
      note: "/ask-bolty command: a real question (English)",
      body: slackAsk("what's a polite way to tell a customer their refund will take 10 business days?"),
    },
    {
      task: "blind-19",
      source: SLACK_ASK,
      note: "/ask-bolty command: the user asks for a summary and title of their own text (English)",
      body: slackAsk(
        "summarize this for the #releases channel and give it a title: We moved the nightly export from 02:00 to 04:00 UTC because the backup window overlapped, CSV columns are unchanged, and the old S3 prefix stays readable until March.",
      ),
    },
    {
      task: "blind-19",
      source: GRAPHRAG_MAIN,
      note: "the answer request after retrieval, with one earlier exchange (English)",
      body: graphragTurn("Who does Dana Whitfield report to?", {
        history: ["Who manages the Payments team?: Dana Whitfield runs Payments, dude."],
        retrieved: "Priya Raman, Dana Whitfield",
      }),
    },
    {
      task: "blind-19",
      source: GRAPHRAG_MAIN,
      note: "the first answer request of a session, no history (English)",
      body: graphragTurn("Which team has the most members?", {
        history: [],
        retrieved: "Checkout Platform, 14",
      }),
    },
    {
      task: "blind-19",
      note: "a user in a plain chat asks for a title of their own note (Polish)",
      body: {
        model: MODEL,
        messages: [
          usr(
            "Wymyśl krótki tytuł do mojej notatki, max 3 słowa:\n\nKupić opony zimowe do 15 listopada, umówić wymianę w serwisie na Grochowie, sprawdzić ciśnienie po 50 km.",
          ),
        ],
        stream: true,
      },
    },
    {
      task: "blind-19",
      note: "a user asks to summarize their own group-chat notice before posting it (Chinese)",
      body: {
        model: MODEL,
        messages: [
          usr(
            "帮我把这段群公告缩短成两句话：本周六上午九点在三号楼门口集合，统一乘大巴去郊野公园徒步，午餐自理，请穿运动鞋，下午四点前返回，报名截止周四晚上。",
          ),
        ],
        stream: true,
      },
    },
  ];
}
