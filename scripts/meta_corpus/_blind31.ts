/**
 * Blind round 31: 15 housekeeping templates of 11 messenger bots, note plugins, a mail add-on and a memory bot not read
 * before, measured without changing the rules: a Russian Telegram channel summariser (first pass and Russian
 * re-summary), a Telegram group summary bot, a QQ group summary plugin (Chinese summary with assistant prefills, topic
 * judge), two Slack summarisers, a Discord thread-title bot, three Obsidian tag plugins (Chinese, Chinese few-shot,
 * Korean), a Thunderbird add-on's mail triage and agent memory compression, and a Telegram memory bot's fact list and
 * profile summary; with hard negatives from the same clients. The verbatim texts are in `_prompts_blind31.ts`.
 */
import type { Conversation } from "./_conversations.ts";
import { asst, MODEL, sys, type Template, toLines, toMessages, usr } from "./_types.ts";
import * as P from "./_prompts_blind31.ts";

export { buildBlind31Negatives } from "./_negatives_blind31.ts";

const at = (repo: string, { path, commit }: { path: string; commit: string }) => ({ repo, path, commit });
const TELE = "9a2ef16489fc7579027abb8f2ec23109078beff4";
const QQ = "b394bf78eaec2db7818c72996fbc8c2a758fef7e";
const TBAI = "ee596d03adfef7fba2e5ed102770230b5ac54481";
const MEMBOT = "d7fff3b39f162e27e7e3058add81e73208316686";

const texts = (c: Conversation) => c.turns.map((t) => t.content);
const roleLines = (c: Conversation) => toLines(c.turns, { user: "user", assistant: "assistant" });
/** A note or mail body made of the conversation's turns, as a user would paste a chat into a note. */
const note = (c: Conversation) => texts(c).join("\n\n");

/** The two chat members each conversation is read as (user turns, assistant turns), by locale. */
const PEOPLE: Record<string, [string, string]> = {
  "en-IE": ["Nora", "Liam"],
  "ru-RU": ["Марина", "Олег"],
  "zh-TW": ["小雯", "阿傑"],
  "pt-BR": ["Camila", "Rafael"],
};
const people = (c: Conversation) => PEOPLE[c.locale] ?? ["Alex", "Sam"];
const speaker = (c: Conversation, role: "user" | "assistant") => people(c)[role === "user" ? 0 : 1];

/** Telegram message ids as the summariser prints them, `"{id}: {text}\n"` per message. */
const idLines = (c: Conversation) => texts(c).map((t, i) => `${48210 + i}: ${t}\n`).join("");

/** QQ log as SummaryTrigger builds it: the first message without the opening quote, `[END]` removed. */
const qqLog = (c: Conversation) =>
  c.turns.map((t, i) => `${speaker(c, t.role)}说：${i === 0 ? "" : '"'}${t.content}。"\n`).join("");

/** auto-tags `promptTemplate(inputTags, document)` from src/prompts/index.ts. */
const tagTemplate = (tags: string, document: string) =>
  `EXISTING TAGS:\n\`\`\`\n${tags}\n\`\`\`\n\nDOCUMENT:\n\`\`\`\n${document}\n\`\`\``;
const VAULT_TAGS = ["#园艺", "#旅行", "#健康", "#读书笔记", "#宠物"];

/** Candidate tags as the plugin's keyword extractor would hand them over: distinct words of the first message. */
const candidates = (c: Conversation) =>
  [...new Set((c.turns[0]?.content ?? "").split(/[\s,.?!，。？！]+/).filter((w) => w.length >= 2))].slice(
    0,
    8,
  );

const tele: Template[] = [
  {
    client: "Tele_chat_bot",
    task: "summary",
    source: at("rin8351/Tele_chat_bot", { path: "request_to_chatgpt.py", commit: TELE }),
    note:
      "first pass: default_prompt (data.json.example) as system, the chunk of `{id}: {text}` lines after a newline and with a final '.' as user; gpt-3.5-turbo, no stream",
    build: (c) => ({ model: MODEL, messages: [sys(P.TELE_SYSTEM), usr(`\n${idLines(c)}.`)] }),
  },
  {
    client: "Tele_chat_bot",
    task: "summary",
    source: at("rin8351/Tele_chat_bot", { path: "request_to_chatgpt.py", commit: TELE }),
    note:
      "second pass (summarize_text): the Russian summarization_prompt with default_style and the first-pass text, same system message; the first-pass text is stood in for by the id lines",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(P.TELE_SYSTEM),
        usr(P.TELE_RESUMMARIZE.replace("{style}", P.TELE_STYLE).replace("{text}", idLines(c))),
      ],
    }),
  },
  {
    client: "builderberg-bot",
    task: "summary",
    source: at("richcahill/builderberg-bot", {
      path: "src/bot/summarizer.js",
      commit: "23cd26297ff62199538bec57eca931f74400c387",
    }),
    note: "/summarize: the group's message texts (no names, commands.js) joined by newlines; max_tokens 300",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys("You are a helpful assistant that summarizes conversations."),
        usr(
          `Please summarize the following conversation in brief, clear bullet points. Focus on the main topics and key points discussed:\n\n${
            texts(c).join("\n")
          }`,
        ),
      ],
      max_tokens: 300,
      temperature: 0.7,
    }),
  },
];

const qq: Template[] = [
  {
    client: "QqGroupSummary",
    task: "summary",
    source: at("liaosunny123/QqGroupSummary", {
      path: "EpicMo.Plugins.QqGroupSummary/Controller/SummaryController.cs",
      commit: QQ,
    }),
    note: "#summary: system, an assistant prefill, the group log as user, and a closing assistant prefill",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.QQ_SUMMARY_SYSTEM), asst(P.QQ_SUMMARY_PRE1), usr(qqLog(c)), asst(P.QQ_SUMMARY_PRE2)],
    }),
  },
  {
    client: "QqGroupSummary",
    task: "classification",
    source: at("liaosunny123/QqGroupSummary", {
      path: "EpicMo.Plugins.QqGroupSummary/Controller/SummaryController.cs",
      commit: QQ,
    }),
    note:
      "GetTopics: the subscribed topics and the buffered group log, sent when the buffer passes 3500 chars",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.QQ_TOPIC_SYSTEM), usr(`Topic: 天气, 宠物, 旅行, 工作\nConversation:\n${qqLog(c)}`)],
    }),
  },
];

const slack: Template[] = [
  {
    client: "slack-summary-bot",
    task: "summary",
    source: at("jollyboss123/slack-summary-bot", {
      path: "main.go",
      commit: "4e6afe1c642024894a94f425274f2392e20d2052",
    }),
    note:
      "/summarize: pre-prompt as system, each channel message as its own user message (history newest first), post-prompt as system",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys("Summarize the following Slack conversation:"),
        ...texts(c).reverse().map(usr),
        sys("Make sure to keep it concise and professional."),
      ],
    }),
  },
  {
    client: "SlackCheckinSummaryBot",
    task: "summary",
    source: at("psheehan93/SlackCheckinSummaryBot", {
      path: "main.py",
      commit: "194faf0513cc70988b5c9064b1390af096ab023c",
    }),
    note: "weekly check-in digest: one member's posts (the user turns) oldest first, joined by newlines",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys("You are a helpful assistant."),
        usr(
          "This is a list of posts from a Slack channel where our team posts their daily status updates. Write a brief summary of the contents of these messages, perhaps with a bulleted list. If you can't write a summary, simply reply 'Error with summary. Tell Admin about it.'. This user's name is " +
            speaker(c, "user") +
            ". Make sure you use their name in the summary rather than saying 'user' or 'member'. Remember all the posts in the following list are all from this one user! The posts you're reviewing are all by this user. Here is the content:" +
            c.turns.filter((t) => t.role === "user").map((t) => t.content).join("\n"),
        ),
      ],
    }),
  },
  {
    client: "livestore discord-bot",
    task: "title",
    source: at("livestorejs/discord-bot", {
      path: "src/services/AiService.ts",
      commit: "153eb20ccfc2891a3f9ed64b9153dafb1ae40b04",
    }),
    note:
      "thread title for a new channel message; @effect/ai generateText({ prompt }) sends it as one user message; max_tokens 16",
    build: (c) => ({
      model: MODEL,
      messages: [
        usr(
          `Summarize the following Discord message in a clear, concise title (max 6 words):\n${
            c.turns[0]?.content ?? ""
          }`,
        ),
      ],
      max_tokens: 16,
      temperature: 0.5,
    }),
  },
];

const notes: Template[] = [
  {
    client: "obsidian-ai-tags",
    task: "tags",
    source: at("dlzmoe/obsidian-ai-tags", {
      path: "src/services/AIService.ts",
      commit: "b5feacd348f01349cdcd1efabbbee22a53f7ca4b",
    }),
    note: "DEFAULT_SYSTEM_PROMPT as system, the note's text as user (OpenAI provider)",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(
          "你是一个文档标签生成器，请根据文档内容生成最多 3 个相关的标签。只需返回标签，用逗号分隔，不要包含其他解释或说明，禁止文本中包含空格。",
        ),
        usr(note(c)),
      ],
    }),
  },
  {
    client: "auto-tags",
    task: "tags",
    source: at("li-xiu-qi/auto-tags", {
      path: "src/ai-generation.ts",
      commit: "6fdd5f09ca8009cc7f91ad4d2763c1fe2223106d",
    }),
    note:
      "language 'zh': the Chinese system prompt, the 15 Chinese few-shot pairs, then the vault's tags as `- #tag` lines and the note",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(P.AUTOTAGS_SYSTEM_ZH),
        ...P.AUTOTAGS_EXAMPLES_ZH.flatMap((e) => [
          usr(tagTemplate(e.inputTags.join("\n"), e.document)),
          asst(JSON.stringify({ tags: e.response.tags, newTags: e.response.newTags })),
        ]),
        usr(tagTemplate(VAULT_TAGS.map((t) => `- ${t}`).join("\n"), note(c))),
      ],
    }),
  },
  {
    client: "obsidian-tag-generator",
    task: "tags",
    source: at("logos1012/obsidian-tag-generator", {
      path: "ai-service.ts",
      commit: "c72f7610d56072fb63b5dfdc3dd44068e819cde7",
    }),
    note:
      "refineTags (non-o1 model): the Korean prompt with the extractor's candidates and the note's first 500 chars; max_tokens 200",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(
          "You are a helpful assistant that refines and improves tags for documents. Always respond with a JSON array of refined tags.",
        ),
        usr(
          P.LOGOS_REFINE_RAW.replace("${tags.join(', ')}", candidates(c).join(", ")).replace(
            "${noteContent.substring(0, 500)}",
            note(c).substring(0, 500),
          ),
        ),
      ],
      max_tokens: 200,
      temperature: 0.3,
    }),
  },
];

const mail: Template[] = [
  {
    client: "tb-ai-summary",
    task: "classification",
    source: at("FuLuTang/tb-ai-summary", { path: "background.js", commit: TBAI }),
    note:
      "callAI per message: summary, keywords and urgency JSON; outputLanguage English, auto-tagging off; midModel temperature 1.0",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(P.TBAI_TRIAGE_SYSTEM),
        usr(
          P.TBAI_TRIAGE_USER_RAW.replace("${now}", "12/7/2026, 10:45:12 AM")
            .replace("${sentTime}", "12/7/2026, 9:02:40 AM")
            .replace("${author}", `${speaker(c, "user")} <member@example.org>`)
            .replace("${subject}", `Re: ${(c.turns[0]?.content ?? "").slice(0, 40)}`)
            .replace("${text}", note(c))
            .replace("${outputLang}", "English"),
        ),
      ],
      temperature: 1,
    }),
  },
  {
    client: "tb-ai-summary",
    task: "compaction",
    source: at("FuLuTang/tb-ai-summary", { path: "agent/core/AgentCore.js", commit: TBAI }),
    note:
      "agent memory compression past 12000 chars: defaultCompress plus the language line LLMService adds, the working context as JSON",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(`${P.TBAI_COMPRESS}\n\nIMPORTANT: Output in English.`),
        usr(JSON.stringify(toMessages(c.turns))),
      ],
      temperature: 1,
    }),
  },
];

const memory: Template[] = [
  {
    client: "MemoryBot",
    task: "memory",
    source: at("Nazary21/MemoryBot", { path: "utils/context_updater.py", commit: MEMBOT }),
    note:
      "mid-term memory to history_context facts: the prompt as system, `role: content` lines as user; gpt-4",
    build: (c) => ({ model: MODEL, messages: [sys(P.MEMORYBOT_FACTS), usr(roleLines(c))] }),
  },
  {
    client: "MemoryBot",
    task: "memory",
    source: at("Nazary21/MemoryBot", {
      path: "utils/whole_history_analyzer.py",
      commit: "431080158875764772a9fef71e494ed47ffe5926",
    }),
    note: "daily whole-history profile summary; max_tokens 1000",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.MEMORYBOT_PROFILE), usr(roleLines(c))],
      temperature: 0.7,
      max_tokens: 1000,
    }),
  },
];

export const BLIND_ROUND_31: Template[] = [...tele, ...qq, ...slack, ...notes, ...mail, ...memory];
