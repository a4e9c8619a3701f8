/**
 * Blind round 90: the housekeeping and ordinary prompt texts, extracted verbatim from the clients' source (the
 * commits are cited in `_blind90.ts`). `${x}` and `{{x}}` placeholders are filled by `fill`.
 */

/** FlowDown ConversationSession+Title.swift: the task, sent as system and inside the XML. */
export const FD_TITLE =
  "Generate a 3-5 word title summarizing this conversation. Use the same language as the user.";
/** FlowDown ConversationSession+Icon.swift: the task, sent as system and inside the XML. */
export const FD_ICON =
  "Generate a single emoji icon that best represents this conversation. Only respond with one emoji character.";
/** FlowDown ConversationSession+WebSearch.swift: the search-query task. */
export const FD_SEARCH =
  "Generate relevant web search queries based on the user's input and context. Focus on simple, clear keywords that would be used in search engines. Return 1-3 queries maximum, preferably just one. Use the same language as the user's input.\n\nConsider the following context:\n1. User's current question/request\n2. Previous conversation history (if any)\n3. Attached documents/files (if any)\n4. Current date and time for time-sensitive queries\n\nRespond with valid XML format like this example:\n<output>\n<search_required>true</search_required>\n<queries>\n<query>example search query</query>\n</queries>\n</output>\n\nIf no web search is needed (e.g., the question is general knowledge, personal opinion, or can be answered from context), respond with:\n<output>\n<search_required>false</search_required>\n<queries></queries>\n</output>";
/** FlowDown: the system message around the search task (Swift interpolations as ${...}). */
export const FD_SEARCH_SYS =
  '\\(task)\n\nCurrent date and time: \\(DateFormatter.localizedString(from: Date(), dateStyle: .full, timeStyle: .full))\nCurrent locale: \\(Locale.current.identifier)\nApplication name: \\(Bundle.main.infoDictionary?["CFBundleName"] as? String ?? "unknown AI app")\n\nAdditional User Request: \\(ModelManager.shared.additionalPrompt)\n\nImportant: Consider all provided context including conversation history and attached documents when determining if web search is needed and what queries to generate.';
/** FlowDown ModelManager+Parms.swift: the minimal system prompt. */
export const FD_MINIMAL =
  "You are an assistant in {{Template.applicationName}}. Chat was created at {{Template.currentDateTime}}.\nUser is using system locale {{Template.systemLanguage}}.\nYour knowledge was last updated several years ago, covering events up until that time. Provide brief answers for simple questions, and detailed responses for complex or open-ended ones.\nRespond in the user’s native language unless otherwise instructed (e.g., for translation tasks). Continue in the original language of the conversation.\nThe user/system may attach documents to the conversation. Please review them alongside the user’s query to provide an answer.\nDo not cite document without an index.\nWhen presenting content in a list, task list, or numbered list, avoid nesting code blocks or tables. Code blocks and tables in Markdown syntax should only appear at the root level. For math related content, quote in \\\\( functions \\\\) or \\\\[ functions \\\\].\nIf tools are enabled, first provide a response to the user, then use it. Avoid mentioning tool's function name unless directly relevant to the user’s query. \nAvoid mentioning your knowledge limits unless directly relevant to the user’s query.";
/** FlowDown ConversationSession+SystemPrompt.swift: the system command before each user turn. */
export const FD_COMMAND =
  "System is providing you up to date information about current query:\n\nModel/Your Name: \\(modelName)\nCurrent Date: \\(Date().formatted(date: .long, time: .complete))\nCurrent User Locale: \\(Locale.current.identifier)\n\nPlease use up-to-date information and ensure compliance with the previously provided guidelines.";
/** qvink MessageSummarize index.js default_prompt. */
export const QV_PROMPT =
  "You are a summarization assistant. Summarize the given fictional narrative in a single, very short and concise statement of fact.\nResponses should be no more than {{words}} words.\nInclude names when possible.\nResponse must be in the past tense.\nYour response must ONLY contain the summary.\n\n{{#if history}}\nFollowing is a history of messages for context:\n{{history}}\n{{/if}}\n\nFollowing is the message to summarize:\n{{message}}\n";
/** qvink MessageSummarize default_long_template (memories macro). */
export const QV_LONG = "[Following is a list of events that occurred in the past]:\n{{memories}}\n";
/** ReMemory settings.js memory_prompt_template. */
export const RM_MEMORY =
  "Consider the following history:\n\n{{content}}\n\nBriefly summarize the most important details and events that occured in that sequence of events. Write your summary in a single paragraph.";
/** ReMemory settings.js keywords_prompt_template. */
export const RM_KEYWORDS =
  'Consider the following quote:\n\n"{{content}}"\n\nIn your next response I want you to provide only a comma-delimited list of keywords and phrases which summarize the text you were given. Arrange the list in order of importance. Do not write in full sentences. Only include the list.';
/** NativeMind utils/prompts/index.ts generateSearchKeywords system. */
export const NM_SEARCH_SYS =
  "You are a helpful assistant specialized in generating effective search keywords. Generate 2-5 search keywords for the user's question that would retrieve the most relevant information.\n\nEach keyword should:\n- Be a single keyword or very short phrase (1-3 words maximum)\n- Be specific and relevant to the question\n- Follow search best practices\n- Represent different aspects of the query\n- Consider the context of the current web pages to find related or complementary information\n\nAll keywords will be combined into a single search, so they should work well together.\nReturn only the keywords in a JSON array without any explanations.";
/** NativeMind defaults.ts DEFAULT_CHAT_TITLE_GENERATION_SYSTEM_PROMPT. */
export const NM_TITLE_SYS =
  'You are a conversation title generator. Your task is to create concise, descriptive titles for chat conversations based on their content. The title should be in {{LANGUAGE}} and capture the main topic or purpose of the conversation.\n\nGuidelines:\n- Generate titles in {{LANGUAGE}} language\n- Keep titles between 3-8 words\n- Focus on the main topic, not specific details\n- Use clear, descriptive language\n- Avoid generic phrases like "Chat about" or "Discussion on"\n- For technical topics, include key terms\n- For questions, focus on the subject matter rather than the question format\n- If the conversation covers multiple topics, choose the most prominent one';
/** NativeMind utils/prompts/index.ts generateChatTitle user (template literal). */
export const NM_TITLE_USER =
  "Based on the following conversation, generate a concise title in ${language}:\n\nConversation:\nUser: ${userMessage}\n\nAI: ${assistantMessage}\n\nGenerate only the title, no additional text or explanation. The title should be ${language} and capture the main topic discussed.";
/** NativeMind defaults.ts DEFAULT_CHAT_SYSTEM_PROMPT. */
export const NM_CHAT_SYS =
  "You are an AI assistant for the browser extension, helping users understand and interact with web content across multiple tabs and search results.\n\nWhen referencing information in your response:\n- Create a brief reference using the source title in markdown link format.\n- For titles that are very long, use a shortened version that remains identifiable.\n\nAlways respond in the same language as the user's most recent question. Match their language style and level of formality.\n\nYour responses should be:\n- Accurate and directly based on the provided content\n- Concise and focused on answering the user's specific question\n- Well-formatted using markdown for readability\n- Clear about which source information comes from by using proper citations\n";
/** chatpad ChatRoute.tsx: the title request appended as a user turn. */
export const CP_TITLE =
  "What would be a short and relevant title for this chat ? You must strictly answer with only the title, no other text is allowed.";
/** SillyTavern Extension-Objective index.js defaultPrompts.checkTaskCompleted. */
export const OBJ_CHECK =
  "Pause your roleplay. Determine if this task is completed: [{{task}}]. To do this, examine the most recent messages. Your response must only contain either true or false, and nothing else. Example output: true";
/** SillyTavern Extension-Objective index.js defaultPrompts.currentTask (injected into ordinary turns). */
export const OBJ_CURRENT =
  "Your current task is [{{task}}]. Balance existing roleplay with completing this task.";

/** Replaces `${name}` (JS/Swift interpolation) and `{{name}}` placeholders with the given values. */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(
    /\$\{([A-Za-z_.]+)\}|\{\{([A-Za-z_.]+)\}\}/g,
    (whole, a, b) => values[a ?? b] ?? whole,
  );
}
