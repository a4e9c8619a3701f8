/**
 * Blind round 20: coding agents, agent frameworks and memory libraries never used in the corpus before, read from
 * their source and measured without changing the rules: LangMem's running summary (first and extended), GitHub
 * Copilot Chat's conversation title, MemoryOS's topic summary and knowledge extraction, Super Magic's Chinese
 * history compression, Google ADK's event compaction and Strands Agents' summarizing conversation manager; and
 * negatives from their ordinary turns.
 */
import type { Conversation, Turn } from "./_conversations.ts";
import { type ChatBody, MODEL, type Source, sys, type Template, toMessages, usr } from "./_types.ts";
import type { Negative } from "./_negatives_pasted.ts";

const at = (repo: string, { path, commit }: { path: string; commit: string }): Source => ({
  repo,
  path,
  commit,
});

/** The turns a summariser gets: LangMem and Strands drop a trailing user turn that has no answer yet. */
function answered(c: Conversation): Turn[] {
  const turns = [...c.turns];
  while (turns.length > 0 && turns[turns.length - 1]?.role === "user") turns.pop();
  return turns;
}
const firstUser = (c: Conversation) => c.turns.find((t) => t.role === "user")?.content ?? "";

/** Question/answer pairs (MemoryOS pages hold one user input and one agent response). */
function pairs(c: Conversation): Array<{ user: string; agent: string }> {
  const out: Array<{ user: string; agent: string }> = [];
  for (let i = 0; i + 1 < c.turns.length; i += 2) {
    const q = c.turns[i];
    const r = c.turns[i + 1];
    if (q?.role === "user" && r?.role === "assistant") out.push({ user: q.content, agent: r.content });
  }
  return out;
}

// --- langchain-ai/langmem src/langmem/short_term/summarization.py -------------------------------------------
const LANGMEM = at("langchain-ai/langmem", {
  path: "src/langmem/short_term/summarization.py",
  commit: "03de06afb3b2fbb27c0cc724c90ba1d6c74fdcef",
});
/** DEFAULT_INITIAL_SUMMARY_PROMPT: the messages, then this user line. */
const LANGMEM_INITIAL = "Create a summary of the conversation above:";
/** DEFAULT_EXISTING_SUMMARY_PROMPT (the "This is summary" wording is upstream's). */
const LANGMEM_EXTEND = (summary: string) =>
  `This is summary of the conversation so far: ${summary}\n\nExtend this summary by taking into account the new messages above:`;
/** A running summary the model would have written earlier, in the conversation's language. */
const EARLIER_SUMMARY: Record<string, string> = {
  English:
    "The user keeps a sourdough starter in the fridge and asked whether a sharp smell means it has died.",
  French: "L'utilisateur organise un repas associatif de 80 personnes dans une salle communale.",
  Japanese: "ユーザーは来月から在宅勤務になり、ノートパソコン作業での首の痛みについて相談している。",
  Portuguese:
    "O usuário quer começar a correr sem experiência prévia e perguntou sobre a frequência de treinos.",
};

// --- microsoft/vscode-copilot-chat src/extension/prompts/node/panel/title.tsx --------------------------------
const COPILOT_TITLE_SOURCE = at("microsoft/vscode-copilot-chat", {
  path: "src/extension/prompts/node/panel/title.tsx",
  commit: "050d178e1b697b9378aa7db135cf25c2cf656076",
});
/**
 * TitlePrompt's SystemMessage as prompt-tsx renders it: `<br />` is a newline, SafetyRules
 * (src/extension/prompts/node/base/safetyRules.tsx) inlined, ResponseTranslationRules empty for an English UI.
 * "It should about 8 words" and "implentation" are upstream's.
 */
const COPILOT_TITLE_SYSTEM =
  "You are an expert in crafting pithy titles for chatbot conversations. You are presented with a chat conversation, and you reply with a brief title that captures the main topic of discussion in that conversation.\n" +
  "Follow Microsoft content policies.\n" +
  "Avoid content that violates copyrights.\n" +
  'If you are asked to generate content that is harmful, hateful, racist, sexist, lewd, or violent, only respond with "Sorry, I can\'t assist with that."\n' +
  "Keep your answers short and impersonal.\n" +
  "The title should not be wrapped in quotes. It should about 8 words or fewer.\n" +
  "Here are some examples of good titles:\n" +
  "- Git rebase question\n" +
  "- Installing Python packages\n" +
  "- Location of LinkedList implentation in codebase\n" +
  "- Adding a tree view to a VS Code extension\n" +
  "- React useState hook usage";
const COPILOT_TITLE_ASK =
  "Please write a brief title for the chat conversation above. If the conversation covers multiple topics, you can just focus on the last one.";

// --- BAI-LAB/MemoryOS memoryos-pypi/prompts.py, sent by memoryos-pypi/utils.py -------------------------------
const MEMORYOS_PROMPTS = at("BAI-LAB/MemoryOS", {
  path: "memoryos-pypi/prompts.py",
  commit: "7e36842b88e5e3916b4f4686f091beb94afcd07b",
});
const MEMORYOS_SUMMARY_SYSTEM =
  "You are an expert in summarizing dialogue topics. Generate extremely concise and precise summaries. Be as brief as possible while capturing the essence.";
const MEMORYOS_SUMMARY_USER = (dialogText: string) =>
  `Please generate an concise topic summary based on the following conversation. Keep it to 2-3 short sentences maximum:\n${dialogText}\nConcise Summary：`;
const MEMORYOS_KNOWLEDGE_SYSTEM =
  "You are a knowledge extraction assistant. Your task is to extract user private data and assistant knowledge from conversations.\n\nFocus on:\n1. User private data: personal information, preferences, or private facts about the user\n2. Assistant knowledge: explicit statements about what the assistant did, provided, or demonstrated\n\nBe extremely concise and factual in your extractions. Use the shortest possible phrases.\n";
const MEMORYOS_KNOWLEDGE_USER = (conversation: string) =>
  `Please extract user private data and assistant knowledge from the latest user-AI conversation below.\n\nLatest User-AI Conversation:\n${conversation}\n\n【User Private Data】\nExtract personal information about the user. Be extremely concise - use shortest possible phrases:\n- [Brief fact]: [Minimal context(Including entities and time)]\n- [Brief fact]: [Minimal context(Including entities and time)]\n- (If no private data found, write "None")\n\n【Assistant Knowledge】\nExtract what the assistant demonstrated. Use format "Assistant [action] at [time]". Be extremely brief:\n- Assistant [brief action] at [time/context]\n- Assistant [brief capability] during [brief context]\n- (If no assistant knowledge found, write "None")\n`;
/** utils.py get_timestamp() format; a fixed time so the cases are stable. */
const STAMP = "2026-03-14 19:42:07";
/** gpt_summarize_dialogs joins `User: … Assistant: …` pages with newlines. */
const memoryosDialogs = (c: Conversation) =>
  pairs(c).map((p) => `User: ${p.user} Assistant: ${p.agent}`).join("\n");
/** gpt_knowledge_extraction puts each page on two lines with its timestamp. */
const memoryosConversation = (c: Conversation) =>
  pairs(c).map((p) => `User: ${p.user} (Timestamp: ${STAMP})\nAssistant: ${p.agent} (Timestamp: ${STAMP})`)
    .join(
      "\n",
    );

// --- dtyq/super-magic-module backend/super-magic/app/core/chat_history_compressor.py --------------------------
const SUPER_MAGIC = at("dtyq/super-magic-module", {
  path: "backend/super-magic/app/core/chat_history_compressor.py",
  commit: "cdf731f31aa88ff92234000fcc153d58bc91cae7",
});
/** _build_compression_system_prompt: the first user message of the preserved head is quoted in it. */
const SUPER_MAGIC_SYSTEM = (userMessage: string) =>
  `你是一个专业的对话压缩助手。你的任务是将多轮对话压缩成一条简洁但信息完整的摘要，同时保留所有关键信息和上下文。

以下是用户的消息，你应该基于用户的需求去提取有效信息：
\`\`\`
${userMessage}
\`\`\`

在压缩时，请遵循以下原则：
1. 【极其重要】保留用户需求和任务背景的完整信息，尤其是已经尝试过的解决方案、出现的问题以及错误信息
2. 【极其重要】对于重复尝试的内容，必须保留每次尝试的关键步骤、失败原因和尝试的差异点
3. 【极其重要】保留所有关键事实、数据、查询结果、API返回和重要的技术细节、参数设置
4. 【极其重要】保留所有创建文件和修改文件的信息，包括操作类型、文件名、路径、最终的内容
5. 【极其重要】保持对话的完整逻辑流程和因果关系，确保后续操作能理解前面步骤
6. 用简洁的语言替代冗长表达，但绝不简化关键的技术步骤和解决方案
7. 对于代码片段，保留完整的核心功能实现和关键部分，尤其是出错的代码段
8. 对于工具调用，完整保留操作类型、参数和关键结果，简化过程描述
9. 保留所有实体名称、专业术语、技术名词的准确描述，不要进行泛化处理

特别注意：如果发现用户在多次尝试解决同一问题，或者存在循环重试的模式，必须完整保留每次尝试的细节和变化，以免丢失导致重试的关键上下文。对于包含重要决策、断点或转折的对话部分，应当完整保留。

你的回复应该是一个详尽的摘要，不包含任何解释或元描述，直接输出压缩后的内容。宁可少压缩也不要丢失任何可能影响后续对话的关键信息。`;
/** _build_compression_user_prompt: `[ROLE]: content` blocks and the target ratio as a percentage. */
const SUPER_MAGIC_USER = (turns: Turn[], ratioPercent: number) =>
  `请将以下多轮对话压缩成一条简洁但信息完整的摘要。目标压缩率约为${ratioPercent}%。

原始对话内容:
${turns.map((t) => `[${t.role.toUpperCase()}]: ${t.content}\n\n`).join("")}

压缩后的摘要(直接输出):`;

// --- google/adk-python src/google/adk/apps/llm_event_summarizer.py ------------------------------------------
const ADK = at("google/adk-python", {
  path: "src/google/adk/apps/llm_event_summarizer.py",
  commit: "be6a2e8eef726db16c63ed23eccee6159fd1e6ef",
});
/**
 * _DEFAULT_PROMPT_TEMPLATE: the Python source writes `\\n`, so the model gets a literal backslash-n, and
 * _format_events_for_prompt joins `author: text` lines with the same literal `\n`.
 */
const ADK_COMPACTION = (history: string) =>
  "The following is a conversation history between a user and an AI agent. Please summarize the conversation, focusing on key information and decisions made, as well as any unresolved questions or tasks. The summary should be concise and capture the essence of the interaction.\\n\\n" +
  history;
const adkHistory = (c: Conversation) =>
  c.turns.map((t) => `${t.role === "user" ? "user" : "root_agent"}: ${t.content}`).join("\\n");

// --- strands-agents/sdk-python src/strands/agent/conversation_manager/summarizing_conversation_manager.py ----
const STRANDS = at("strands-agents/sdk-python", {
  path: "src/strands/agent/conversation_manager/summarizing_conversation_manager.py",
  commit: "0cd91bb2d89a4b3f87ec7cf03360a3e5a4ad4cb4",
});
const STRANDS_SYSTEM =
  "You are a conversation summarizer. Provide a concise summary of the conversation history.\n\nFormat Requirements:\n- You MUST create a structured and concise summary in bullet-point format.\n- You MUST NOT respond conversationally.\n- You MUST NOT address the user directly.\n- You MUST NOT comment on tool availability.\n\nAssumptions:\n- You MUST NOT assume tool executions failed unless otherwise stated.\n\nTask:\nYour task is to create a structured summary document:\n- It MUST contain bullet points with key topics and questions covered\n- It MUST contain bullet points for all significant tools executed and their results\n- It MUST contain bullet points for any code or technical information shared\n- It MUST contain a section of key insights gained\n- It MUST format the summary in the third person\n\nExample format:\n\n## Conversation Summary\n* Topic 1: Key information\n* Topic 2: Key information\n*\n## Tools Executed\n* Tool X: Result Y";
const STRANDS_ASK = "Please summarize this conversation.";

export const BLIND_ROUND_20: Template[] = [
  {
    client: "LangMem",
    task: "summary",
    source: LANGMEM,
    note:
      "summarize_messages with no running summary: DEFAULT_INITIAL_SUMMARY_PROMPT puts the messages to summarize (system message removed, a trailing human message dropped) before the user line; sent with model.invoke, shown as chat completions",
    build: (c) => ({ model: MODEL, messages: [...toMessages(answered(c)), usr(LANGMEM_INITIAL)] }),
  },
  {
    client: "LangMem",
    task: "summary",
    source: LANGMEM,
    paraphrased: true,
    note:
      "summarize_messages with a running summary: DEFAULT_EXISTING_SUMMARY_PROMPT after the new messages; the earlier summary text is written for this round, as the model would have produced it",
    build: (c) => ({
      model: MODEL,
      messages: [...toMessages(answered(c)), usr(LANGMEM_EXTEND(EARLIER_SUMMARY[c.language] ?? ""))],
    }),
  },
  {
    client: "GitHub Copilot Chat",
    task: "title",
    source: COPILOT_TITLE_SOURCE,
    paraphrased: true,
    note:
      "TitlePrompt rendered by @vscode/prompt-tsx: the system text with SafetyRules, the user's request as one user message, then the title instruction as a second user message; the first user turn is taken as userRequest",
    build: (c) => ({
      model: MODEL,
      messages: [sys(COPILOT_TITLE_SYSTEM), usr(firstUser(c)), usr(COPILOT_TITLE_ASK)],
    }),
  },
  {
    client: "MemoryOS",
    task: "summary",
    source: MEMORYOS_PROMPTS,
    note:
      "memoryos-pypi/utils.py@936f417688da3fc137806cf27731a0b3dfb00f8c gpt_summarize_dialogs: system and user message through the openai client, temperature 0.7, max_tokens 2000",
    build: (c) => ({
      model: MODEL,
      messages: [sys(MEMORYOS_SUMMARY_SYSTEM), usr(MEMORYOS_SUMMARY_USER(memoryosDialogs(c)))],
      temperature: 0.7,
      max_tokens: 2000,
    }),
  },
  {
    client: "MemoryOS",
    task: "memory",
    source: MEMORYOS_PROMPTS,
    note:
      "memoryos-pypi/utils.py@936f417688da3fc137806cf27731a0b3dfb00f8c gpt_knowledge_extraction: pages with timestamps, temperature 0.7, max_tokens 2000",
    build: (c) => ({
      model: MODEL,
      messages: [sys(MEMORYOS_KNOWLEDGE_SYSTEM), usr(MEMORYOS_KNOWLEDGE_USER(memoryosConversation(c)))],
      temperature: 0.7,
      max_tokens: 2000,
    }),
  },
  {
    client: "Super Magic",
    task: "compaction",
    source: SUPER_MAGIC,
    paraphrased: true,
    note:
      "ChatHistoryCompressor.compress_messages: the first user message goes into the system prompt, the turns after it into the user prompt; the target ratio comes from the compression config (50 assumed here)",
    build: (c) => ({
      model: MODEL,
      messages: [sys(SUPER_MAGIC_SYSTEM(firstUser(c))), usr(SUPER_MAGIC_USER(answered(c).slice(1), 50))],
    }),
  },
  {
    client: "Google ADK",
    task: "compaction",
    source: ADK,
    paraphrased: true,
    note:
      "LlmEventSummarizer.maybe_summarize_events: one user content, stream False, through the app's model (Gemini or LiteLLM); events are `author: text` with the agent's name as author (root_agent here)",
    build: (c) => ({ model: MODEL, messages: [usr(ADK_COMPACTION(adkHistory(c)))], stream: false }),
  },
  {
    client: "Strands Agents",
    task: "compaction",
    source: STRANDS,
    note:
      "_generate_summary_with_model: DEFAULT_SUMMARIZATION_PROMPT as system prompt, the oldest messages, then a user 'Please summarize this conversation.'; the agent's model streams, shown as chat completions",
    build: (c) => ({
      model: MODEL,
      messages: [sys(STRANDS_SYSTEM), ...toMessages(answered(c)), usr(STRANDS_ASK)],
      stream: true,
    }),
  },
];

// --- negatives --------------------------------------------------------------------------------------------------
const MEMORYOS_RESPONSE_SYSTEM = (
  relationship: string,
  { knowledge, meta }: { knowledge: string; meta: string },
) =>
  `As a communication expert with outstanding communication habits, you embody the role of ${relationship} throughout the following dialogues.\nHere are some of your distinctive personal traits and knowledge:\n${knowledge}\nCurrent conversation metadata:\n${meta}\nYour task is to generate responses that align with these traits and maintain the tone.\n`;
const MEMORYOS_RESPONSE_USER = (
  { history, retrieval, background, relationship, query }: {
    history: string;
    retrieval: string;
    background: string;
    relationship: string;
    query: string;
  },
) =>
  `<CONTEXT>\nDrawing from your recent conversation with the user:\n${history}\n\n<MEMORY>\nThe memories linked to the ongoing conversation are:\n${retrieval}\n\n<USER TRAITS>\nDuring the conversation process between you and the user in the past, you found that the user has the following characteristics:\n${background}\n\nNow, please role-play as ${relationship} to continue the dialogue between you and the user.\nThe user just said: ${query}\nPlease respond to the user's statement using the following format (maximum 30 words, must be in English):\n When answering questions, be sure to check whether the timestamp of the referenced information matches the timeframe of the question`;

const LANGMEM_FINAL = (summary: string) => `Summary of the conversation so far: ${summary}`;

export function buildBlind20Negatives(): Negative[] {
  const body = (messages: ChatBody["messages"], extra: Partial<ChatBody> = {}): ChatBody => ({
    model: MODEL,
    messages,
    ...extra,
  });
  return [
    {
      task: "blind-20",
      source: LANGMEM,
      note:
        "the answer request after summarization: DEFAULT_FINAL_SUMMARY_PROMPT puts the summary in a system message before the remaining turns (English)",
      body: body([
        sys("You are a helpful assistant."),
        sys(LANGMEM_FINAL(
          "The user is planning a cycling trip from Bruges to Ghent with two children aged 8 and 11.",
        )),
        usr("Is there a route that avoids the main road? The kids are fine with 40 km."),
      ]),
    },
    {
      task: "blind-20",
      source: COPILOT_TITLE_SOURCE,
      note: "a developer in the chat asks for a title of their own pull request description (English)",
      body: body([
        usr(
          "Suggest a short PR title for this change, max 8 words:\n\nThe retry loop in the uploader now backs off exponentially up to 30 s and stops after 5 attempts; previously it retried forever every second and flooded the logs when S3 was down.",
        ),
      ]),
    },
    {
      task: "blind-20",
      source: MEMORYOS_PROMPTS,
      note: "generate_system_response_with_meta: the ordinary reply request with memory and traits (English)",
      body: body([
        sys(MEMORYOS_RESPONSE_SYSTEM("friend", {
          knowledge: "- I recommended a beginner yoga routine on 2026-03-10.",
          meta: "The user is working on sleeping better.",
        })),
        usr(MEMORYOS_RESPONSE_USER({
          history: "User: I slept six hours last night. (Timestamp: 2026-03-13 08:01:12)",
          retrieval: "The user drinks coffee after 6 pm.",
          background: "Health Concern ( High )",
          relationship: "friend",
          query: "Should I stop the evening espresso completely or just switch to decaf?",
        })),
      ], { temperature: 0.7, max_tokens: 2000 }),
    },
    {
      task: "blind-20",
      source: SUPER_MAGIC,
      note: "a user asks the agent to summarize their own pasted meeting notes (Chinese)",
      body: body([
        usr(
          "帮我把下面的会议记录整理成三条要点，再起个标题：\n周一产品评审，决定把导出功能推迟到四月；客服反馈登录验证码收不到，后端排查短信通道；下周三前完成新首页的设计稿。",
        ),
      ]),
    },
    {
      task: "blind-20",
      source: ADK,
      note: "an ordinary question to an ADK agent, with an earlier exchange (French)",
      body: body([
        sys("You are a helpful travel assistant. Answer in the user's language."),
        usr("Je pars à Lisbonne en mai, il fera quel temps ?"),
        { role: "assistant", content: "En mai, Lisbonne est en général ensoleillée, entre 15 et 24 °C." },
        usr("Quels quartiers conseilles-tu pour loger sans voiture ?"),
      ]),
    },
    {
      task: "blind-20",
      source: STRANDS,
      note: "a user asks a Strands agent to summarize a pasted email thread of their own (Japanese)",
      body: body([
        usr(
          "このメールのやり取りを3行で要約してください。\n\n佐藤: 来週の打ち合わせを水曜に変更できますか？\n田中: 水曜は午後なら大丈夫です。\n佐藤: では14時からでお願いします。資料は前日に送ります。",
        ),
      ], { stream: true }),
    },
  ];
}
