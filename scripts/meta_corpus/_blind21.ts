/**
 * Blind round 21: six chat-bot, helpdesk, mail and RAG clients never used in the corpus before, read from their source
 * and measured without changing the rules: a WeChat group-chat summary plugin (Chinese), a Zendesk ticket summariser,
 * a mail classifier, an Indonesian banking-compliance RAG's standalone-question rewrite, a Telegram chat summariser
 * and a Korean follow-up suggester; and hard negatives from their ordinary turns.
 */
import type { Conversation } from "./_conversations.ts";
import { asst, type ChatBody, MODEL, sys, type Template, usr, type WireMessage } from "./_types.ts";
import type { Negative } from "./_negatives_pasted.ts";
import { TG_RETELL_TEMPLATE } from "./_prompts_blind21.ts";

const at = (repo: string, { path, commit }: { path: string; commit: string }) => ({ repo, path, commit });

const WECHAT = at("al-one/wechat-gptbot-summary", {
  path: "plugin.py",
  commit: "046149af6eba1bd0d763681bfcebfb1ee5dd1ac2",
});
const ZENDESK = at("formax68/zendesk-ai-agent", {
  path: "src/cli.py",
  commit: "3c86672715e3b2ab36587a7f982c0093e652a120",
});
const MAIL = at("mohitejaikumar/EmailClassifier", {
  path: "backend/src/managers/GPTManager.ts",
  commit: "59bf0dd7f2c216ad707c5bfc4e9574a61dec1183",
});
const OCBC = at("bryandts7/ocbc_compliance_gpt", {
  path: "constant/prompt.py",
  commit: "118070ffb0f76da913b21857366046821b9d6470",
});
const TG = at("dmytrovskyi/telegram-chat-summariser", {
  path: "open_ai.py",
  commit: "23612260d8ff1b39c9aa65dd3f634dc7a7cb5c2a",
});
const POLICHAT = at("seojoonkim/polichat", {
  path: "src/lib/suggest-questions.ts",
  commit: "797b1e08a31c3d35f88edc4cad5327198558a2bb",
});

const userTurns = (c: Conversation) => c.turns.filter((t) => t.role === "user").map((t) => t.content);
const last = (c: Conversation, role: "user" | "assistant") =>
  [...c.turns].reverse().find((t) => t.role === role)?.content ?? "";

/** al-one/wechat-gptbot-summary plugin.py: the default prompt (Python joins the literals without newlines). */
const WECHAT_PROMPT = "这是一份聊天记录，请总结成一份不超过500字的中文概述。" +
  "总结正文里需要体现出这份聊天记录是从几点几分开始的，" +
  "遇到以下特征时可能是重点内容：" +
  "- 多人复述的聊天内容" +
  "- 多人回复 6/666/牛/牛逼 之前的内容";
function wechatSummary(c: Conversation): ChatBody {
  const rows = c.turns.map((t, i) =>
    [
      t.role === "user" ? "小林" : "阿杰",
      `2026-03-14 18:${String(40 + i * 3).padStart(2, "0")}:07`,
      t.content,
    ].join(",")
  );
  return {
    model: MODEL,
    messages: [
      sys(`当前时间为: 2026-03-14 19:05:12.482913\n${WECHAT_PROMPT}`),
      usr(["发言人,时间,内容", ...rows].join("\n")),
    ],
  };
}

/** formax68/zendesk-ai-agent system_prompt.txt.example, the shipped default of config/system_prompt.txt. */
const ZENDESK_SYSTEM = "You are an expert technical support assistant.";

/** mohitejaikumar/EmailClassifier backend/src/managers/constants.ts `CLASSIFY_EMAIL_PROMPT`. */
const CLASSIFY_EMAIL_PROMPT =
  "Classify the following email message into one of the categories: Important: Emails that are personal or work-related and require immediate attention.\nPromotions: Emails related to sales, discounts, and marketing campaigns.\nSocial: Emails from social networks, friends, and family.\nMarketing: Emails related to marketing, newsletters, and notifications.\nSpam: Unwanted or unsolicited emails.\nGeneral: If none of the above are matched, use General.\n\nAnswer in one word only \n\n";

/** bryandts7/ocbc_compliance_gpt constant/prompt.py `CONTEXTUALIZE_Q_PROMPT_STR` (the backslash joins two lines). */
const OCBC_REWRITE = (history: string, question: string) =>
  `Given a chat history and the latest user question, which might reference context in the chat history, formulate a standalone question which can be understood without the chat history. Do NOT answer the question, just reformulate it if needed and otherwise return it as is.\nIf the question contains some english words, please do not translate those english words to Indonesian. Keep the Indonesian words in Indonesian and English words in English.\nChat History:\n${history}\n\nLatest Question: ${question}\nStandalone Question: `;
/** Same file, `QA_SYSTEM_TEMPLATE`, the answer request after retrieval. */
const OCBC_QA = (v: { sikepo: string; ojk: string; bi: string; question: string }) =>
  ` \nYou are an assistant for question-answering tasks. Use the following pieces of retrieved context from SIKEPO Website to answer the question. \nPlease do not use your prior knowledge. If the question does not related to the context given, just answer 'Saya tidak tahu mengenai hal tersebut'. \nSIKEPO Context: ${v.sikepo} \n\nYou also received OJK and BI context from OJK (Otoritas Jasa Keuangan) and BI (Bank Indonesia) Website to answer the same question. \nBased on the context provided, answer the query related to banking compliance in Indonesia.\nIf you use OJK or BI Context in your answer, please provide your answer in the following format, Always include the source regulation number and file URL:\n\n[Your answer here] \n\n\nSource: [regulation_number](file_url)\n\nDO NOT PROVIDE AMBIGUOUS ANSWERS.\nDO NOT ANSWER THE QUESTION THAT IS NOT RELATED TO THE CONTEXT.\n\nOJK Context: ${v.ojk}\nBI Context: ${v.bi}\n\nQuestion: ${v.question}\n`;

/** Python's repr of a str, as a LangChain string PromptTemplate prints a message list. */
function pyRepr(text: string): string {
  const quote = text.includes("'") && !text.includes('"') ? '"' : "'";
  const body = text.replaceAll("\\", "\\\\").replaceAll("\n", "\\n");
  return quote + (quote === "'" ? body.replaceAll("'", "\\'") : body) + quote;
}
const ocbcHistory = (c: Conversation) =>
  "[" +
  c.turns.map((t) =>
    `${t.role === "user" ? "HumanMessage" : "AIMessage"}(content=${
      pyRepr(t.content)
    }, additional_kwargs={}, response_metadata={})`
  ).join(", ") + "]";

/** Python json.dumps(..., sort_keys=True, ensure_ascii=False) of the bot's stored Telegram messages. */
function tgMessages(c: Conversation): string {
  const str = (s: string | null) => s === null ? "null" : JSON.stringify(s);
  type Person = { firstName: string; id: number; lastName: string | null; username: string | null };
  const olena: Person = { firstName: "Olena", id: 381204577, lastName: null, username: "olena_k" };
  const taras: Person = { firstName: "Taras", id: 509918230, lastName: "Bondar", username: null };
  const rows = c.turns.map((t, i) => {
    const p = t.role === "user" ? olena : taras;
    const from = `{"first_name": ${str(p.firstName)}, "id": ${p.id}, "last_name": ${
      str(p.lastName)
    }, "username": ${str(p.username)}}`;
    const date = `2026-03-14 09:${String(10 + i * 2).padStart(2, "0")}:31+00:00`;
    return `{"date": "${date}", "from": ${from}, "message_id": ${1200 + i}, "reply_to_message": "", "text": ${
      str(t.content)
    }}`;
  });
  return `[${rows.join(", ")}]`;
}

/** seojoonkim/polichat src/lib/suggest-questions.ts, without the optional knowledge block. */
const POLICHAT_PROMPT = (name: string, { question, answer }: { question: string; answer: string }) =>
  `정치인 "${name}"과의 대화 맥락:\n\n사용자 질문: ${question}\n${name}의 답변: ${
    answer.slice(0, 500)
  }\n\n\n\n위 대화 맥락에서 사용자가 자연스럽게 다음으로 물어볼 만한 질문 3개를 추천해줘.\n- 대화 흐름에 자연스럽게 연결되는 질문\n- 각 질문은 20자 이내로 짧게\n- 정책, 경험, 입장 등 다양한 각도로\n- JSON 배열로만 응답: ["질문1", "질문2", "질문3"]`;

export const BLIND_ROUND_21: Template[] = [
  {
    client: "wechat-gptbot-summary",
    task: "summary",
    source: WECHAT,
    note:
      "the '总结聊天记录' command: system = '当前时间为: <datetime.now()>' + the default prompt, user = CSV '发言人,时间,内容' rows of the stored group messages, sent by wechat-gptbot's ChatGPTBot.reply_text; the message time format is the channel's create_time, shown here as a plain timestamp",
    build: wechatSummary,
  },
  {
    client: "zendesk-ai-agent",
    task: "summary",
    source: ZENDESK,
    note:
      "`summarize TICKET_ID`: the ticket comment bodies joined by newlines after 'Summarize the following ticket comments:', with the system prompt file (default system_prompt.txt.example@6b0a8fc0b0dacf2888bc523ebb7de2fdb02f6686); ModelProvider.generate_response (src/model_provider.py) sends it unstreamed",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(ZENDESK_SYSTEM),
        usr("Summarize the following ticket comments:\n" + c.turns.map((t) => t.content).join("\n")),
      ],
    }),
  },
  {
    client: "EmailClassifier",
    task: "classification",
    source: MAIL,
    note:
      "classifyEmail: CLASSIFY_EMAIL_PROMPT (backend/src/managers/constants.ts@59bf0dd7f2c216ad707c5bfc4e9574a61dec1183) + '  Email: <text>   Category: ' as the only user message; here the mail text is the conversation's user turns",
    build: (c) => ({
      model: MODEL,
      messages: [usr(CLASSIFY_EMAIL_PROMPT + `  Email: ${userTurns(c).join("\n\n")}   Category: `)],
    }),
  },
  {
    client: "ocbc_compliance_gpt",
    task: "query-rewrite",
    source: OCBC,
    paraphrased: true,
    note:
      "chain/rag_chain.py@5139892bc665c5c730ad97f59e202343097dca15 formats the string PromptTemplate with RunnableWithMessageHistory's message list, so chat_history is the Python repr of LangChain messages (its exact fields depend on the langchain_core version); sent as one user message",
    build: (c) => ({ model: MODEL, messages: [usr(OCBC_REWRITE(ocbcHistory(c), c.followUp))] }),
  },
  {
    client: "telegram-chat-summariser",
    task: "summary",
    source: TG,
    note:
      "/summarize and mentions call ai_retell: retell_template (prompts.py, same commit) with language ENGLISH and tone NEUTRAL from .env as system, the stored messages as json.dumps(sort_keys=True) as user; ChatOpenAI gpt-4o-mini at temperature 0.9",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(TG_RETELL_TEMPLATE.replace("{language}", "ENGLISH").replace("{tone}", "NEUTRAL")),
        usr(tgMessages(c)),
      ],
      temperature: 0.9,
    }),
  },
  {
    client: "polichat",
    task: "follow-up",
    source: POLICHAT,
    note:
      "generateSuggestedQuestions posts the prompt to api/suggest.js@797b1e08a31c3d35f88edc4cad5327198558a2bb, which sends it as the only user message with max_tokens 200 (OpenRouter chat completions)",
    build: (c) => ({
      model: MODEL,
      messages: [usr(POLICHAT_PROMPT("한서윤", { question: last(c, "user"), answer: last(c, "assistant") }))],
      max_tokens: 200,
    }),
  },
];

const zendeskChat = (history: WireMessage[], message: string): ChatBody => ({
  model: MODEL,
  messages: [sys(ZENDESK_SYSTEM), ...history, usr(message)],
  stream: true,
});

export function buildBlind21Negatives(): Negative[] {
  return [
    {
      task: "blind-21",
      source: at("formax68/zendesk-ai-agent", { path: "src/model_provider.py", commit: ZENDESK.commit }),
      note: "the Gradio chat: a support agent's real question, first turn (English)",
      body: zendeskChat(
        [],
        "A customer on Windows 11 can't log in after the SSO change, error AADSTS50105. What do I tell them?",
      ),
    },
    {
      task: "blind-21",
      source: at("formax68/zendesk-ai-agent", { path: "src/model_provider.py", commit: ZENDESK.commit }),
      note:
        "the Gradio chat: the agent asks for a summary of their own pasted ticket note, with history (English)",
      body: zendeskChat(
        [
          usr("How do I merge two tickets in Zendesk?"),
          asst(
            "Open the ticket you want to close, choose Merge into another ticket from the menu, and pick the target.",
          ),
        ],
        "Summarize my note in two lines for the handover: customer reports double charge on invoice 88213, refund approved by finance on Tuesday, waiting for bank confirmation, customer prefers email over phone.",
      ),
    },
    {
      task: "blind-21",
      source: OCBC,
      note: "the answer request after retrieval with a real question (Indonesian)",
      body: {
        model: MODEL,
        messages: [
          usr(OCBC_QA({
            sikepo:
              "Ketentuan: Bank wajib menyampaikan laporan APU-PPT paling lambat tanggal 15 bulan berikutnya.",
            ojk:
              '[{"metadata": {"regulation_number": "POJK 8/2023"}, "page_content": "Penerapan program APU PPT"}]',
            bi: "[]",
            question: "Kapan batas waktu laporan APU-PPT bank ke OJK?",
          })),
        ],
      },
    },
    {
      task: "blind-21",
      note: "a user asks to classify their own forwarded mail in a plain chat (English)",
      body: {
        model: MODEL,
        messages: [
          usr(
            "Is this email a phishing attempt or legit? 'Your parcel is held at customs, pay 1.99 EUR within 24h at dhl-redelivery-eu.com to release it.'",
          ),
        ],
        stream: true,
      },
    },
    {
      task: "blind-21",
      note: "a user asks to summarize their own group-chat notice (Chinese)",
      body: {
        model: MODEL,
        messages: [
          usr(
            "帮我把这段话总结成一句话发到家长群：下周三学校组织秋游，早上七点半在校门口集合，需要自带午餐和水，下午四点半返回，请家长在周一前交回回执。",
          ),
        ],
        stream: true,
      },
    },
    {
      task: "blind-21",
      note: "a user asks for questions to ask at their own job interview (Korean)",
      body: {
        model: MODEL,
        messages: [
          usr(
            "다음 주에 물류 회사 면접이 있어요. 면접 끝에 제가 면접관에게 물어볼 만한 질문 3개만 추천해 주세요.",
          ),
        ],
        stream: true,
      },
    },
  ];
}
