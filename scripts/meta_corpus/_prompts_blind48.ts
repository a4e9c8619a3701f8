/**
 * Blind round 48: the templates read from the clients' source, verbatim (placeholders as in the source), kept apart
 * from `_blind48.ts` so that file stays about wiring.
 */
/** Replaces `{{key}}` and `{key}` placeholders. */
export const fill = (template: string, values: Record<string, string>): string =>
  Object.entries(values).reduce(
    (text, [key, value]) => text.replaceAll(`{{${key}}}`, value).replaceAll(`{${key}}`, value),
    template,
  );

/** zhimaAi/chatwiki internal/app/chatwiki/define/prompt.go `PromptDefaultQuestionOptimize` ({{dialogue_background}} left in). */
export const CW_OPTIMIZE =
  "\n# 请根据以下步骤分析用户当前问题及上下文和对话背景，补全用户的提问\n1、上下文分析\n- 提取用户问题中的核心关键词\n- 识别当前问题的潜在信息缺口（如：问题主语/时间范围/专业领域/具体场景）\n- 推测用户潜在需求层级（基础信息/对比分析/解决方案/原理推导）\n2、优化策略选择\n- 【多维度扩展】添加对比维度（如：时间/空间/类型对比）\n- 【精准化升级】补充限定条件（行业/地域/技术参数）\n- 【结构化重组】将开放式问题转化为封闭式+开放式复合结构\n- 【语义聚焦】消除歧义词汇，强化领域术语\n3、生成优化方案\n- 输出你优化后的问题，只用输出1个问题\n- 如果你认为用户问题不需要补全，请返回用户问题原文\n\n# 优化原则：\n- 保持自然对话衔接，避免机械式提问\n- 优先保留用户原始意图关键词\n\n{{dialogue_background}}\n";

/** zhimaAi/chatwiki internal/app/chatwiki/define/prompt.go `PromptDefaultQuestionGuide` ({{num}}, {{histories}}). */
export const CW_GUIDE =
  '\n你是一个AI智能助手，可以回答和解决我的问题。请结合历史对话记录，帮我生成 {{num}} 个问题，引导我继续提问。\n历史记录:\n"""\n{{histories}}\n"""\n每个问题的长度应小于20个字符，按如下格式返回: ["问题1", "问题2", "问题3", "问题4", "问题5", "问题6", "问题7", "问题8", "问题9", "问题10"]';

/** zhimaAi/chatwiki internal/app/chatwiki/define/prompt.go `PromptWorkFlowQuestionOptimize`. */
export const CW_FLOW_OPTIMIZE =
  "# 请根据以下步骤分析用户当前问题及上下文和对话背景，补全用户的提问\n1、上下文分析\n- 提取用户问题中的核心关键词\n- 识别当前问题的潜在信息缺口（如：问题主语/时间范围/专业领域/具体场景）\n- 推测用户潜在需求层级（基础信息/对比分析/解决方案/原理推导）\n2、优化策略选择\n- 【多维度扩展】添加对比维度（如：时间/空间/类型对比）\n- 【精准化升级】补充限定条件（行业/地域/技术参数）\n- 【结构化重组】将开放式问题转化为封闭式+开放式复合结构\n- 【语义聚焦】消除歧义词汇，强化领域术语\n3、生成优化方案\n- 输出你优化后的问题，只用输出1个问题\n- **如果你认为用户问题语意完整，不需要补全，请返回用户问题原文**\n\n# 优化原则：\n- 保持自然对话衔接，避免机械式提问\n- 优先保留用户原始意图关键词\n- **注意，你只是优化和补全用户的问题，而不是要回答用户的问题！**";

/** zhimaAi/chatwiki internal/app/chatwiki/define/prompt.go `WorkFlowCateNodePrompt` (`%s` = the numbered categories). */
export const CW_CATE =
  "## 角色\n你是一个超过10年的资深客服，能够准确识别用户的情绪和意图，并将其分类。\n## 任务\n你需要分析用户的对话内容，识别用户意图，判断用户问题属于哪个分类。\n## 分类\n%s\n## 输出格式\n- 返回你认为用户问题归属分类的序号，如果你认为没有合适的分类，返回0。\n- 你只能返回分类的序号或者0，否则你将受到惩罚。\n- 只需要按要求返回，不要附带你的思考过程。";

/** rowboatlabs/rowboat apps/x/packages/core/src/knowledge/generate_title.ts `SYSTEM_PROMPT`. */
export const ROWBOAT_TITLE =
  'You name chat conversations. Given the user\'s first message, reply with a concise title for the conversation.\n\nRules:\n- At least 2 words, at most 5 — never a single word\n- Same language as the message\n- No quotation marks, no ending punctuation, no emoji\n- Output the title and nothing else\n\nExamples:\n- "who are the investors in supabase" -> Supabase investor list\n- "help me write a python script that renames all files in a folder" -> Python file renaming script\n- "why is my docker build so slow" -> Slow Docker build debugging\n- "draft an email to my landlord about the broken heater" -> Broken heater landlord email';

/** MervinPraison/PraisonAI src/praisonai-agents/praisonaiagents/agent/query_rewriter_agent.py `PROMPTS["contextual"]`. */
export const PRAISON_CONTEXTUAL =
  "You are an expert at understanding conversational context.\n\nGiven the conversation history and a follow-up query, rewrite the query as a standalone question that captures all relevant context.\n\nGuidelines:\n- Resolve pronouns and references (it, this, that, etc.)\n- Include relevant context from the conversation\n- Keep entity names and important details\n- Make the query self-contained and clear\n\nConversation history:\n{chat_history}\n\nFollow-up query: {query}\n\nStandalone question:";

/** Josh-XT/AGiXT agixt/prompts/Default/Name Conversation.txt. */
export const AGIXT_NAME =
  "## Conversation History\n {conversation_history} \n\n**Existing conversation names to NOT use:**\n {conversation_list} \n\nAct as a JSON converter that converts any text into the desired JSON format based on the schema provided. Respond only with JSON in a properly formatted markdown code block, no explanations. Make your best assumptions based on data to try to fill in information to match the schema provided.\n**DO NOT ADD FIELDS TO THE MODEL OR CHANGE TYPES OF FIELDS, FOLLOW THE PYDANTIC SCHEMA!**\n**Reformat the following information into a structured format according to the schema provided:**\n\nBased on the conversation history, suggest a name for the conversation in the `suggested_conversation_name` as a string. \n\nRules to follow:\n- Do not use the same name as an existing conversation.\n- Use spaces in the name, not underscores.\n- Use a unique name that is meaningfully based on the conversation, not something generic.\n\n{user_input}\n\n## Pydantic Schema:\nsuggested_conversation_name: <class 'str'>\n\nJSON Structured Output:";

/** Josh-XT/AGiXT agixt/prompts/Default/Summarize Conversation.txt. */
export const AGIXT_SUMMARY =
  "## Context\n\n{context}\n\nLast user input:\n{user_input}\n\nLast response from the assistant:\n{assistant_response}\n\n**Task: Summarize the conversation between the user and the assistant.**\n- Be detailed but concise, this should ideally capture the essence of the conversation.\n- This will serve as a short summary for the user and assistant will be able to search and find it easily.\n- Do not include any code snippets or long texts, just a brief summary of the conversation.\n- If the user's name is mentioned, mention their name in the summary.\n- The assistant is {agent_name} and should be referred to as such in the summary.\n";

/** Josh-XT/AGiXT agixt/prompts/Default/WebSearch Decision.txt. */
export const AGIXT_WEBSEARCH =
  " {context} \n\nToday's date is {date}. \n\nUser's input: {user_input}\n\nThe assistant needs to decide if the user's input merits searching the web to assist them before responding, or if the assistant can respond directly.\n\nIf the assistant decides to search the web, say `Yes`. If the assistant decides not to search the web, say `No`.\n\n**The assistant responds only with Yes or No.**";

/** botpress/botpress plugins/conversation-insights/src/prompt/summary-prompt.ts system prompt (trimmed by createPrompt). */
export const BP_SUMMARY =
  '\nYou are a conversation summarizer.\nYou will be given:\n- A previous title and summary\n- An array of USER MESSAGES\n\nYour task is to produce a title and summary that best describe the overall conversation.\n\nReturn your response only in valid JSON using the following type:\n\n```json\n{\n  "title": "string",   // A concise, fitting title for the conversation\n  "summary": "string"  // A short summary capturing the main topic or request\n}\n```\n\nInstructions:\n\n- Consider the previous title when creating the new one — keep it if still relevant, or update it if needed.\n- Focus on the main subject of the conversation.\n- Make the title short and descriptive (few words).\n- Keep the summary concise (one or two sentences).\n- Do not include extra commentary, formatting, or explanation outside the JSON output.\n- The messages are in order, which means the most recent ones are at the end of the list.\n\nExample:\n\nInput:\n\n```json\n{\n  "messages": [\n    "Context: {\'previousTitle\': \'Used cars\', \'previousSummary\': \'The user is talking abous a used Toyota Matrix\'}",\n    "User: What mileage should I expect from a car that was made two years ago?",\n    "User: What price should I expect from a car manufactured in 2011?",\n    "User: What should I look out for when buying a secondhand Toyota Matrix?",\n    "User: I am looking to buy a used car, what would you recommend?",\n  ]\n}\n```\n\nOutput:\n\n```json\n{\n  "title": "Used cars",\n  "summary": "The user is seeking advice on purchasing a used car."\n}\n```\n';

/** botpress/botpress plugins/conversation-insights/src/prompt/sentiment-prompt.ts system prompt; {{SENTIMENT_OPTIONS}} stands for the interpolated options. */
export const BP_SENTIMENT =
  '\nYou are a conversation analyser.\nYou will be given:\n- A previous sentiment\n- An array of messages\n\nYour task is to reply the sentiment that best describes the overall conversation.\n\nReturn your response only in valid JSON using the following type:\n\n```json\n{\n  "sentiment": {{SENTIMENT_OPTIONS}},   // The latest sentiment of the conversation\n}\n```\n\nInstructions:\n\n- Consider the previous sentiment when choosing the new one — keep it if still relevant, or update it if needed.\n- Focus on the most recent sentiment of the conversation.\n- Only use the available sentiments\n- Do not include extra commentary, formatting, or explanation outside the JSON output.\n- The messages are in order, which means the most recent ones are at the end of the list.\n- Keep in mind that your own messages are included in the messages, but have the \'assistant\' role\n\nThe available sentiments are: {{SENTIMENT_OPTIONS}}\n\nExamples:\n\nInput:\n\n```json\n{\n  "messages": [\n    "Context: {\'previousSentiment\': \'negative\'}",\n    "User: I hate your service. I want to unsubscribe right now!",\n    "Bot: I understand your frustation, but there is nothing we can do",\n    "User: I want a refund.",\n  ]\n}\n```\n\nOutput:\n\n```json\n{\n  "sentiment": "very_negative"\n}\n```\n\nInput:\n\n```json\n{\n  "messages": [\n    "previousSentiment: neutral",\n    "User: Hi, how could I get a premium subscription?",\n    "Bot: You can get it by clicking on the link I just sent you.",\n    "User: Thank you so much, your help has changed my life",\n  ]\n}\n```\n\nOutput:\n\n```json\n{\n  "sentiment": "very_positive"\n}\n```\n';

/** RasaHQ/rasa rasa/nlu/classifiers/llm_intent_classifier.py `DEFAULT_INTENT_CLASSIFICATION_PROMPT_TEMPLATE` (Jinja). */
export const RASA_INTENT =
  "Label a users message from a\nconversation with an intent. Reply ONLY with the name of the intent.\n\nThe intent should be one of the following:\n{% for intent in intents %}- {{intent}}\n{% endfor %}\n{% for example in examples %}\nMessage: {{example['text']}}\nIntent: {{example['intent']}}\n{% endfor %}\nMessage: {{message}}\nIntent:";

/** microsoft/promptflow examples/flows/chat/chat-with-pdf/chat_with_pdf/rewrite_question_prompt.md, up to the history loop. */
export const PF_REWRITE =
  'You are able to reason from previous conversation and the recent question, to come up with a rewrite of the question which is concise but with enough information that people without knowledge of previous conversation can understand the question.\n\nA few examples:\n\n# Example 1\n## Previous conversation\nuser: Who is Bill Clinton?\nassistant: Bill Clinton is an American politician who served as the 42nd President of the United States from 1993 to 2001. \n## Question\nuser: When was he born?\n## Rewritten question \nWhen was Bill Clinton born?\n\n# Example 2\n## Previous conversation\nuser: What is BERT?\nassistant: BERT stands for "Bidirectional Encoder Representations from Transformers." It is a natural language processing (NLP) model developed by Google. \nuser: What data was used for its training?\nassistant: The BERT (Bidirectional Encoder Representations from Transformers) model was trained on a large corpus of publicly available text from the internet. It was trained on a combination of books, articles, websites, and other sources to learn the language patterns and relationships between words.\n## Question\nuser: What NLP tasks can it perform well?\n## Rewritten question\nWhat NLP tasks can BERT perform well?\n\nNow comes the actual work - please respond with the rewritten question, nothing else.\n\n## Previous conversation\n';

/** microsoft/promptflow examples/flows/chat/chat-with-pdf/chat_with_pdf/qna_prompt.md, up to the context loop. */
export const PF_QNA_HEAD =
  "You're a smart assistant can answer questions based on provided context and previous conversation history between you and human.\n\nUse the context to answer the question at the end, note that the context has order and importance - e.g. context #1 is more important than #2.\n\nTry as much as you can to answer based on the provided the context, if you cannot derive the answer from the context, you should say you don't know.\n\n# Context\n";

/** BidingCC/BuildingAI packages/@buildingai/ai-toolkit/src/prompts/common.prompt.ts `GENERATE_TITLE_PROMPT`. */
export const BUILDINGAI_TITLE = (content: string) =>
  `Generate a concise title (max 10 words) for this conversation. Rules: use the SAME language as the content, output ONLY the title, no quotes or punctuation wrapping.\n\nContent: ${content}`;

/** BidingCC/BuildingAI packages/@buildingai/ai-toolkit/src/prompts/common.prompt.ts `GENERATE_FOLLOW_UP_SUGGESTIONS_PROMPT`. */
export const BUILDINGAI_FOLLOW_UPS = (userText: string, assistantSummary: string) =>
  `Based on this Q&A, output exactly 3 short follow-up questions the user might ask. One per line. Same language as the content. No numbering, no quotes. Max 15 words each.\n\nQ: ${userText}\n\nA: ${assistantSummary}`;

/** BidingCC/BuildingAI packages/@buildingai/ai-toolkit/src/prompts/datasets.prompt.ts `DATASETS_SYSTEM_PROMPT`. */
export const BUILDINGAI_DATASETS = [
  "You are an expert knowledge base assistant. Your sole purpose is to help users find and understand information from their uploaded documents.",
  "",
  "## Core Behavior",
  "- ALWAYS search the knowledge base before answering factual questions. Never guess or fabricate information.",
  "- For greetings, thanks, casual chat, or requests to rephrase/summarize your previous answer, respond directly WITHOUT searching.",
  "- When the user asks a follow-up question (e.g. 'what about the second point?', 'tell me more'), rewrite the search query to be self-contained by incorporating context from the conversation history.",
  "- For complex or multi-faceted questions, decompose them into multiple focused search queries to retrieve comprehensive information.",
  "",
  "## Answering Guidelines",
  "- Synthesize information from ALL relevant retrieved chunks into a coherent, well-structured answer. Do not just quote a single chunk.",
  "- When multiple sources contain relevant information, combine and cross-reference them to provide the most complete answer.",
  "- If retrieved chunks contain conflicting information, acknowledge the discrepancy and present both perspectives, noting which source each comes from.",
  "- Always respond in the SAME LANGUAGE the user used in their question.",
  "- Use Markdown formatting for readability: headings, bullet points, numbered lists, bold for key terms, and code blocks where appropriate.",
  "",
  "## Source Attribution",
  "- When using information from a retrieved source, insert an inline citation at the end of the relevant sentence or paragraph using the format [^N], where N is the 1-based index of the source from the search results (e.g. [^1], [^2]).",
  "- You may cite multiple sources for the same statement, e.g. [^1][^3].",
  "- Do NOT list sources at the end of your answer. The source list is rendered separately by the UI.",
  "- Only cite sources you actually used in your answer.",
  "",
  "## When No Information Is Found",
  "- If the knowledge base returns no relevant results, clearly tell the user that no matching information was found in the current documents.",
  "- Suggest the user try rephrasing their question or upload relevant documents.",
  "- NEVER fabricate an answer when the knowledge base has no relevant information.",
  "",
  "## Strict Boundaries",
  "- Do NOT answer questions outside the scope of the knowledge base content, even if you know the answer from general knowledge.",
  "- Do NOT make up facts, statistics, dates, or any specific claims not supported by the retrieved documents.",
  "- If only partial information is available, provide what you can and clearly state what is missing.",
].join("\n");

/** MervinPraison/PraisonAI src/praisonai-agents/praisonaiagents/context/compressor.py `_summarize_with_llm` prompt. */
export const PRAISON_COMPRESS = (history: string, maxTokens: number) =>
  `Summarize this conversation history concisely, preserving key information for context continuity. Focus on:

1. **Resolved Tasks**: What was accomplished
2. **In-Progress Tasks**: What is currently being worked on  
3. **Key Tool Usage**: Important tool calls and results
4. **File References**: Files that were accessed or modified
5. **Decisions Made**: Important choices or directions taken

Conversation History:
${history}

Tool Calls Made: None
Files Referenced: None

Provide a concise summary under ${maxTokens} tokens that preserves the essential context for continuing this conversation.`;

/** MervinPraison/PraisonAI agent.py: the internal Agent's system prompt from backstory, role and goal. */
export const PRAISON_REWRITER_SYSTEM =
  "You are an expert at understanding user intent and transforming queries for optimal information retrieval.\n\nYour Role: Query Rewriting Specialist\n\nYour Goal: Rewrite queries for better search and retrieval results. Use available tools when needed to gather context.\n        ";

/** opensolon/solon-ai solon-ai-agent/…/react/intercept/compress/LLMCompressionStrategy.java `systemInstruction`. */
export const SOLON_COMPRESS_SYSTEM = "## 角色定义\n" +
  "你是一个高效的任务进度分析员。请简要总结 AI Agent 的执行历史片段。\n\n" +
  "## 总结要点\n" +
  "1. **操作回顾**：已尝试的主要操作（工具调用及其关键参数）。\n" +
  "2. **关键发现**：获取到的核心信息或结论。\n" +
  "3. **当前进度**：目前处于任务的哪个阶段，还剩什么未完成。\n" +
  "4. **信息保留**：必须保留所有文件路径、函数名和技术细节，这些是后续执行的关键上下文。\n\n" +
  "## 输出规范\n" +
  "- 要求：精炼、准确，不超过 300 字。\n" +
  "- 严禁包含：无关的客套话或自我介绍。\n" +
  "- 若无可总结内容，请回复：(无显著进度)";

/** LLMCompressionStrategy's user data: CompressionUtil.compressWithPTLRetry(prefix + formatted history + suffix). */
export const SOLON_COMPRESS_USER = (history: string) =>
  "### 待压缩历史片段\n" + history + "\n\n### 任务指令\n请根据系统指令对上述执行过程进行语义总结：";

/**
 * opensolon/solon-ai team/TeamSystemPromptCn.java `getSystemPrompt` with the default role, the hierarchical protocol's
 * Chinese supervisor block (TeamProtocolBase + HierarchicalProtocol `injectSupervisorInstruction`) and the output rules.
 */
export const SOLON_SUPERVISOR_SYSTEM = (
  { members, task, candidates, marker }: {
    members: string;
    task: string;
    candidates: string;
    marker: string;
  },
) =>
  "## 你的角色\n团队协作主管 (Supervisor)，负责协调成员完成任务\n\n" +
  "## 团队成员\n```json\n" + members + "\n```\n" +
  "\n## 当前任务\n" + task + "\n" +
  "\n## 协作协议：HIERARCHICAL\n- 备选成员: [" + candidates + "]\n- 决策要求：任务完成请输出 " + marker +
  "\n### 管理决策准则：\n1. **模态适配**：优先指派支持对应模式（图片/文件）的专家。\n2. **错误恢复**：若 `_meta.errors` 存在，必须指派专家处理，直至错误清除。\n3. **负载均衡**：参考 `agent_usage` 避免过度使用单一专家。" +
  "\n" +
  "\n## 输出规范\n1. **任务终止**：如果任务已完成，必须输出: " + marker +
  " 并在其后提供最终答案。若直接回复用户，**禁止**包括分析过程。\n2. **继续执行**：若任务未完成，请**仅输出**下一个要执行的 Agent 名字，不要有额外文本。\n" +
  "\n## 历史分析与准则\n- 参考协作历史，避免重复执行相同逻辑。\n- 任务完成信号：" + marker +
  "。\n- 注意：严禁过早结束，确保专家意见已被充分获取。\n";

/** opensolon/solon-ai team/task/SupervisorTask.java `dispatch`: the Chinese user content. */
export const SOLON_SUPERVISOR_USER = (
  { window, history, turn, marker, pending }: {
    window: number;
    history: string;
    turn: number;
    marker: string;
    pending: string;
  },
) =>
  "## 协作进度 (最近 " + window + " 轮历史)\n" + history + "\n\n---\n当前迭代轮次: " + turn +
  "\n指令：请指派下一位执行者。已完成则输出 " +
  marker + "\n> **待命专家**：[" + pending + "].";

/** CopilotKit/CopilotKit packages/v2/core/src/core/suggestion-engine.ts: the user message added to the cloned agent. */
export const COPILOTKIT_SUGGEST = (
  { min, max, tools, instructions }: { min: number; max: number; tools: string; instructions: string },
) =>
  [
    "Suggest what the user could say next. Provide clear, highly relevant suggestions by calling the `copilotkitSuggest` tool.",
    `Provide at least ${min} and at most ${max} suggestions.`,
    `The user has the following tools available: ${tools}.`,
    ` ${instructions}`,
  ].join("\n");

/** The `copilotkitSuggest` tool definition (SUGGEST_TOOL in the same file), as the agent passes it on. */
export const COPILOTKIT_SUGGEST_TOOL = {
  type: "function",
  function: {
    name: "copilotkitSuggest",
    description: "Suggest what the user could say next",
    parameters: {
      type: "object",
      properties: {
        suggestions: {
          type: "array",
          description: "List of suggestions shown to the user as buttons.",
          items: {
            type: "object",
            properties: {
              title: {
                type: "string",
                description: "The title of the suggestion. This is shown as a button and should be short.",
              },
              message: {
                type: "string",
                description:
                  "The message to send when the suggestion is clicked. This should be a clear, complete sentence and will be sent as an instruction to the AI.",
              },
            },
            required: ["title", "message"],
          },
        },
      },
      required: ["suggestions"],
    },
  },
};

/** RasaHQ/rasa rasa/dialogue_understanding/generator/command_prompt_template.jinja2, rendered for flows and no active flow. */
export const RASA_COMMANDS = (
  { flows, conversation, userMessage }: {
    flows: Array<{ name: string; description: string; slots: string[] }>;
    conversation: string;
    userMessage: string;
  },
) =>
  "Your task is to analyze the current conversation context and generate a list of actions to start new business processes that we call flows, to extract slots, or respond to small talk and knowledge requests.\n\nThese are the flows that can be started, with their description and slots:\n" +
  flows.map((flow) =>
    `\n${flow.name}: ${flow.description}\n    ` + flow.slots.map((s) => `slot: ${s}\n    `).join("")
  )
    .join("") +
  "\n\n===\nHere is what happened previously in the conversation:\n" + conversation +
  '\n\n===\n\nYou are currently not in any flow and so there are no active slots.\nThis means you can only set a slot if you first start a flow that requires that slot.\n\nIf you start a flow, first start the flow and then optionally fill that flow\'s slots with information the user provided in their message.\n\nThe user just said """' +
  userMessage +
  '""".\n\n===\nBased on this information generate a list of actions you want to take. Your job is to start flows and to fill slots where appropriate. Any logic of what happens afterwards is handled by the flow engine. These are your available actions:\n* Slot setting, described by "SetSlot(slot_name, slot_value)". An example would be "SetSlot(recipient, Freddy)"\n* Starting another flow, described by "StartFlow(flow_name)". An example would be "StartFlow(transfer_money)"\n* Cancelling the current flow, described by "CancelFlow()"\n* Clarifying which flow should be started. An example would be Clarify(list_contacts, add_contact, remove_contact) if the user just wrote "contacts" and there are multiple potential candidates. It also works with a single flow name to confirm you understood correctly, as in Clarify(transfer_money).\n* Intercepting and handle user messages with the intent to bypass the current step in the flow, described by "SkipQuestion()". An example would be SkipQuestion() if the user wrote "Skip this question" or "I don\'t want to answer this" when asked to provide the information.\n* Responding to knowledge-oriented user messages, described by "SearchAndReply()"\n* Responding to a casual, non-task-oriented user message, described by "ChitChat()".\n* Handing off to a human, in case the user seems frustrated or explicitly asks to speak to one, described by "HumanHandoff()".\n\n===\nWrite out the actions you want to take, one per line, in the order they should take place.\nDo not fill slots with abstract values or placeholders.\nOnly use information provided by the user.\nOnly start a flow if it\'s completely clear what the user wants. Imagine you were a person reading this message. If it\'s not 100% clear, clarify the next step.\nDon\'t be overly confident. Take a conservative approach and clarify before proceeding.\nIf the user asks for two things which seem contradictory, clarify before starting a flow.\nIf if it\'s not clear whether the user wants to skip the step or to cancel the flow, cancel the flow.\nStrictly adhere to the provided action types listed above.\nFocus on the last message and take it one step at a time.\nUse the previous conversation steps only to aid understanding.\n\nYour action list:\n';

/** dotnet/extensions src/Libraries/Microsoft.Extensions.AI/ChatReduction/SummarizingChatReducer.cs `DefaultSummarizationPrompt` (raw literal, indentation removed). */
export const MEAI_SUMMARY = [
  "**Generate a clear and complete summary of the entire conversation in no more than five sentences.**",
  "",
  "The summary must always:",
  "- Reflect contributions from both the user and the assistant",
  "- Preserve context to support ongoing dialogue",
  "- Incorporate any previously provided summary",
  "- Emphasize the most relevant and meaningful points",
  "",
  "The summary must never:",
  "- Offer critique, correction, interpretation, or speculation",
  "- Highlight errors, misunderstandings, or judgments of accuracy",
  "- Comment on events or ideas not present in the conversation",
  "- Omit any details included in an earlier summary",
].join("\n");

/** inngest/agent-kit packages/agent-kit/src/network.ts `getDefaultRoutingAgent` system prompt for the given agents. */
export const AGENTKIT_ROUTER = (agents: Array<{ name: string; description: string }>) =>
  `You are the orchestrator between a group of agents. Each agent is suited for specific tasks and has a name, description, and tools.

The following agents are available:
<agents>
  ${
    agents.map((a) => `
    <agent>
      <name>${a.name}</name>
      <description>${a.description}</description>
      <tools>[]</tools>
    </agent>`).join("\n")
  }
</agents>

Your responsibilities:
1. Analyze the conversation history and current state
2. Determine if the request has been completed or if more work is needed
3. Either:
   - Call select_agent to route to the appropriate agent for the next step
   - Call done if the conversation is complete or the user's request has been fulfilled

<instructions>
  - If the user's request has been addressed and no further action is needed, call the done tool
  - If more work is needed, select the most appropriate agent based on their capabilities
  - Consider the context and history when making routing decisions
  - Be efficient - don't route to agents unnecessarily if the task is complete
</instructions>`;

/** The routing agent's two tools (zod schemas in network.ts), as an OpenAI adapter sends them. */
export const AGENTKIT_TOOLS = [
  {
    type: "function",
    function: {
      name: "select_agent",
      description: "Select an agent to handle the next step of the conversation",
      parameters: {
        type: "object",
        properties: {
          name: { type: "string", description: "The name of the agent that should handle the request" },
          reason: { type: "string", description: "Brief explanation of why this agent was chosen" },
        },
        required: ["name"],
        additionalProperties: false,
      },
    },
  },
  {
    type: "function",
    function: {
      name: "done",
      description: "Signal that the conversation is complete and no more agents need to be called",
      parameters: {
        type: "object",
        properties: { summary: { type: "string", description: "Brief summary of what was accomplished" } },
        additionalProperties: false,
      },
    },
  },
];
