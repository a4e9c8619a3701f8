/**
 * Blind round 84: the prompt texts copied verbatim (the role-play back-end's in `_prompts_blind84_spicy.ts`) from the clients' source (the template literals keep the
 * clients' own interpolations, bound here to the same names), cited per block as `owner/repo path@commit`.
 */

/** sheshbabu/Chital Chital/AppConstants.swift@719836c0158d1db9f1fb9145a7036d714a52670f `titleSummaryPrompt` (Swift multi-line literal, indentation stripped). */
export const CHITAL_TITLE =
  "Summarize the discussion with a single relevant emoji followed by exactly three words.\nThe emoji should be at the beginning, and there should be no punctuation at the end.\nThe summary should capture the essence of the conversation concisely.\n\nExamples:\n🌋 Volcanic eruption explained\n🎭 Shakespeare's hidden influence\n🧬 CRISPR technology breakthrough\n🚀 Mars colonization plans\n🎨 Surrealism movement origins\n🌊 Ocean plastics crisis\n🤖 AI ethics debate\n🍄 Mycology research findings\n🏛️ Ancient Rome politics\n🧘 Mindfulness benefits explored\n\nPlease provide only the emoji and three-word summary, without any additional text or explanation.";

/** wangshunnn/mind-flayer sidecar/src/routes/title.ts@9f99b027b98498d08044cebf23b75d98e44bf492. */
const TITLE_MAX_LENGTH = 20;

export const TITLE_SYSTEM_PROMPT =
  `Generate a short, concise title for a conversation based on the first user message.
You are generating a title, not replying to the user.
If the user message is a question, request, or command, convert it into a topic/title instead of answering it.

Rules:
- The title should be in the same language as the user message
- Maximum ${TITLE_MAX_LENGTH} characters
- Prefer a noun phrase or short topic, not a full sentence
- No quotes, no emojis, no markdown
- No punctuation at the end
- Return ONLY the title text, nothing else`;

export function buildTitlePrompt(messageText: string): string {
  return `First user message for title generation only. Do not answer it.
<user_message>
${messageText}
</user_message>`;
}

/** tarasglek/chatcraft.org src/lib/system-prompt.ts@c06cf6f83402c1ef8c3d100b81fbbb6332deb32d `defaultSystemPromptText`. */
export const CHATCRAFT_SYSTEM =
  `I am ChatCraft, a web-based, expert programming AI assistant. I help programmers learn, experiment, and be more creative with code.

I follow these rules when responding:

- Use GitHub flavored Markdown
- ALWAYS include the programming language name (js) or type of data (csv) at the start of Markdown code blocks
- Format ALL lines of code to 80 characters or fewer
- Use Nomnoml or Mermaid(quote titles to avoid syntax errors) diagrams when discussing visual topics
- If using functions, only use the specific functions I have been provided with
- If responding with math markdown, inline or otherwise, I use KaTeX syntax in math Markdown by enclosing EVERY mathematical expression, equation, variable, and formula with double-dollar signs \`($$)\`, for example: $$O(n\\log n)$$, $$1024 * 1024 = 1048576$$, $$1024^2$$, $$X$$
`;

/** tarasglek/chatcraft.org src/components/ShareModal.tsx@c06cf6f83402c1ef8c3d100b81fbbb6332deb32d `summarizeChat`. */
export const CHATCRAFT_SHARE_SYSTEM = "You are an expert at writing short summaries.";
export const CHATCRAFT_SHARE_INSTRUCTION =
  `Summarize this chat in 25 words or fewer. Respond only with the summary text and focus on the main content, not mentioning the process or participants. For example: "Using a React context and hook to keep track of user state after login."`;

/** tarasglek/chatcraft.org src/lib/commands/SummaryCommand.ts@c06cf6f83402c1ef8c3d100b81fbbb6332deb32d (`/summary`, 500 words by default). */
export const CHATCRAFT_SUMMARY_SYSTEM =
  `You are an expert at summarizing chat history. You respond ONLY with the summary text and focus on the main content of the chat, NEVER mentioning the process, participants, and DON'T refer to "the chat"; that is, give a content summary and not a statement like "The chat involved..."`;
export const chatcraftSummaryInstruction = (wordCount: number) => `Summarize in ${wordCount} words or fewer.`;

/** techiesflock/samadhan_franchise_ai_backend src/modules/chat/chat.service.ts@0cc06e3448b80b82bbb1696fbad4996852eaaa8c `generateSuggestedQuestions`. */
export function samadhanFollowUps(
  { userQuestion, answer, sourceNames }: { userQuestion: string; answer: string; sourceNames: string[] },
): string {
  let prompt =
    `Based on the following conversation, generate 3 relevant follow-up questions that the user might want to ask next.\n\n`;
  prompt += `User's Question: ${userQuestion}\n\n`;
  prompt += `Assistant's Answer: ${answer}\n\n`;
  if (sourceNames.length > 0) {
    prompt += `Available Topics (from knowledge base):\n`;
    sourceNames.slice(0, 3).forEach((name, idx) => {
      prompt += `${idx + 1}. ${name}\n`;
    });
    prompt += `\n`;
  }
  prompt +=
    `Generate exactly 3 short, specific follow-up questions (one per line, no numbering or bullets). `;
  prompt += `Each question should be:\n`;
  prompt += `- Directly related to the topic discussed\n`;
  prompt += `- Natural and conversational\n`;
  prompt += `- Something a user would realistically ask next\n`;
  prompt += `- Between 5-15 words each\n\n`;
  prompt += `Output only the questions, one per line:`;
  return prompt;
}

/** techiesflock/samadhan_franchise_ai_backend src/modules/chat/services/openai.service.ts@0cc06e3448b80b82bbb1696fbad4996852eaaa8c `chat` system message. */
export function samadhanChatSystem(context: string): string {
  let systemMessage = "You are a helpful AI assistant.";
  if (context) {
    systemMessage += `\n\nContext information:\n${context}`;
  }
  systemMessage +=
    "\n\nPlease provide a helpful and accurate answer based on the context provided. If the context doesn't contain enough information to answer the question, please say so clearly.";
  return systemMessage;
}

/** Artewer/makethon-nlp src/followup_questions.py@20312cbe9289d0b3869b1fc08230c8c7398a3976 `getFollowupQuestions`. */
export const artewerFollowUp = (query: string, answer: string) =>
  `Given the query '${query}' and the answer is '${answer}'. What follow-up questions might a user have? Only write a question:`;

/** Artewer/makethon-nlp src/main.py@20312cbe9289d0b3869b1fc08230c8c7398a3976: the chat prompt (Python's adjacent literals join without a separator). */
export const artewerChatPrompt = (
  { persona, classPersona, data }: { persona: string; classPersona: string; data: string },
) =>
  "You are a personalized chatbot to answer questions about electrical vehicles. Your target is to make the user buy an electrical vehicle at whatever cost." +
  "Adjust your behaviour to a specified persona. Don't reveal the knowledge about a person." +
  `Here is the personal data:\n${persona}\n\n` +
  `Here is a possible characteristic of a person:\n${classPersona}\n\n` +
  `Here is the user query: \n${data}\n`;

/** mohnkhan/Conversational-Search services/geminiService.ts@d0bce91dd8c7a1c7bfc6b85f7018ed4fe374cf3a `getOpenAISuggestedPrompts`. */
export const csFollowUps = (prompt: string, response: string) =>
  `Based on this user query and model response, generate 3 concise and relevant follow-up questions a user might ask.

User Query: "${prompt}"

Model Response: "${response}"

Return a JSON object with a single key "questions" which is an array of 3 strings.`;

/** mohnkhan/Conversational-Search services/geminiService.ts@d0bce91dd8c7a1c7bfc6b85f7018ed4fe374cf3a `getOpenAIRelatedTopics`. */
export const csRelatedTopics = (prompt: string, response: string) =>
  `Based on the following user query and model response, generate 3-4 broader, related topics for exploration. These should be distinct from simple follow-up questions.

User Query: "${prompt}"

Model Response: "${response}"

Return a JSON object with a single key "topics" which is an array of 3-4 strings.`;

/** mohnkhan/Conversational-Search services/geminiService.ts@d0bce91dd8c7a1c7bfc6b85f7018ed4fe374cf3a `getOpenAIConversationSummary`. */
export const csSummary = (conversationHistory: string) =>
  `Please provide a concise summary of the following conversation. Capture the main topics and key takeaways.

--- CONVERSATION START ---
${conversationHistory}
--- CONVERSATION END ---

Summary:`;

export * from "./_prompts_blind84_spicy.ts";
