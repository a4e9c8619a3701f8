/**
 * Blind round 43: note, mail and productivity apps with a built-in AI chat, read from their source and measured
 * without changing the rules: chat-note titles of two Obsidian plugins (ChatGPT MD, BMO Chatbot), Chinese session
 * titles of two SiYuan plugins (sy-f-misc, siyuan-plugin-copilot), YOLO's Chinese and Italian titles and its
 * compaction instruction, the conversation summaries AFFiNE, SurfSense and LLM for Zotero write to carry a long chat
 * forward, the search-query rewrites of Jarvis (Joplin) and LLM for Zotero, and the chat title of Scriberr's
 * transcript chat; and hard negatives from the same clients'
 * ordinary turns and users asking for a title or summary of their own text.
 */
import type { Conversation } from "./_conversations.ts";
import { CONVERSATIONS_BLIND_43 } from "./_conversations_blind43.ts";
import { firstExchange, MODEL, sys, type Template, toLines, toMessages, usr } from "./_types.ts";
import type { Negative } from "./_negatives_pasted.ts";
import * as P from "./_prompts_blind43.ts";

const at = (repo: string, { path, commit }: { path: string; commit: string }) => ({ repo, path, commit });
const CGMD = at("bramses/chatgpt-md", {
  path: "src/Services/AiProviderService.ts",
  commit: "f1b5c37f64d4824e8ac7b5728070b4d2400fc2d5",
});
const BMO = at("longy2k/obsidian-bmo-chatbot", {
  path: "src/components/editor/FetchRenameNoteTitle.ts",
  commit: "db19e4cee4c52b300285f2573be049580c5e2a9a",
});
const AFFINE = at("toeverything/AFFiNE", {
  path: "packages/backend/server/src/plugins/copilot/prompt/prompts.ts",
  commit: "04a48b21c2d84aedae1a0f99a189fbcbadc3f118",
});
const SYF = at("frostime/sy-f-misc", {
  path: "src/func/gpt/chat/ChatSession/use-openai-endpoints.ts",
  commit: "296e2291440daeb70aeac9e026e03b394412289e",
});
const SYCOPILOT = at("qiupo/siyuan-plugin-copilot", {
  path: "src/defaultSettings.ts",
  commit: "e5f702ceecfd7c7532fb6cc7852350b2cfa6b3ec",
});
const YOLO = "5cd389ee2a918d335c898ce7f1251ac4e39e362f";
const JARVIS = "c28b871d86e0e8e168bc1f61c684b4eb71ccc7b7";
const SCRIBERR = at("rishikanthc/Scriberr", {
  path: "internal/api/chat_handlers.go",
  commit: "bdb8838b8b9e4a58e74297f6ed2d0acb4c341c4f",
});
const ZOTERO = "6d78d8d77b2c26c62d75197fbd2cde0bd2264eef";

/** ChatGPT MD splits the chat note at its `<hr>` separators; each later part starts with a `role::` heading. */
function chatNoteParts(c: Conversation): string[] {
  return c.turns.map((turn, i) => {
    const heading = turn.role === "assistant"
      ? '### role::assistant<span style="font-size: small;"> (gpt-4o-mini)</span>'
      : "### role::user";
    return i === 0 ? `${turn.content}\n\n` : `\n\n${heading}\n\n${turn.content}\n\n`;
  });
}

/** BMO's saved chat history note without its YAML front matter: `###### NAME\ntext\n` per message. */
const bmoHistory = (c: Conversation) =>
  c.turns.map((t) => `###### ${t.role === "user" ? "YOU" : "BMO"}\n${t.content}\n`).join("\n").trim();

/** sy-f-misc: the last `attachedHistory` (3) messages, each clipped to 500 / n characters. */
function syfInput(c: Conversation): string {
  const histories = c.turns.slice(-3);
  const limit = Math.floor(500 / histories.length);
  return histories.map((t) => {
    let clipped = t.content.substring(0, limit);
    if (clipped.length < t.content.length) clipped += "...(clipped)";
    return `<${t.role}>:\n${clipped}`;
  }).join("\n\n");
}

/** LLM for Zotero's rule-based excerpts of the user/assistant pairs being compressed. */
function zoteroExcerpts(c: Conversation): string {
  const pairs: string[] = [];
  for (let i = 0; i + 1 < c.turns.length; i += 2) {
    const user = (c.turns[i]?.content ?? "").slice(0, 250);
    const assistant = (c.turns[i + 1]?.content ?? "").slice(0, 400);
    pairs.push(
      `User: ${user}${user.length >= 250 ? "…" : ""}\n` +
        `Assistant: ${assistant}${assistant.length >= 400 ? "…" : ""}`,
    );
  }
  return `Earlier conversation (${pairs.length} exchange${pairs.length === 1 ? "" : "s"}):\n\n${
    pairs.join("\n\n")
  }`;
}

const yoloTitle = (language: "zh" | "it"): Template => ({
  client: "YOLO (Obsidian)",
  task: "title",
  source: at("Lapis0x0/obsidian-yolo", { path: "src/utils/chat/generateConversationTitle.ts", commit: YOLO }),
  note:
    `DEFAULT_CHAT_TITLE_PROMPT.${language} as system, "User first message:" and the first message as user; buffered`,
  build: (c) => ({
    model: MODEL,
    messages: [sys(P.YOLO_TITLE[language]), usr(`User first message:\n${firstExchange(c).question}`)],
  }),
});

export const BLIND43: Template[] = [
  {
    client: "ChatGPT MD",
    task: "title",
    source: CGMD,
    paraphrased: true,
    note:
      "autoInferTitle after more than 4 messages: the note's <hr>-separated parts as a JSON array in one user message, inferTitleLanguage English, not streamed (role headings reconstructed)",
    build: (c) => ({
      model: MODEL,
      messages: [usr(P.CGMD_TITLE("English", chatNoteParts(c)))],
      stream: false,
    }),
  },
  {
    client: "BMO Chatbot",
    task: "title",
    source: BMO,
    note:
      "allowRenameNoteTitle on saving the chat history: the prompt plus the history note as system, '\\n' as user, max_tokens 40 (REST API URL branch)",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.BMO_TITLE + bmoHistory(c)), usr("\n")],
      max_tokens: 40,
    }),
  },
  {
    client: "AFFiNE AI",
    task: "summary",
    source: AFFINE,
    paraphrased: true,
    note:
      "'Conversation Summary' run by the chat's conversation_summary tool when the context grows long (tools/conversation-summary.ts), focus 'general', length 'detailed'; mustache rendering of the messages reconstructed",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(P.AFFINE_CONV_SYSTEM),
        usr(
          P.fill(P.AFFINE_CONV_USER.replace(/\{\{#messages\}\}\n[\s\S]*\{\{\/messages\}\}/, "{{lines}}"), {
            focus: "general",
            length: "detailed",
            lines: c.turns.map((t) => `${t.role}: ${t.content}\n`).join(""),
          }),
        ),
      ],
    }),
  },
  {
    client: "sy-f-misc (SiYuan)",
    task: "title",
    source: SYF,
    paraphrased: true,
    note:
      "autoGenerateTitle with the utility model: Chinese system and user prompt, the last 3 messages clipped to 500 characters in all, max_tokens 128, temperature 0.7, not streamed",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.SYF_TITLE_SYSTEM), usr(P.SYF_TITLE_USER(syfInput(c)))],
      max_tokens: 128,
      temperature: 0.7,
      stream: false,
    }),
  },
  {
    client: "siyuan-plugin-copilot",
    task: "title",
    source: SYCOPILOT,
    note:
      "autoRenameSession (ai-sidebar.svelte) with the default Chinese autoRenamePrompt filled with the first user message; maxTokens 50, streamed",
    build: (c) => ({
      model: MODEL,
      messages: [usr(P.fill(P.SYCOPILOT_TITLE, { message: firstExchange(c).question }))],
      max_tokens: 50,
      stream: true,
    }),
  },
  yoloTitle("zh"),
  yoloTitle("it"),
  {
    client: "YOLO (Obsidian)",
    task: "compaction",
    source: at("Lapis0x0/obsidian-yolo", { path: "src/core/agent/compaction.ts", commit: YOLO }),
    paraphrased: true,
    note:
      "createConversationCompactionSummary: the chat's own request prefix then the mixed English/Chinese COMPACTION MODE instruction as a user message (the plugin's system prompt not reproduced)",
    build: (c) => ({ model: MODEL, messages: [...toMessages(c.turns), usr(P.YOLO_COMPACT)] }),
  },
  {
    client: "SurfSense",
    task: "compaction",
    source: at("MODSetter/SurfSense", {
      path: "surfsense_backend/app/agents/chat/shared/middleware/compaction.py",
      commit: "b4d57e9b471891962a24bbd5c77620983509abfa",
    }),
    paraphrased: true,
    note:
      "SURFSENSE_SUMMARY_PROMPT given to the deepagents SummarizationMiddleware; the older messages as a LangChain buffer string in one user message (wrapper reconstructed)",
    build: (c) => ({
      model: MODEL,
      messages: [
        usr(P.fill(P.SURFSENSE_COMPACT, { messages: toLines(c.turns, { user: "Human", assistant: "AI" }) })),
      ],
    }),
  },
  {
    client: "Jarvis (Joplin)",
    task: "query-rewrite",
    source: at("alondmnt/joplin-plugin-jarvis", { path: "src/notes/queryDecomposition.ts", commit: JARVIS }),
    note:
      "decompose_query on the user's latest prompt before the notes search of 'Chat with your notes'; complete() sends the chat system message and the prompt",
    build: (c) => ({ model: MODEL, messages: [sys(P.JARVIS_SYSTEM), usr(P.JARVIS_DECOMPOSE(c.followUp))] }),
  },
  {
    client: "LLM for Zotero",
    task: "summary",
    source: at("yilewang/llm-for-zotero", {
      path: "src/modules/contextPanel/conversationSummaryCache.ts",
      commit: ZOTERO,
    }),
    paraphrased: true,
    note:
      "background summary of the older exchanges once a chat passes 10 pairs: system message and the prompt with the rule-based excerpts (user 250, assistant 400 characters), temperature 0, jsonBudget 400 taken as max_tokens",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.ZOTERO_SUMMARY_SYSTEM), usr(P.ZOTERO_SUMMARY_PROMPT + zoteroExcerpts(c))],
      temperature: 0,
      max_tokens: 400,
    }),
  },
  {
    client: "LLM for Zotero",
    task: "query-rewrite",
    source: at("yilewang/llm-for-zotero", {
      path: "src/modules/contextPanel/retrievalQueryPlan.ts",
      commit: ZOTERO,
    }),
    paraphrased: true,
    note:
      "generateRetrievalQueryPlanWithModel on the user's question before retrieval, no document samples; temperature 0, jsonBudget 260 taken as max_tokens",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.ZOTERO_PLANNER_SYSTEM), usr(P.ZOTERO_PLANNER(c.followUp))],
      temperature: 0,
      max_tokens: 260,
    }),
  },
  {
    client: "Scriberr",
    task: "title",
    source: SCRIBERR,
    note:
      "the chat beside a transcript asks for a title after the second exchange: the title prompt as system, the last 6 stored messages (cut at 500 characters) as they are, temperature 0",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(P.SCRIBERR_TITLE),
        ...toMessages(
          c.turns.slice(-6).map((t) => ({
            ...t,
            content: t.content.length > 500 ? t.content.slice(0, 497) + "..." : t.content,
          })),
        ),
      ],
      temperature: 0,
    }),
  },
];

const [EN, FR, ZH, IT] = CONVERSATIONS_BLIND_43 as [Conversation, Conversation, Conversation, Conversation];
const turn = (c: Conversation) => [...toMessages(c.turns), usr(c.followUp)];
const NEGATIVES: Negative[] = [
  {
    task: "blind-43",
    source: CGMD,
    note: "ChatGPT MD chat turn with the default system_commands (English)",
    body: { model: MODEL, messages: [sys(P.CGMD_SYSTEM), ...turn(EN)], stream: true },
  },
  {
    task: "blind-43",
    source: CGMD,
    note: "ChatGPT MD user asks a title for their own essay (English)",
    body: {
      model: MODEL,
      messages: [
        sys(P.CGMD_SYSTEM),
        usr(
          "Suggest a title for this essay of mine, no colons please: 'The library on our street closes at six, but the bench outside it stays open all night, and on summer evenings it is where the whole neighbourhood reads.'",
        ),
      ],
      stream: true,
    },
  },
  {
    task: "blind-43",
    source: BMO,
    note: "BMO Chatbot chat turn with the default system_role (French)",
    body: { model: MODEL, messages: [sys(P.BMO_SYSTEM), ...turn(FR)], stream: true },
  },
  {
    task: "blind-43",
    source: AFFINE,
    note: "AFFiNE 'Summary' action on the user's own selected minutes (French)",
    body: {
      model: MODEL,
      messages: [
        sys(P.AFFINE_SUMMARY_SYSTEM),
        usr(
          P.fill(P.AFFINE_SUMMARY_USER, {
            content:
              "Compte rendu du conseil de quartier du 14 mars : la rue des Tilleuls deviendra piétonne le dimanche à partir de mai ; un marché de producteurs s'y installera de 8 h à 13 h ; les riverains demandent des bacs à fleurs supplémentaires.",
          }),
        ),
      ],
    },
  },
  {
    task: "blind-43",
    source: SYF,
    note: "sy-f-misc chat turn with the default system prompt (Chinese)",
    body: { model: MODEL, messages: [sys(P.SYF_SYSTEM), ...turn(ZH)], stream: true },
  },
  {
    task: "blind-43",
    source: SYCOPILOT,
    note: "siyuan-plugin-copilot user asks a title for their own note (Chinese)",
    body: {
      model: MODEL,
      messages: [
        sys(P.SYCOPILOT_SYSTEM),
        usr(
          "帮我给这篇笔记起个标题：周末带孩子去植物园，看了温室里的热带植物，还在湖边喂了鸭子，回来路上买了桂花糕。",
        ),
      ],
      stream: true,
    },
  },
  {
    task: "blind-43",
    source: at("alondmnt/joplin-plugin-jarvis", { path: "src/ux/settings.ts", commit: JARVIS }),
    note: "Jarvis chat turn with its default chat_system_message (Italian)",
    body: { model: MODEL, messages: [sys(P.JARVIS_SYSTEM), ...turn(IT)], stream: true },
  },
  {
    task: "blind-43",
    source: at("alondmnt/joplin-plugin-jarvis", { path: "src/ux/settings.ts", commit: JARVIS }),
    note: "Jarvis user asks a summary of their own note (Italian)",
    body: {
      model: MODEL,
      messages: [
        sys(P.JARVIS_SYSTEM),
        usr(
          "Riassumi in una frase questa mia nota: 'Assemblea di condominio: si rifà il tetto a settembre, la spesa si divide per millesimi e il fondo cassa ne copre un terzo.'",
        ),
      ],
      stream: true,
    },
  },
  {
    task: "blind-43",
    source: at("yilewang/llm-for-zotero", { path: "src/utils/llmDefaults.ts", commit: ZOTERO }),
    note: "LLM for Zotero direct chat, the user asks a title for their own abstract (English)",
    body: {
      model: MODEL,
      messages: [
        sys(P.ZOTERO_SYSTEM),
        usr(
          "I'm submitting this next week; give me three possible titles for my abstract: 'We surveyed 412 allotment gardeners in three cities and found that shared tool sheds predicted more frequent conversations between neighbours than shared water points did.'",
        ),
      ],
      stream: true,
    },
  },
  {
    task: "blind-43",
    source: SCRIBERR,
    note:
      "Scriberr chat about a meeting transcript: the transcript context and StylePrompt around the first question (English)",
    body: {
      model: MODEL,
      messages: [
        usr(
          P.SCRIBERR_CONTEXT.replace(
            "%s",
            "[Ana] [00:00:02 - 00:00:09] Let's move the launch review to Thursday so design can join.\n[Kofi] [00:00:10 - 00:00:15] Fine, but the pricing page must be final by Wednesday noon.\n",
          ) + "User question: Who asked for the pricing page and by when?" + P.SCRIBERR_STYLE,
        ),
      ],
      stream: true,
    },
  },
];

export function buildBlind43Negatives(): Negative[] {
  return NEGATIVES;
}
