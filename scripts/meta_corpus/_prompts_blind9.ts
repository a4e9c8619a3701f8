/**
 * Blind round 9 prompt texts, read after the freeze at commit 22f0545 from clients never used in the corpus
 * before; see `_clients_blind9.ts`. Verbatim unless the template using it is marked `paraphrased`.
 */

/** CAS-YiTeam/agent-matrix agent_matrix/agent/agent_groupchat_host.py `get_next_speaker` (only_query mode). */
export const MATRIX_NEXT_SPEAKER = (roles: string) =>
  `\nYou are in a role play game, and you are the leader to arrange the order of speakers.\nThe following speakers are available: ${roles}.\nRead the following conversation,\nplan and select the next speaker from ${roles},\nand explain why you choose this speaker.\n\nNote:\nYou should wrap the SELECTED speaker name in dollar quotes, e.g. "I decide $the_speaker_name$ should be the next speaker to play".\nWhen the initial goal is done, you should return $terminate_conversation$ (in dollar quotes) to end the conversation.\n`;
/** The same, translated into Chinese by hand. */
export const MATRIX_NEXT_SPEAKER_ZH = (roles: string) =>
  `\n你在一个角色扮演游戏中，你是安排发言顺序的主持人。\n可用的发言者有：${roles}。\n阅读下面的对话，\n从 ${roles} 中规划并选择下一位发言者，\n并说明你选择的理由。\n\n注意：\n请用美元符号包住所选发言者的名字，例如 "我决定 $the_speaker_name$ 作为下一位发言者"。\n当最初的目标完成时，返回 $terminate_conversation$ 结束对话。\n`;

/** zhuyingqin/langmanus src/prompts/supervisor.md, the team filled. */
export const LANGMANUS_SUPERVISOR =
  `---\nCURRENT_TIME: 2025-03-20 10:12:00\n---\n\nYou are a supervisor coordinating a team of specialized workers to complete tasks. Your team consists of: researcher, coder, browser, reporter.\n\nFor each user request, you will:\n1. Analyze the request and determine which worker is best suited to handle it next\n2. Respond with ONLY a JSON object in the format: {"next": "worker_name"}\n3. Review their response and either:\n   - Choose the next worker if more work is needed (e.g., {"next": "researcher"})\n   - Respond with {"next": "FINISH"} when the task is complete\n\nAlways respond with a valid JSON object containing only the 'next' key and a single value: either a worker's name or 'FINISH'.\n\n## How to manage your team?\n- Use \`coder\` to do math if necessary.\n- Use \`file_manager\` to save a local file if necessary.\n- Use \`researcher\` for searching purpose if necessary.\n- Use \`browser\` to conduct browser actions if necessary.\n`;

/** rashadphz/farfalle src/backend/prompts.py `HISTORY_QUERY_REPHRASE`. */
export const FARFALLE_REPHRASE = (history: string, question: string) =>
  `Given the following conversation and a follow up input, rephrase the follow up into a SHORT, standalone query (which captures any relevant context from previous messages).\nIMPORTANT: EDIT THE QUERY TO BE CONCISE. Respond with a short, compressed phrase. If there is a clear change in topic, disregard the previous messages.\nStrip out any information that is not relevant for the retrieval task.\n\nChat History:\n${history}\n\nMake sure to match the language of the user's question.\n\nFollow Up Input: ${question}\nStandalone question (Respond with only the short combined query):`;
/** The same, translated into Japanese by hand. */
export const FARFALLE_REPHRASE_JA = (history: string, question: string) =>
  `以下の会話とフォローアップ入力をもとに、フォローアップを短く独立したクエリに言い換えてください（前のメッセージの関連する文脈を含めること）。\n重要：クエリは簡潔にしてください。短く圧縮したフレーズで答えてください。話題がはっきり変わった場合は、前のメッセージを無視してください。\n\nチャット履歴：\n${history}\n\nフォローアップ入力：${question}\n独立した質問（短いクエリのみで答えてください）：`;
/** rashadphz/farfalle src/backend/prompts.py `RELATED_QUESTION_PROMPT`. */
export const FARFALLE_RELATED = (query: string, context: string) =>
  `Given a question and search result context, generate 3 follow-up questions the user might ask. Use the original question and context.\n\nThere must be EXACTLY 3 questions. Keep the questions concise, and simple.\n\nMake sure to match the language of the user's question.\n\nOriginal Question: ${query}\n<context>\n${context}\n</context>\n`;

/** agheieff/Agent Prompts/compact.py `get_compact_prompt`. */
export const AGENT_COMPACT =
  "Please summarize the important details, decisions, actions, and next steps from the conversation so far in a concise manner. Then, end with a clear outline of recommended next steps.";

/** isWittHere/my-last-chat prompts/compact.prompt.md, its structure list shortened. */
export const LAST_CHAT_COMPACT =
  "Your task is to create a detailed summary of the conversation so far, paying close attention to the user's explicit requests and your previous actions.\nThis summary should be thorough in capturing technical details, code patterns, and architectural decisions that would be essential for continuing with the conversation and supporting any continuing tasks.\n\nYour summary should be structured as follows:\nContext: The context to continue the conversation with. If applicable based on the current task, this should include:\n  1. Previous Conversation: High level details about what was discussed throughout the entire conversation with the user.\n  2. Current Work: Describe in detail what was being worked on prior to this request to summarize the conversation.\n  3. Key Technical Concepts: List all important technical concepts, technologies, coding conventions, and frameworks discussed.\n  4. Pending Tasks and Next Steps: Outline all pending tasks that you have explicitly been asked to work on.";

/** sundas-arooj/scholar-bot app/constants/prompts.py `HISTORY_PROMPT`. */
export const SCHOLAR_HISTORY =
  "\nGiven the conversation history and a question, help identify relevant search terms.\nRephrase the question to include context from the conversation history.\n";

/** OpenCoworkAI/open-cowork src/main/session/session-title-utils.ts `buildTitlePrompt`. */
export const COWORK_TITLE = (prompt: string) =>
  [
    "请根据用户请求生成一个简短的对话标题：",
    "- 标题不超过15个字",
    "- 同语言输出",
    "- 不要加引号或编号",
    "",
    `用户请求：${prompt.trim()}`,
  ]
    .join("\n");

/** LuisGhz/myaichat-nest src/modules/chat/consts/openai.const.ts `CHAT_TITLE_PROMPT`. */
export const MYAICHAT_TITLE = (question: string, answer: string) =>
  `Generate a very short title (max 6 words) for a conversation that starts with this exchange. Return only the title, no quotes or extra text, Do not utilize special characters like ", neither markdown characters.\n\nUser: ${question}\nAssistant: ${
    answer.slice(0, 500)
  }`;

/** ai-ebwood/ai-chatbot backend/prompts.py `generate_summary_prompt` and `generate_memory_prompt`. */
export const EBWOOD_SUMMARY = (messages: string) =>
  `\n请根据已有的总结old_summary（可能为空), 加上最新的消息列表messages，得到新的总结.\n\n已有的总结内容:\n<old_summary>\n\n</old_summary>\n\n消息列表:\n<messages>\n${messages}\n</messages>\n\n输出结果:\nsummary: 总结example\n`;
export const EBWOOD_MEMORY =
  "\nUpdate the existing user profile (or create a new one if it doesn't exist) based on the shared information.";

/** cwikio/Hexa-Puffs Thinker/prompts/fact-extraction-prompt.md, filled. */
export const HEXA_FACTS = (conversation: string) =>
  `Analyze this conversation and extract NEW facts about the user that are not already known.\n\nConversation:\n${conversation}\n\nExtract facts in these categories:\n- preference: What the user likes, dislikes, or prefers\n- background: Information about who the user is (location, job, age, etc.)\n- pattern: Behavioral patterns you observe\n- project: Current work or projects mentioned\n- contact: People mentioned by name (with any context like role, email, etc.)\n- decision: Choices the user made\n\nRules:\n- Only extract CLEAR, EXPLICIT facts stated or strongly implied in the conversation\n- Facts must be standalone (understandable without the conversation)\n- Skip generic statements that aren't user-specific\n- Skip facts that overlap with the already known facts listed above\n- Maximum 5 facts per extraction\n\nReturn ONLY valid JSON in this exact format:\n{\n  "facts": [\n    {"fact": "...", "category": "...", "confidence": 0.9}\n  ]\n}\n\nIf no NEW facts can be extracted, return: {"facts": []}`;

/** En1gma02/memari backend/persona-update-system-prompt.md, its guidelines shortened. */
export const MEMARI_PERSONA =
  "You are an expert User Persona Analyst for an AI chatbot's memory system.\n\nYour task is to analyze conversation history and extract ONLY the most essential, actionable persona traits. This persona will be used by the AI to personalize future conversations.\n\n## Critical Guidelines:\n\n1. **BE EXTREMELY SELECTIVE**: Only include information that would genuinely help personalize conversations. Avoid bloat.\n\n2. **NO PSEUDO-MEMORY**: Don't document every conversation topic. Focus on enduring traits, preferences, and facts.\n\n5. **FORMAT**: Use a clean markdown structure with these sections:\n   - **Identity**: Name, occupation, location (if known)\n   - **Personality**: Core traits, communication style\n   - **Preferences**: Strong likes/dislikes\n\n6. **LENGTH**: Keep the entire persona under 300 words. Quality over quantity.\n\n7. **TONE**: Write in third person, present tense. Be factual and concise.\n\nOutput ONLY the markdown persona document. No preamble or explanation.";

const at = (repo: string, { path, commit }: { path: string; commit: string }) => ({ repo, path, commit });
export const SOURCES9 = {
  matrix: at("CAS-YiTeam/agent-matrix", {
    path: "agent_matrix/agent/agent_groupchat_host.py",
    commit: "00eecf8e4fb6abb16d037186ef4a050e2c5de73c",
  }),
  langmanus: at("zhuyingqin/langmanus", {
    path: "src/prompts/supervisor.md",
    commit: "adcd34f27d0b5018a53f52a67bc17da23453d7f7",
  }),
  farfalle: at("rashadphz/farfalle", {
    path: "src/backend/prompts.py",
    commit: "0994ec1feb177724e8033b08d7f8b9142e7d07af",
  }),
  agent: at("agheieff/Agent", {
    path: "Prompts/compact.py",
    commit: "5a200c04866624eb4aaf52c91ac1be594322855d",
  }),
  lastChat: at("isWittHere/my-last-chat", {
    path: "prompts/compact.prompt.md",
    commit: "6a4678594baa2718bf4f514e0b744f4f86c13f9d",
  }),
  scholar: at("sundas-arooj/scholar-bot", {
    path: "app/constants/prompts.py",
    commit: "81b4c52f0c2145065c6a57a258fdba012c676185",
  }),
  cowork: at("OpenCoworkAI/open-cowork", {
    path: "src/main/session/session-title-utils.ts",
    commit: "01332aae3b7f2511138076ecb49aa38f6c2596ff",
  }),
  myaichat: at("LuisGhz/myaichat-nest", {
    path: "src/modules/chat/consts/openai.const.ts",
    commit: "15feab7b73367dc8fc1129a770bdaf71546b8c95",
  }),
  ebwood: at("ai-ebwood/ai-chatbot", {
    path: "backend/prompts.py",
    commit: "188de588d5a83b296101ee983fc2a2626df5912e",
  }),
  hexa: at("cwikio/Hexa-Puffs", {
    path: "Thinker/prompts/fact-extraction-prompt.md",
    commit: "bc32affe20e24a98e012ae613974a086b000c928",
  }),
  memari: at("En1gma02/memari", {
    path: "backend/persona-update-system-prompt.md",
    commit: "3c71af6ead7b3d0af9b7da54c5aa2b85e8042482",
  }),
};
