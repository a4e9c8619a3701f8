/**
 * Blind round 10 prompt texts, read after the freeze at commit b128fae (META by voice and form) from clients never
 * used in the corpus before; see `_clients_blind10.ts`. Verbatim unless the template using it is marked
 * `paraphrased`.
 */

/** HKUDS/LightRAG lightrag/prompt.py `keywords_extraction`, filled with one of its examples. */
export const LIGHTRAG_KEYWORDS = (query: string) =>
  `---Role---\nYou are an expert keyword extractor, specializing in analyzing user queries for a Retrieval-Augmented Generation (RAG) system. Your purpose is to identify both high-level and low-level keywords in the user's query that will be used for effective document retrieval.\n\n---Goal---\nGiven a user query, your task is to extract two distinct types of keywords:\n1. **high_level_keywords**: for overarching concepts or themes, capturing user's core intent, the subject area, or the type of question being asked.\n2. **low_level_keywords**: for specific entities or details, identifying the specific entities, proper nouns, technical jargon, product names, or concrete items.\n\n---Instructions & Constraints---\n1. **Output Format**: Your output MUST be a valid JSON object and nothing else. Do not include any explanatory text, markdown code fences (like \`\`\`json), or any other text before or after the JSON. It will be parsed directly by a JSON parser.\n2. **Source of Truth**: All keywords must be explicitly derived from the user query, with both high-level and low-level keyword categories required to contain content.\n3. **Concise & Meaningful**: Keywords should be concise words or meaningful phrases.\n4. **Handle Edge Cases**: For queries that are too simple, vague, or nonsensical (e.g., "hello", "ok", "asdfghjkl"), you must return a JSON object with empty lists for both keyword types.\n\n---Examples---\nExample 1:\n\nQuery: "How does international trade influence global economic stability?"\n\nOutput:\n{\n  "high_level_keywords": ["International trade", "Global economic stability", "Economic impact"],\n  "low_level_keywords": ["Trade agreements", "Tariffs", "Currency exchange", "Imports", "Exports"]\n}\n\n---Real Data---\nUser Query: ${query}\n\n---Output---\nOutput:`;

/** Intelligent-Systems-Lab/REMIND long_memory/prompt.py `chatlog_classify_prompt`, its instructions shortened. */
export const REMIND_CLASSIFY = (logs: string) =>
  `You are an advanced AI assistant tasked with classifying a large dataset of conversations into thematic groups. The dataset consists of thousands of conversations between two parties, covering various topics such as greetings, viewpoints, agreements, disagreements, facts, news, activities, memory, dreams, and changes of mind or viewpoints over time, etc. Your goal is to analyze the conversations, group them by theme, and ensure consistency in the grouping criteria.\n\n### Instructions:\n\n1. **Grouping by Theme**:\n   - Analyze each conversation to identify its primary theme or topic.\n   - Create new groups based on the identified themes and ensure that the grouping criteria remain consistent across all conversations.\n\n3. **Output Format**:\n   - Provide the results strictly in the JSON format outlined below.\n   - Each group should include a concise yet comprehensive summary of its theme.\n   - Each summary must not exceed 50 words.\n\nExample:\nChat logs: [\n    {"id": 1, "text": "assistant: Hi, how are you today? user: Good. I walked in the park today."}\n]\nOutput:\n\`\`\`json\n{\n    "groups": [\n        {\n            "summary": "User walked in the park.",\n            "chat_logs": [1]\n        }\n    ]\n}\n\nChat logs:${logs}\n`;
/** The same file's `generate_keyword`. */
export const REMIND_KEYWORD = (query: string) =>
  `Based on the query below, generate a list of key concepts or keywords that best capture its essential meaning \nfor a memory retrieval system.\nRespnse with this format, the keywords should less than 4\nExample:["AI", "machine learning"]\nQuery: ${query}`;

/** glidersxu/astrbot_plugin_group_chatsummary astrbot_plugin_group_chatsummary_config.json `prompt`. */
export const ASTRBOT_SUMMARY = "请将以下聊天内容进行总结，并提炼出重点和待办事项：\n";

/** XY2323819551/prompt-language tests/test2.pl, the question-rewrite /prompt/ filled. */
export const PL_REWRITE = (question: string, history: string) =>
  `角色\n你是一个问题重写专家，可以根据历史对话信息，对当前问题的主语和指代进行补充完善，生成一个语义明确、没有指代的问题。\n\n当前问题为：\n【${question}】\n\n历史对话信息为：\n【${history}】\n\n# 步骤\n步骤1. 如果历史对话信息和当前问题无关，或无法改写，请忽略后续步骤，直接返回：【重写后的问题】${question}。\n步骤2. 如果可以改写，则先识别当前问题中的主语和所有的指代，并显示你的答案。\n步骤3. 从历史对话信息中找出步骤2中涉及的主语或指代的具体内容，要忠于原文，不要少任何一个字。显示你的答案\n步骤4. 结合步骤2和步骤3的结果，将你找到的具体的主语或指代替换到当前问题：【${question}】中。重写后的问题尽量简短。显示重写后的问题，输出格式为：【重写后的问题】xxx\n\n# 注意事项\n1. 你只需要补充主语和指代信息即可，不要修改问题本身。\n2. 你有足够的时间，请认真思考后回答。\n`;

/** terao-ryohei/dolphive src/ai/prompts.ts `MEMORY_GENERATION_PROMPT` (schedule and task fields left out). */
export const DOLPHIVE_MEMORY =
  'あなたはユーザーの会話から重要な情報を抽出し、メモリとして保存するアシスタントです。\n\n以下の会話から、保存すべき情報を抽出してJSON形式で出力してください。\n\n## 出力形式（必ずこの形式で）\n```json\n{\n  "title": "簡潔なタイトル",\n  "summary": "1-2文の要約",\n  "tags": ["タグ1", "タグ2"],\n  "category": "カテゴリ名",\n  "content": "本文（Markdown形式）"\n}\n```\n\n## カテゴリの選択基準\n- daily: 日常の出来事、日記的な内容\n- ideas: アイデア、思いつき、企画\n- research: 調査結果、学んだこと、技術メモ\n- logs: 作業ログ、進捗記録\n\n## ルール\n1. titleは20文字以内で簡潔に\n2. summaryは50文字以内\n3. tagsは最大5個まで、関連キーワードを抽出\n4. contentは会話の重要部分をMarkdown形式で整理\n5. 必ず有効なJSONのみを出力（説明文なし）\n\n## 会話内容\n';
/** The same file's `SAVE_DECISION_PROMPT`. */
export const DOLPHIVE_SAVE =
  '以下のメッセージが「保存してほしい」という意図を含むか判定してください。\n\n## 保存トリガーの例\n- 「覚えといて」「覚えておいて」\n- 「メモして」「メモしといて」\n- 「保存して」「記録して」\n- 「忘れないように」\n- 「!save」コマンド\n\n## 出力形式（JSONのみ）\n```json\n{\n  "shouldSave": true/false,\n  "reason": "判定理由"\n}\n```\n\n## メッセージ\n';

/** kyopark2014/mcp-manus application/operator.md, its rules shortened. */
export const MANUS_OPERATOR =
  'You are a supervisor coordinating a team of specialized workers to complete tasks. Your team consists of: [Coder, Reporter].\n\nFor each user request, your responsibilities are:\n1. Analyze the request and determine which worker is best suited to handle it next by considering given full_plan \n2. Ensure no tasks remain incomplete.\n3. Ensure all tasks are properly documented and their status updated.\n\n# Output Format\nYou must ONLY output the JSON object, nothing else.\nNO descriptions of what you\'re doing before or after JSON.\nAlways respond with ONLY a JSON object in the format: \n{"next": "worker_name", "task":"task"}\nor \n{"next": "FINISH", "task":"task"} when the task is complete\n\n# Decision Logic\n- Initially, analyze the request to select the most appropriate worker\n- Switch to coder if calculations or coding is required\n- Switch to reporter if a final report needs to be written\n- Return "FINISH" if all necessary tasks have been completed';

/** rawr-ai/codex rawr/prompts/rawr-auto-compact-heads-up.md. */
export const RAWR_HEADS_UP =
  "Okay — here’s what we’re going to do.\n\nI’m going to ask for a continuation context packet: a small, precise handoff that lets you continue exactly where you left off.\n\nOnce that packet is ready, I’m going to compact this session so you have more context window to work with for the next step. Then I’m going to hand the packet back to the in-session agent to continue immediately (no drift, no restart).\n\nSo please make sure the packet includes whatever it needs in order to resume cleanly: keep the overarching goal in mind, and don’t lose the important things we’ve learned so far, things we’ve tried, invariants/decisions we’ve made, and any other details that matter for continuing without re-discovering work.\n\nThere are guidelines below about what to include. You’re allowed (and encouraged) to upgrade/improve those guidelines based on your own self-reflection — include what you genuinely need to continue well.\n\nAt the bottom, I’ll also include a short verbatim snippet of the very last thing the agent was thinking about or working on as a memory trigger.\n";

/** Devine143/proman_os CMO/.claude/commands/conversation-summary.md, its report format shortened. */
export const PROMAN_SUMMARY =
  "# Conversation Summary\n\nGenerate a narrative summary of our discussion that captures not just what was discussed, but how our understanding evolved throughout the conversation. Follow the `Instructions` and output in the `Report Format`.\n\n## Instructions\n\n- Review the entire conversation history to identify key topics, decisions, and turning points\n- Identify breakthrough moments where understanding shifted or deepened\n- Track how thinking evolved - note where initial assumptions changed\n- Determine logical next steps that build on developed insights\n\n## Report Format\n\nRespond using this exact structure:\n\n**SUMMARY:** [Narrative description showing evolution of both topics and understanding]\n\n**CURRENT POINT:** [Where we are in our evolving understanding]\n\n**NEXT:** [What we're exploring next]";

/** Dengjiaji/agentscope-samples evotraders/backend/agents/prompts/communication/decide_strategy_system.md. */
export const EVOTRADERS_DECIDE =
  "You are a portfolio manager responsible for coordinating the analyst team.\nBased on current analysis results, you need to decide whether further communication with analysts is needed.\n\nThere are two communication methods:\n1. private_chat: One-on-one private chat with individual analyst, suitable for in-depth discussion of specific issues\n2. meeting: Organize multiple analysts for group discussion, suitable for collective decision-making or major disagreements\n\nMust return decision in JSON format, do not include any other text. Please keep any text content within 200 characters.\n\n";

/** ArisaTaki/tenkinoko-chat-bot src/prompt-template/rephrase-template/index.ts `rephraseTemplate`. */
export const TENKINOKO_SYSTEM =
  "给定以下对话和一个后续问题，请将后续问题重述为一个独立的问题。请注意，重述的问题应该包含足够的信息，使得没有看过对话历史的人也能理解。";
export const TENKINOKO_HUMAN = (question: string) => `将以下问题重述为一个独立的问题：\n${question}`;

/** ting090701/Fine 111.py `condense_prompt`. */
export const FINE_CONDENSE = (history: string, question: string) =>
  `Given the following conversation and a follow up question, rephrase the follow up question to be a standalone question.\n        \n        CRITICAL RULE: The standalone question must be in the **SAME LANGUAGE** as the "Follow Up Input". \n        (If the follow up is in English, the standalone question must be in English. If it's in Chinese, use Chinese.)\n\n        Chat History (對話歷史):\n        ${history}\n        \n        Follow Up Input (後續問題): ${question}\n        \n        Standalone Question (完整問題):`;

const at = (repo: string, { path, commit }: { path: string; commit: string }) => ({ repo, path, commit });
export const SOURCES10 = {
  lightrag: at("HKUDS/LightRAG", {
    path: "lightrag/prompt.py",
    commit: "01a2c79f29ceab3cbf9cdcbff2e8ec33a2abd245",
  }),
  remind: at("Intelligent-Systems-Lab/REMIND", {
    path: "long_memory/prompt.py",
    commit: "008af0f5f8d7fe93116f2a2d3ac4e9abe0876e2c",
  }),
  astrbot: at("glidersxu/astrbot_plugin_group_chatsummary", {
    path: "astrbot_plugin_group_chatsummary_config.json",
    commit: "16fe71c40f7e67f14b3b96d3febce130bd4da79d",
  }),
  promptLanguage: at("XY2323819551/prompt-language", {
    path: "tests/test2.pl",
    commit: "683aa728436a5c4843c7d2e19ade401c9508be7f",
  }),
  dolphive: at("terao-ryohei/dolphive", {
    path: "src/ai/prompts.ts",
    commit: "3cd4d76acf0b7447eae293bad43a8cd4db200676",
  }),
  manus: at("kyopark2014/mcp-manus", {
    path: "application/operator.md",
    commit: "014e3fa7d4da1ffba59edeabb3123346c989e3d9",
  }),
  rawr: at("rawr-ai/codex", {
    path: "rawr/prompts/rawr-auto-compact-heads-up.md",
    commit: "32017064531e9970f9a30f9a8b51357f06967f62",
  }),
  proman: at("Devine143/proman_os", {
    path: "CMO/.claude/commands/conversation-summary.md",
    commit: "b48bbd90c7fc90cee20e3da13dbac7ad7f74d31e",
  }),
  evotraders: at("Dengjiaji/agentscope-samples", {
    path: "evotraders/backend/agents/prompts/communication/decide_strategy_system.md",
    commit: "fe1a91b2e41ce5e6efe010b57dc1a06631feb98a",
  }),
  tenkinoko: at("ArisaTaki/tenkinoko-chat-bot", {
    path: "src/prompt-template/rephrase-template/index.ts",
    commit: "dde6650bf63a3a2ab5183038063c953ec16ce91d",
  }),
  fine: at("ting090701/Fine", { path: "111.py", commit: "7c23bc1ce04d54ecae4b7ec6e2e22c0659e94435" }),
};
