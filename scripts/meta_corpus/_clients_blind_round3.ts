/**
 * A third blind round, read after the second freeze (commit 077fc53) and not changed for: a terminal chat's
 * executive summary, Semantic Kernel's conversation summary, an agent's context-window summary task and a
 * chat front-end's title prompt, three of them also as users run them in Spanish, Korean and Russian
 * (translated by hand after the freeze).
 */
import { firstExchange, MODEL, sys, type Template, toLines, toMessages, usr } from "./_types.ts";

const KRA = {
  repo: "ChrisRistoff/kra-tmux",
  path: "src/AIchat/data/prompts.ts",
  commit: "ca53e9833b8a524631cdeb2c519c56b889f7c227",
};
const SK = {
  repo: "joowon-dm-snu/medium-examples",
  path: "prompt-templates/summary/semantic_kernel/Summarize/example.py",
  commit: "c7aa1d3859b996f5747e17793175955960df1398",
};
const MAIA = {
  repo: "ronaldyu001/maia",
  path: "backend/Maia/hood/context_engineering/contex_window/sections/_task/variables.py",
  commit: "9144496aaf46fb81d9fe2c3489d7bd1b3f39d90d",
};
const PALOMA = {
  repo: "nicholasdly/paloma",
  path: "src/lib/ai/prompts.ts",
  commit: "c395221f0d20e5a9556d01f3769b1136194c1c46",
};

const KRA_SUMMARY =
  "Please provide an executive summary of this conversation that:\n\nOpens with a one-sentence overview of the main topic/purpose\nThen highlights:\n\n1. Key discussion points and decisions (3-4 bullets, each under 80 characters)\n2. Important conclusions or outcomes\n3. Any action items or next steps identified\n\n4. Length: Keep the entire summary under 800 words.\n\nDo not respond with anything that is outside the instructions above.";
const KRA_SUMMARY_ES =
  "Por favor, escribe un resumen ejecutivo de esta conversación que:\n\nEmpiece con una frase sobre el tema principal\nY luego destaque:\n\n1. Puntos clave y decisiones (3-4 viñetas)\n2. Conclusiones importantes\n3. Tareas pendientes o próximos pasos\n\nNo respondas nada fuera de estas instrucciones.";
const SK_SUMMARY = (content: string) =>
  `BEGIN CONTENT TO SUMMARIZE:\n${content}\n\nEND CONTENT TO SUMMARIZE.\n\nSummarize the conversation in 'CONTENT TO SUMMARIZE', identifying main points of discussion and any conclusions that were reached.\nDo not incorporate other general knowledge.\nSummary is in plain text, in complete sentences, with no markup or tags.\n\nBEGIN SUMMARY:\n`;
const MAIA_TASK =
  "Current task:\n- Create a short summary of the provided text in 3–5 bullets. \n- No preamble, no conclusions. \n- Do not continue/answer the conversation, just summarize what was discussed in the conversation.\n- The following text is the conversation to summarize.\n";
const MAIA_TASK_KO =
  "현재 작업:\n- 제공된 텍스트를 3~5개의 글머리표로 짧게 요약하세요.\n- 서문이나 결론은 쓰지 마세요.\n- 대화를 이어가거나 답하지 말고, 대화에서 논의된 내용만 요약하세요.\n- 다음 텍스트가 요약할 대화입니다.\n";
const PALOMA_TITLE =
  "- You will generate a short title based on the first message a user begins a conversation with.\n- Ensure it is not more than 80 characters long.\n- The title should be a summary of the user's message.\n- Do not use quotes or colons.";
const PALOMA_TITLE_RU =
  "- Ты создаёшь короткий заголовок по первому сообщению, с которого пользователь начинает разговор.\n- Не длиннее 80 символов.\n- Заголовок должен кратко передавать сообщение пользователя.\n- Не используй кавычки и двоеточия.";

const translated = (language: string) => `translated into ${language} by hand after the freeze`;

export const BLIND_ROUND_3: Template[] = [
  {
    client: "kra-tmux",
    task: "summary",
    source: KRA,
    note: "summaryPrompt sent as the user's turn after the chat; streamed",
    build: (c) => ({ model: MODEL, messages: [...toMessages(c.turns), usr(KRA_SUMMARY)], stream: true }),
  },
  {
    client: "kra-tmux",
    task: "summary",
    source: KRA,
    paraphrased: true,
    note: translated("Spanish"),
    build: (c) => ({ model: MODEL, messages: [...toMessages(c.turns), usr(KRA_SUMMARY_ES)], stream: true }),
  },
  {
    client: "Semantic Kernel",
    task: "summary",
    source: SK,
    note: "SummarizeConversation with the chat as `Role: text` lines, one user message",
    build: (c) => ({
      model: MODEL,
      messages: [usr(SK_SUMMARY(toLines(c.turns, { user: "user", assistant: "assistant" })))],
    }),
  },
  {
    client: "maia",
    task: "summary",
    source: MAIA,
    paraphrased: true,
    note: "SUMMARIZE_CONVERSATION as system, the conversation as one user message",
    build: (c) => ({
      model: MODEL,
      messages: [sys(MAIA_TASK), usr(toLines(c.turns, { user: "user", assistant: "assistant" }))],
    }),
  },
  {
    client: "maia",
    task: "summary",
    source: MAIA,
    paraphrased: true,
    note: translated("Korean"),
    build: (c) => ({
      model: MODEL,
      messages: [sys(MAIA_TASK_KO), usr(toLines(c.turns, { user: "user", assistant: "assistant" }))],
    }),
  },
  {
    client: "paloma",
    task: "title",
    source: PALOMA,
    note: "generateTitlePrompt as system, the first user message",
    build: (c) => ({ model: MODEL, messages: [sys(PALOMA_TITLE), usr(firstExchange(c).question)] }),
  },
  {
    client: "paloma",
    task: "title",
    source: PALOMA,
    paraphrased: true,
    note: translated("Russian"),
    build: (c) => ({ model: MODEL, messages: [sys(PALOMA_TITLE_RU), usr(firstExchange(c).question)] }),
  },
];
