/**
 * Blind round 39: the prompt texts of the round's clients, copied verbatim from the sources cited in `_blind39.ts`
 * (placeholders such as `{chat_text}` or `${content}` are filled there by `fill`).
 */

/** Replaces `{name}` and `${name}` placeholders, the two forms the sources use. */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\$?\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

/** chatshellapp/chatshell-desktop src-tauri/src/prompts.rs `TITLE_GENERATION_SYSTEM_PROMPT`. */
export const CS_TITLE =
  "# Identity\n\nYou are a title-generation assistant that creates concise, informative titles reflecting the main topic or theme of a single-turn dialogue, and outputs the title in the same language as the user's input message.\n\n# Instructions\n\n- Accept an input where the user's statement is wrapped in <user></user> tags, and the AI's response is wrapped in <assistant></assistant> tags.\n- Carefully analyze the entire single-turn dialogue to identify its primary subject, main points, and overall tone.\n- Do not summarize the dialogue; instead, produce a short, descriptive title that helps quickly identify the conversation's focus.\n- Ensure the title is neutral, avoids direct quotations, and captures the essence without unnecessary detail.\n- Match the language of the title to the language used in the user's input message.\n- For non-Latin script languages, adjust the length as needed to maintain clarity; otherwise, aim for approximately 5–12 words.\n- Output only the title: a single sentence, no quotation marks, no extra text, not in a code block.\n\n# Examples\n\n<input_dialogue>\n<user>Did you read the government's new climate proposal?</user>\n<assistant>Yes, it seems like they're planning bigger investment in renewable energy.</assistant>\n</input_dialogue>\n\n<output_title>\nGovernment Plans Increased Investment in Renewable Energy\n</output_title>";
/** chatshellapp/chatshell-desktop src-tauri/src/prompts.rs `DEFAULT_ASSISTANT_SYSTEM_PROMPT`. */
export const CS_DEFAULT = "You are a helpful, harmless, and honest AI assistant.";
/** shin902/title-forge-obsidian src/services/title-generator.ts `buildPrompt`. */
export const TF_TITLE =
  "あなたは編集者です。以下の本文から、検索性と再利用性の高い短い日本語タイトルを1つ作ってください。\n要件:\n- ${maxTitleLength}文字以内\n- 内容の核となる名詞を含める\n- 記号や絵文字は禁止\n- 「メモ/ノート/日記」などの汎用接頭辞は付けない\n- 出力はタイトル文字列のみ\n\n本文:\n${content}";
/** shin902/title-forge-obsidian src/services/tag-generator.ts `buildPrompt`. */
export const TF_TAGS =
  "次のContentからキーワードを抽出しタグを日本語で生成してください。\n追加のコメントなしで、カンマ区切りのリストとしてタグのみを返します。\n複数の単語はハイフンで繋いでタグにしてください。\n\nContent:\n${content}";
/** eldunari2026/whatsapp-chat-analyzer src/whatsapp_analyzer/llm/prompts.py `ANALYZE_ALL`. */
export const ANALYZE_ALL =
  "Analyze this WhatsApp group chat. Respond ONLY in the exact format below, no extra text.\n\nCHAT:\n{chat_text}\n\nRespond in this EXACT format:\n\nSUMMARY:\n(3-5 sentence summary of the conversation)\n\nTOPICS:\n- (topic 1)\n- (topic 2)\n- (add more as needed)\n\nACTION ITEMS:\n- (Person: action item 1)\n- (Person: action item 2)\n- (add more as needed)\n\nPARTICIPANTS:\n{participant_list}";
/** eldunari2026/whatsapp-chat-analyzer src/whatsapp_analyzer/llm/prompts.py `PARTICIPANT_LINE`. */
export const PARTICIPANT_LINE = "- {name}: (1-2 sentence summary of their contributions)";
/** eldunari2026/whatsapp-chat-analyzer src/whatsapp_analyzer/llm/prompts.py `SUMMARIZE`. */
export const SUMMARIZE =
  "You are analyzing a WhatsApp group chat conversation. Provide a concise summary of the conversation covering the main discussion points and outcomes.\n\nCHAT:\n{chat_text}\n\nProvide a clear summary in 3-5 sentences. Focus on what was discussed, decided, and any important information shared.";
/** eldunari2026/whatsapp-chat-analyzer src/whatsapp_analyzer/llm/prompts.py `EXTRACT_TOPICS`. */
export const EXTRACT_TOPICS =
  'You are analyzing a WhatsApp group chat conversation. Extract the key topics discussed.\n\nCHAT:\n{chat_text}\n\nList each distinct topic on its own line, prefixed with "- ". Only list topics, no other text. Example:\n- Project timeline discussion\n- Backend API setup';
/** eldunari2026/whatsapp-chat-analyzer src/whatsapp_analyzer/llm/prompts.py `EXTRACT_ACTION_ITEMS`. */
export const EXTRACT_ACTION_ITEMS =
  'You are analyzing a WhatsApp group chat conversation. Extract any action items, tasks, or commitments made by participants.\n\nCHAT:\n{chat_text}\n\nList each action item on its own line, prefixed with "- ". Include who is responsible if mentioned. Only list action items, no other text. Example:\n- Bob: Set up the GitHub repository\n- Alice: Review the PR by Friday';
/** peoplesj/ai-summarize-incident-template functions/ai_incident_summary_function.ts, the system message. */
export const INCIDENT =
  "summarize the incident and provide answers to the following. Note that the following template format is mandatory: \n              Incident Title:\n              Incident Summary:\n\n              Incident Date:\n              Incident ID:\n              Reported by:\n              Severity level:\n              Status:\n              📝 Incident Description:\n              \n              What happened? Explain in detail...\n              🦷 Root Cause Analysis:\n              \n              Cause:\n              Impact:\n              Resolution:\n              👍 What Went Well?\n              \n              Item 1\n              Item 2\n              👎 What Could Have Gone Better?\n              \n              Item 1\n              Item 2\n              Item 3";
/** humankernel/rag-next-langchain src/lib/langchain/prompt.ts `STANDALONE_QUESTION_TEMPLATE`. */
export const RAG_STANDALONE =
  "Dado el siguiente historial de chat y una pregunta de seguimiento, reformula la pregunta de seguimiento para que sea una pregunta independiente sin cambiar su significado original.\n\nHistorial de chat: \n{chat_history}\n\nEntrada de seguimiento: {question}\n\nPregunta independiente:\n";
/** humankernel/rag-next-langchain src/lib/langchain/prompt.ts `QA_TEMPLATE`. */
export const RAG_QA =
  'Por favor, lee el siguiente contexto cuidadosamente:\n\n{context}\n\nAhora, con base en la información proporcionada en el contexto, por favor responde la siguiente pregunta:\n\nPregunta: {question}\n\nRecuerda:\n1. Siempre responde en español.\n2. Si no estás seguro de la respuesta o la información no está disponible en el contexto, o la pregunta no tienen sentido, di "No sé" o "No tengo esa información".\n3. Mantén un tono cortés y profesional en todas las respuestas.\n4. No inventes información ni salgas del contexto proporcionado.\n\n¡Gracias!\n\nRespuesta:\n';
/** richartkeil/gmail-summarizer summarizer.js `systemContent`. */
export const GMAIL_SYSTEM =
  'You are a helpful assistant that summarizes emails in concise bullet points. Format your response as an HTML unordered list (<ul><li>point 1</li><li>point 2</li></ul>). Keep each bullet point short and focused. Do not include any text before or after the HTML list. If the email contains a blog post, ensure to also cover the main points of the post. Generally avoid including meta information such as promotions, advertisements, or notes about "no further action required."';
/** richartkeil/gmail-summarizer summarizer.js `prompt` (the template literal keeps its indentation). */
export const GMAIL_USER =
  '\n      Summarize the following email with the subject "${title}":\n      \n      ${textContent}\n      \n      Provide a concise summary highlighting the key points, any actions required, and important dates or deadlines.\n    ';
/** oeyoews/tiddlywiki-starter-kit plugins/oeyoews/neotw-ai/tiddlers/prompt.js `getPrompt`. */
export const NEOTW_DIARY =
  "请阅读并总结日记，适当使用emoji，使用富有意境和哲理的文人语气，简体中文输出, 输出尽量简洁扼要， 不要换行，不要带有\n, 以下是今日日记。\n ${content}";
/** oeyoews/tiddlywiki-starter-kit plugins/oeyoews/neotw-ai/tiddlers/prompt.js `getRenameTitle`. */
export const NEOTW_RENAME =
  "你现在是一个标题命名优化专家，现在的标题是: ${title}; 优化这个标题，去除冗余信息, 不要输出双引号， 仅仅输出优化后的标题即可";
/** 1p22geo/ai-mono checkm8/prompts.py `CHAT_SYSTEM`. */
export const CHECKM8 = {
  casual:
    "\nYou are Checkm8, an AI companion chatbot.\nAnswer casually, without special introductions and useless text.\nDo not brag and speak about yourself being an AI.\nTry to act cool, like a human, and only admit to being a chatbot once EXPLICITLY asked for it.\nProvide short, compact, casual responses.\n",
  professional:
    "\nYou are Checkm8, a revolutionary AI chatbot.\nYou are an entirely new class of technology, powerful and flexible.\nAnswer dynamically and informatively.\nProvide professional and compact responses, with no extra introductions.\n",
  creative:
    "\nYou are Checkm8, a revolutionary AI chatbot.\nYou are an entirely new class of technology, powerful and flexible.\nAnswer dynamically and creatively.\nProvide lengthy, but creative and informational responses.\n",
};
