/**
 * Blind round 11: seven clients never used in the corpus before, read only after the freeze at commit 5a88fc4 and
 * measured without changing the rules: a Claude Code hand-off command, Korean conversation and answer summaries,
 * illufly's Chinese summary with a JSON shape, and follow-up generators (an investing chatbot, a meeting copilot
 * speaking of "Me" and "Companion", a document RAG); and 6 hard negatives from their ordinary turns.
 */
import { type Conversation, CONVERSATIONS } from "./_conversations.ts";
import { firstExchange, MODEL, sys, type Template, toLines, toMessages, usr } from "./_types.ts";
import type { Negative } from "./_negatives_pasted.ts";

const at = (repo: string, { path, commit }: { path: string; commit: string }) => ({ repo, path, commit });
const lines = (c: Conversation) => toLines(c.turns, { user: "user", assistant: "assistant" });

/** ashergreen82/claude-commands summarize-convo.md. */
const HANDOFF =
  "# Summarize Conversation\n\nThe context window is filling up. Please create a detailed handoff summary for a new agent with the following sections:\n**Original Goal:** What was the user's original request or objective?\n**Work Completed:** List all tasks finished, including files created/modified (with full paths), key decisions made and reasoning, and problems solved.\n**Current State:** What is the current status? Is something in progress or partially complete?\n**Remaining Work:** What still needs to be done to fully complete the original goal?\n**Key Technical Context:** Important details the next agent needs - relevant file paths and their purposes, architecture or patterns being used, any gotchas or issues discovered.\n**Handoff Prompt:** Provide a copy-paste ready prompt I can give to the next agent that includes all the context it needs to continue seamlessly.\n";
/** lgcns-ai-keonho-kim/lgcns-ai-keonho-kim.github.io 002_second_session/…/prompts/summary_prompt.py `_SUMMARY_PROMPT`. */
const KO_SUMMARY = (history: string) =>
  `당신은 대화 요약 전문가입니다.\n\n[규칙]\n- 핵심 정보만 추려서 간결하게 요약하세요.\n- 불필요한 수식은 제거하고 사실 중심으로 정리하세요.\n\n[대화]\n${history}\n\n[출력]\n요약문만 출력하세요.\n`;
/** YS-2357/compare-ai app/prompts/summarize.py `SUMMARY_PROMPT`. */
const KO_ANSWER = (answer: string) =>
  `다음 답변을 2문장 이하(400자 이내)로 매우 간결하게 요약하세요.\n\n답변:\n${answer}\n`;
/** arcstep/illufly illufly/prompt/DEFAULT_TEMPLATES/summary/main.mu. */
const ILLUFLY = (question: string, answer: string) =>
  `请帮我根据对话记录对内容做摘要，保留关键的实体、概念、观点、结论、数据、事实、对话过程等，浓缩叙述。\n不要啰嗦，不要评论。\n\n对话过程如下:\n\nHuman Question: \n${question}\n\nAI Answer: \n${answer}\n\n请解读对话内容并按照下面的格式给出摘要：\n\`\`\`json\n{\n    "topic": "xxxxx",\n    "question": "xxxxx",\n    "answer": "xxxxx"\n}\n\`\`\``;
/** OrestisStefanou/InvestorChatbot pkg/services/prompts/follow_up_questions_prompt.go `FollowUpQuestionsPrompt`. */
const INVESTOR = (n: number, conversation: string) =>
  `\nYou are an expert in investing! Your mission is given a conversation between a user and an AI assistant about investing to respond\nwith ${n} follow up questions that the user can ask given the context of the conversation.\n\n## CONVERSATION\n${conversation}\n\n## RESPONSE FORMAT\nYour answer MUST have the following format:\n<Follow up question>\n<Follow up question>\n.\n.\n<Follow up question>\n`;
/** Fadeefcom/ai-copilot-public src/CopilotBackend/CopilotBackend.ApiService/promts/followup.md. */
const COPILOT =
  '# Followup System Prompt\n\nYou are an expert conversation analyst.\nYour goal is to suggest 5 relevant follow-up questions that "Me" can ask the "Companion".\n\n## Instructions\n1. Analyze the conversation context.\n2. Identify gaps in information or logical next steps.\n3. Generate exactly 5 distinct, relevant, and short follow-up questions.\n4. Output the questions as a numbered list.\n5. Do not provide any introductory text or explanations.';
/** krutivan/doc-rag src/prompts/prompt_files/follow_up.md. */
const DOC_RAG =
  'Based on the conversation and retrieved documents, suggest helpful follow up questions that the user might need help with or ask.\n\nInstructions:\n- Answer concisely and factually.\n- If multiple relevant points exist, summarize them clearly.\n- Do not invent information or speculate.\n- Do not mention the context explicitly in your reply (e.g., do not say "According to the context...", or do not say "... in the context").\n- Do not mention the conversation history explicitly in your reply (e.g., do not say "Based on the conversation...", or do not say "... in the conversation").\n- Give maximum 2 follow up questions. \n\nGive one response with all your follow up questions reframed in a friendly and helpful manner. Do not use any external knowledge, assumptions, or prior training data.\n\nBegin only after context is provided.\n';

export const BLIND_ROUND_11: Template[] = [
  {
    client: "claude-commands",
    task: "compaction",
    source: at("ashergreen82/claude-commands", {
      path: "summarize-convo.md",
      commit: "28ba161015c54968265a50bafe3564af167077ac",
    }),
    note: "the slash command's text sent after the conversation's messages",
    build: (c) => ({ model: MODEL, messages: [...toMessages(c.turns), usr(HANDOFF)], stream: true }),
  },
  {
    client: "lgcns second session",
    task: "summary",
    source: at("lgcns-ai-keonho-kim/lgcns-ai-keonho-kim.github.io", {
      path: "002_second_session/src/secondsession/core/chat/prompts/summary_prompt.py",
      commit: "ae3ad5b1beef75d77772f09dccc05d0146f2857a",
    }),
    note: "SUMMARY_PROMPT filled with the chat history",
    build: (c) => ({ model: MODEL, messages: [usr(KO_SUMMARY(lines(c)))] }),
  },
  {
    client: "compare-ai",
    task: "summary",
    source: at("YS-2357/compare-ai", {
      path: "app/prompts/summarize.py",
      commit: "7df36c2865420907566958915e61c5744a41db8a",
    }),
    note: "SUMMARY_PROMPT with a model's answer",
    build: (c) => ({ model: MODEL, messages: [usr(KO_ANSWER(firstExchange(c).answer))] }),
  },
  {
    client: "illufly",
    task: "summary",
    source: at("arcstep/illufly", {
      path: "illufly/prompt/DEFAULT_TEMPLATES/summary/main.mu",
      commit: "fc44dd9ccc9335b1609b2ab3df25c18c2712fb06",
    }),
    note: "the summary template filled with the first exchange",
    build: (c) => {
      const { question, answer } = firstExchange(c);
      return { model: MODEL, messages: [usr(ILLUFLY(question, answer))] };
    },
  },
  {
    client: "InvestorChatbot",
    task: "follow-ups",
    source: at("OrestisStefanou/InvestorChatbot", {
      path: "pkg/services/prompts/follow_up_questions_prompt.go",
      commit: "2239d6970f419672fa807f476a642f9208f83ef6",
    }),
    paraphrased: true,
    note:
      "FollowUpQuestionsPrompt as system message with n=3 and the conversation as role lines (Go %+v formatting reconstructed)",
    build: (c) => ({ model: MODEL, messages: [sys(INVESTOR(3, lines(c)))] }),
  },
  {
    client: "ai-copilot-public",
    task: "follow-ups",
    source: at("Fadeefcom/ai-copilot-public", {
      path: "src/CopilotBackend/CopilotBackend.ApiService/promts/followup.md",
      commit: "697a3c02c43d73ebd12b1eaa10f9bd5535f29d31",
    }),
    paraphrased: true,
    note:
      "followup.md as system message, the transcript as Me/Companion lines in one user message (wrapper reconstructed)",
    build: (c) => ({
      model: MODEL,
      messages: [sys(COPILOT), usr(toLines(c.turns, { user: "Me", assistant: "Companion" }))],
    }),
  },
  {
    client: "doc-rag",
    task: "follow-ups",
    source: at("krutivan/doc-rag", {
      path: "src/prompts/prompt_files/follow_up.md",
      commit: "fd2b41ba8748ea22f523107027e43169fa264eb3",
    }),
    paraphrased: true,
    note: "follow_up.md as system message, then the conversation's messages (wrapper reconstructed)",
    build: (c) => ({ model: MODEL, messages: [sys(DOC_RAG), ...toMessages(c.turns)] }),
  },
];

const ASKS: Array<{ system?: string; history?: boolean; ask: string }> = [
  {
    history: true,
    ask: "Before you go on: can you write me a short handoff note for my colleague about what we decided?",
  },
  {
    ask:
      "이 기사 좀 두 문장으로 요약해 줄래? 내일 회의에서 쓸 거야: 시는 내년부터 공공 도서관 운영 시간을 밤 10시까지 늘리기로 했다.",
  },
  {
    system: "You are an expert in investing! Answer the user's question about their portfolio clearly.",
    history: true,
    ask: "Should I rebalance now or wait until the end of the quarter?",
  },
  { history: true, ask: "What follow-up questions should I ask my landlord about the deposit?" },
  { system: "你是一个知识库问答助手，根据检索到的文档回答。", ask: "公司年假有几天？请简要回答。" },
  {
    system: "Based on the conversation and retrieved documents, answer the user's question.",
    history: true,
    ask: "and where is the form for that?",
  },
];

export function buildBlind11Negatives(): Negative[] {
  return ASKS.map((item, i) => ({
    task: "blind-11",
    body: {
      model: MODEL,
      messages: [
        ...(item.system ? [sys(item.system)] : []),
        ...(item.history ? toMessages(CONVERSATIONS[(i + 7) % CONVERSATIONS.length]?.turns ?? []) : []),
        usr(item.ask),
      ],
      stream: true,
    },
  }));
}
