/**
 * Blind round 23's hard negatives: the same clients' ordinary chat and RAG turns as they send them, and user turns
 * that ask for a title, tags or a summary of the user's own text.
 */
import { asst, type ChatBody, MODEL, sys, usr, type WireMessage } from "./_types.ts";
import type { Negative } from "./_negatives_pasted.ts";
import * as P from "./_prompts_blind23.ts";
import { at, kouriSystem, SOURCES } from "./_sources_blind23.ts";

const TASK = "blind-23";

const ANYTHING = at("Mintplex-Labs/anything-llm", {
  path: "server/models/systemSettings.js",
  commit: "72aabbd15481ae405434efd4c83d46026eef1173",
});
/** AnythingLLM's saneDefaultSystemPrompt with `{datetime}` filled, plus `#appendContext`'s context blocks. */
const anythingSystem = (contexts: string[]) =>
  "Given the following conversation, relevant context, and a follow up question, reply with an answer to the current question the user is asking. The current date and time is 12/7/2026, 10:20:00 AM. Return only your response to the question given the above information following the users instructions as needed." +
  (contexts.length
    ? "\nContext:\n" + contexts.map((text, i) => `[CONTEXT ${i}]:\n${text}\n[END CONTEXT ${i}]\n\n`).join("")
    : "");

const chat = (messages: WireMessage[], extra: Partial<ChatBody> = {}): ChatBody => ({
  model: MODEL,
  messages,
  stream: true,
  ...extra,
});
const papaRag = (template: string, fill: { context: string; chatHistory: string; query: string }) =>
  template.replace("{context}", fill.context).replace("{chatHistory}", fill.chatHistory).replace(
    "{query}",
    fill.query,
  );
const chuanhuRag = (fill: { context: string; query: string }) =>
  P.CHUANHU_RAG.replace("{context_str}", fill.context).replace("{current_date}", "2026-12-07")
    .replace("{query_str}", fill.query).replace("{reply_language}", "简体中文");

export function buildBlind23Negatives(): Negative[] {
  return [
    {
      task: TASK,
      source: ANYTHING,
      note: "workspace chat with retrieved context and a real follow-up question (English)",
      body: chat([
        sys(anythingSystem([
          "Expense policy 2026: Train travel in standard class is reimbursed in full. Taxis are reimbursed only between 22:00 and 06:00 or with a manager's approval.",
        ])),
        usr("Can I claim a train ticket to the Leeds office?"),
        asst("Yes. Standard-class train travel is reimbursed in full under the 2026 expense policy."),
        usr("and a taxi from the station at 11pm?"),
      ]),
    },
    {
      task: TASK,
      source: ANYTHING,
      note: "workspace chat: the user asks for a title for their own blog draft (English)",
      body: chat([
        sys(anythingSystem([])),
        usr(
          "Give me a title for my blog post draft: We moved our allotment beds to the sunny side this spring and, against every forum's advice, planted the tomatoes a fortnight early. Half of them sulked through May, the other half are taller than me now.",
        ),
      ]),
    },
    {
      task: TASK,
      source: SOURCES.chuanhu,
      note: "a question over an uploaded file: PROMPT_TEMPLATE filled as the user message (Chinese)",
      body: chat([
        sys("You are a helpful assistant."),
        usr(chuanhuRag({
          context:
            "[1] 员工每年享有带薪年假15天，入职未满一年的按月折算。\n[2] 年假需提前三个工作日在系统中申请，经直属主管批准。",
          query: "入职八个月的员工有几天年假？",
        })),
      ]),
    },
    {
      task: TASK,
      source: SOURCES.docsgptCompress,
      note: "DocsGPT chat: the user asks to condense their own meeting notes, with history (English)",
      body: chat([
        sys(P.DOCSGPT_CLASSIC_DEFAULT),
        usr("Where do I find the onboarding checklist?"),
        asst("It is in the HR space under Onboarding > Checklist for new starters."),
        usr(
          "Summarise my notes from today's standup in three bullets: Priya is blocked on the staging database migration until ops restore the snapshot; the release moves from Thursday to Monday; Tom will pair with the new joiner on the billing bug.",
        ),
      ]),
    },
    {
      task: TASK,
      source: SOURCES.telegram,
      note: "Telegram bot chat: default assistant prompt, history, a real question (English)",
      body: chat([
        sys("You are a helpful assistant."),
        usr("What's a good substitute for buttermilk in pancakes?"),
        asst(
          "Stir a tablespoon of lemon juice or white vinegar into a cup of milk and let it sit for five minutes.",
        ),
        usr("would oat milk work for that too?"),
      ], { stream: true }),
    },
    {
      task: TASK,
      source: SOURCES.papa,
      note:
        "Smart Second Brain RAG turn: the German rag template with retrieved notes, history and the question",
      body: chat([
        usr(papaRag(P.PAPA_DE_RAG, {
          context:
            "[[Projekte/Garten.md]]\n# Hochbeet\nDas Hochbeet wurde im März mit Kompost aufgefüllt. Tomaten ab Mitte Mai pflanzen.",
          chatHistory: `Assistant: ${P.PAPA_DE_INITIAL}`,
          query: "Wann wollte ich die Tomaten ins Hochbeet setzen?",
        })),
      ]),
    },
    {
      task: TASK,
      source: SOURCES.papa,
      note:
        "Smart Second Brain chat without notes: the Chinese conversation template, the user asks for a title for their own note",
      body: chat([
        usr(papaRag(P.PAPA_ZH_CONVERSATION, {
          context: "",
          chatHistory: `Assistant: ${P.PAPA_ZH_INITIAL}`,
          query:
            "帮我给这篇笔记起个标题：周末去了趟杭州，第一天在西湖边骑车，第二天去了龙井村喝茶，回来的高铁上把这两天花的钱记了一下，一共一千二。",
        })),
      ]),
    },
    {
      task: TASK,
      source: SOURCES.blinkoRoutes,
      note: "Blinko chat agent: the user asks for tags for a note they paste (English)",
      body: chat([
        sys(
          "Today is 2026-12-07 10:20:00\nYou are a versatile AI assistant who can:\n1. Answer questions and explain concepts\n2. Provide suggestions and analysis\n3. Help with planning and organizing ideas\n4. Assist with content creation and editing\n5. Perform basic calculations and reasoning\n\n6. When using 'web-search-tool' to return results, use the markdown link format to mark the origin of the page7. When using 'search-blinko-tool', The entire content of the note should not be returned unless specifically specified by the user Always respond in the user's language.\nMaintain a friendly and professional conversational tone.",
        ),
        usr(
          "Which tags would you put on this note of mine? 'Renewed the car insurance with the same company, 412 € for the year, the broker said the winter tyre discount only applies from next year.'",
        ),
      ]),
    },
    {
      task: TASK,
      source: SOURCES.kouri,
      note: "KouriChat WeChat companion: the ATRI persona, a real message (Chinese)",
      body: chat([
        sys(kouriSystem(P.KOURI_ATRI)),
        usr("今天加班到九点，好累啊"),
        asst("辛苦啦$先去吃点热的东西吧"),
        usr("吃了碗面，现在躺在沙发上不想动"),
      ], { stream: false }),
    },
    {
      task: TASK,
      source: SOURCES.wxbot,
      note:
        "WeChatBot_WXAUTO_SE chat: prompt file 角色1 as system, the user asks to sum up their own message (Chinese)",
      body: chat([
        sys(P.WXBOT_ROLE1),
        usr("在干嘛呢"),
        asst("刚下课\\准备去食堂"),
        usr(
          "帮我把这段话总结成一句发给我妈：这周六公司团建去不了家里了，下周六我早上坐高铁回去，中午在家吃饭，晚上还得回来。",
        ),
      ], { stream: false }),
    },
    {
      task: TASK,
      source: SOURCES.talkio,
      note: "Talkio chat: history and a real follow-up question (Chinese)",
      body: chat([
        usr("周末想去苏州玩两天，住哪个区域方便？"),
        asst("住在平江路或观前街附近最方便，步行就能到拙政园和苏州博物馆，地铁也方便去其他景点。"),
        usr("拙政园要提前几天预约？"),
      ]),
    },
    {
      task: TASK,
      source: SOURCES.polichat,
      note: "Polichat-style chat: the user asks for a summary of a speech they paste (Korean)",
      body: chat([
        usr(
          "내가 쓴 연설문인데 세 줄로 요약해 줘: 우리 동네 놀이터는 지은 지 20년이 넘었습니다. 아이들이 안전하게 뛰어놀 수 있도록 내년 예산에 놀이터 보수 비용을 반영하겠습니다. 주민 여러분의 의견을 듣는 설명회도 다음 달에 열겠습니다.",
        ),
      ]),
    },
    {
      task: TASK,
      source: SOURCES.gptDiscord,
      note: "GPTDiscord-style thread message: a real question after one exchange (Turkish)",
      body: chat([
        usr("Yarın İzmir'e arabayla gideceğim, yol kaç saat sürer?"),
        asst("Ankara'dan İzmir'e otoyolla yaklaşık 6 saat sürer, molalarla 7 saati bulabilir."),
        usr("köprü ve otoyol ücreti ne kadar tutar?"),
      ]),
    },
  ];
}
