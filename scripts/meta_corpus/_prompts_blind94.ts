/**
 * Blind round 94: the prompt texts copied verbatim from the clients' source (Jinja templates rendered with the
 * client's own settings, Python f-string blocks evaluated as the client does); `{name}` marks where the client
 * inserts a value.
 */

/** Replaces every `{key}` with its value. */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}

/** zylon-ai/private-gpt memory/tldr/history_approxymately.j2 with few_shots on and no word limit. */
export const PG_HISTORY =
  'Summarize the following chat history in a concise manner.\n\nThe output format should be a json array with the format.\nThe message summary should be concise and to the point, it\'s\nok to remove superfluous messages, or merge them together.\n[\n    {\n        "role": "user" | "assistant",\n        "content": "The summarized content of the message"\n    }\n]\n\nFinal list should be a summary of the chat history, keeping same roles and structure, but with concise content.\nMessages must be user and assistant interleaved, keeping the original order.\n\nThis is the partial chat history to summarize:\n{text}\n\n\n**Examples:**\n\n1. Affirmation Reduction\n   *Input*:\n   - assistant: "You\'re absolutely right, that makes perfect sense, sure thing!"\n   *Output*:\n   - assistant: "Ok"\n\n2. Question Simplification\n   *Input*:\n   - user: "I was wondering if you could possibly help me understand how machine learning algorithms work?"\n   *Output*:\n   - user: "How do ML algorithms work?"\n\n3. Trivial Message\n   *Input*:\n   - user: "Can you help with FastAPI?"\n   - assistant: "Sure! FastAPI is a modern web framework..."\n   - user: "Ok"\n   *Output*:\n   - user: "Can you help with FastAPI?"\n   - assistant: "FastAPI is a framework..."\n   - user: "Ok"\n\n';

/** zylon-ai/private-gpt chat/system/base.j2 with the default assistant name of settings.yaml. */
export const PG_BASE = "You are PrivateGPT, an AI assistant.\nCurrent date: {current_date}.\n\n\n";

/** gia-guar/JARVIS-ChatGPT analyze_prompt(): the CHAT-mode context with its func_descript actions. */
export const JV_ROUTER =
  "You are a prompt manager. A number must always be present in your answer. You can perform some actions and decide which associated number is required. Your actions:\n1) tools: the prompt requires an action like handling a file, saving a conversation, changing some specified parameters...;\n2) respond: provide an answer to a question;\n3) you don't know the answer or you can't satisfy the request.;\nYou can answer only with numbers. A number must always be present in your answer.\nHere are some example:\n            \nPROMPT: 'find and summarize all the files about history'\n1\n            \nPROMPT: 'find a past conversation about planes'\n1\n            \nPROMPT: 'do you agree?'\n2\n            \nPROMPT: 'Salva questa conversazione'\n1\n            \nPROMPT: 'How is the weather?'\n3\n            \nPROMPT: 'credo sia giusto.'\n2\n            \nPROMPT: '¿Cuál es la noticia de hoy?'\n3\n            \nPROMPT: 'Thank you'\n2";

/** gia-guar/JARVIS-ChatGPT VirtualAssistant.DEFAULT_CHAT system message. */
export const JV_DEFAULT =
  "You are a helpful assistant. You can make question to make the conversation entertaining.";

/** gia-guar/JARVIS-ChatGPT save_chat(): the title request appended to the conversation. */
export const JV_TITLE = "generate a very short title for this conversation";

/** gia-guar/JARVIS-ChatGPT save_chat(): the tag for the file name, from the generated title. */
export const JV_TAG_SYSTEM = "You don't like redundancy and use as few words as possible";
export const JV_TAG =
  "Associate a tag to this title: {title} \nHere is an example: 'Exploring Text to Speech Popular Techniques and Deep Learning Approaches' is associated to 'Deep Learning'";

/** gia-guar/JARVIS-ChatGPT LocalSearchEngine.extract_tags(): topics of a saved conversation file. */
export const JV_TOPICS_SYSTEM =
  "You recieve text and extract up to 10 different topic covered in the text. You output the topics separated by a comma (,)";

/** litanlitudan/skyagi skyagi-web/src/lib/agent.ts: the LangChain PromptTemplate strings, concatenated as there. */
export const SKY_SUMMARY =
  "How would you summarize {name}'s core characteristics given the following statements:\n" +
  "{relevantMemories}" +
  "Do not embellish." +
  "\n\nSummary: ";
export const SKY_ENTITY = "What is the observed entity in the following observation? {observation}" +
  "\nEntity=";
export const SKY_RELATED = "{q1}?\nContext from memory:\n{contextStr}\nRelevant context: ";
export const SKY_IMPORTANCE = `On the scale of 1 to 10, where 1 is purely mundane` +
  ` (e.g., brushing teeth, making bed) and 10 is` +
  ` extremely poignant (e.g., a break up, college` +
  ` acceptance), rate the likely poignancy of the` +
  ` following piece of memory. Respond with a single integer.` +
  `\nMemory: {memoryContent}` +
  `\nRating: `;
export const SKY_REFLECT = `{observations}\n\n` +
  `Given only the information above, what are the 3 most salient` +
  ` high-level questions we can answer about the subjects in the statements?` +
  ` Provide each question on a new line.\n\n`;
export const SKY_RESPOND = "{agentSummaryDescription}" +
  "\nIt is {currentTime}." +
  "\n{agentName}'s status: {agentStatus}" +
  "\nSummary of relevant context from {agentName}'s memory:" +
  "\n{relevantMemories}" +
  "\nMost recent observations: {mostRecentMemories}" +
  "\nObservation: {observation}" +
  "\n\n" +
  "{suffix}";
/** skyagi-web/src/routes/api/send-conversation-message/+server.ts callToActionTemplate. */
export const SKY_CALL_TO_ACTION = "What would {name} say? To end the conversation, " +
  'write: GOODBYE: "what to say". Otherwise to continue the conversation, write: SAY: "what to say next"\n\n';
