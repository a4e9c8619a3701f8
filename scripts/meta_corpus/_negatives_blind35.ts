/**
 * Blind round 35 hard negatives: the same clients' ordinary turns as they send them (their real system prompts,
 * a real user question), and user turns that ask for a title or a summary of the user's own text.
 */
import { CONVERSATIONS_BLIND_35 } from "./_conversations_blind35.ts";
import { type ChatBody, MODEL, type Source, sys, toMessages, usr } from "./_types.ts";
import type { Negative } from "./_negatives_pasted.ts";
import * as P from "./_prompts_blind35.ts";
import { SRC } from "./_blind35_fill.ts";

const GORKIE_SYSTEM = `${P.GORKIE_CORE}\n${P.GORKIE_REPLY}`;
const SOUL_SYSTEM = "你是一个温柔、善解人意的人";
const AIVLE_SYSTEM = P.pyFormat(P.AIVLE_QA, {
  context:
    "에이블스쿨 7기 모집 기간은 2월 3일부터 2월 17일까지이며, 서류 전형 후 AI 역량 진단과 면접을 거쳐 최종 합격자를 발표합니다.",
});
const PALS_SYSTEM = P.PALS_SYSTEM_MD.replaceAll("{{CHARACTER_NAME}}", "Mira")
  .replaceAll("{{PERSONA}}", "Mira is a cheerful botanist who loves puns and long walks.")
  .replaceAll("{{EXAMPLE_DIALOGUE}}", "")
  .replaceAll("{{SPECIAL_USER_CONTEXT}}", "")
  .replaceAll("{{CURRENT_TIME_CONTEXT}}", "Monday, 7 December 2026, 11:20");
const history = (i: number) => toMessages(CONVERSATIONS_BLIND_35[i]?.turns ?? []);

const CASES: Array<{ source: Source; note: string; body: ChatBody }> = [
  {
    source: SRC.gorkieTasks,
    note: "Slack chat turn (English): core + reply task prompts, message as `name (id): text`",
    body: {
      model: MODEL,
      messages: [
        sys(GORKIE_SYSTEM),
        usr("maeve (U07ML2K4Q): does anyone know if staging gets wiped before the friday deploy?"),
      ],
    },
  },
  {
    source: SRC.gorkieTasks,
    note: "Slack user asks a title for their own release-note paragraph (English)",
    body: {
      model: MODEL,
      messages: [
        sys(GORKIE_SYSTEM),
        usr(
          'maeve (U07ML2K4Q): can you give this paragraph i wrote for the release notes a catchy title? "We moved search indexing off the request path, so saving a big document no longer blocks the editor; indexing now catches up within a few seconds in the background."',
        ),
      ],
    },
  },
  {
    source: SRC.soulChat,
    note: "companion chat turn (Chinese) with the bot's default system prompt and history",
    body: {
      model: MODEL,
      messages: [sys(SOUL_SYSTEM), ...history(2), usr("今天又加班到十点，感觉什么都做不好")],
    },
  },
  {
    source: SRC.soulChat,
    note: "user asks a summary of their own diary entry (Chinese)",
    body: {
      model: MODEL,
      messages: [
        sys(SOUL_SYSTEM),
        usr(
          "帮我把我写的这段日记总结成三句话：今天早上去医院给奶奶拿药，排队排了两个小时。下午回公司开会，方案又被打回来重做。晚上和妹妹视频，她说下个月要来看我，心情一下子好了很多。",
        ),
      ],
    },
  },
  {
    source: SRC.joplin,
    note:
      "Joplin AI chat on selected text (Chinese): user asks key points of their own meeting notes; stream",
    body: {
      model: MODEL,
      messages: [
        usr(
          "把下面的会议记录整理成三条要点：周三例会，讨论了新版官网上线时间，市场部希望月底上线，技术部认为支付模块还要两周联调，最后决定先上线展示页面，支付功能下月中旬再开放。",
        ),
      ],
      stream: true,
    },
  },
  {
    source: SRC.joplin,
    note: "Joplin AI chat on selected text (Chinese): user asks a title for their own note; stream",
    body: {
      model: MODEL,
      messages: [
        usr(
          "给这篇笔记起个标题：周末带孩子去植物园，发现温室里的猪笼草会分泌蜜汁吸引昆虫，孩子问了好多问题，回家后一起查了资料，做了一张食虫植物的手抄报。",
        ),
      ],
      stream: true,
    },
  },
  {
    source: SRC.legiPrompt,
    note: "legal assistant turn (French) with the ReflectionAgentPrompt",
    body: {
      model: MODEL,
      messages: [
        sys(P.LEGI_REFLECTION),
        usr(
          "Mon client a signé un bail commercial il y a deux ans ; peut-il donner congé avant la fin de la période triennale ?",
        ),
      ],
    },
  },
  {
    source: SRC.legiPrompt,
    note: "user asks a summary of a clause they pasted (French)",
    body: {
      model: MODEL,
      messages: [
        sys(P.LEGI_REFLECTION),
        usr(
          "Peux-tu résumer cette clause de mon contrat en deux phrases ? « Le prestataire s'engage à maintenir la confidentialité des informations transmises pendant toute la durée du contrat et pendant une période de cinq ans après son terme, sauf obligation légale de divulgation. »",
        ),
      ],
    },
  },
  {
    source: SRC.aivle,
    note: "RAG answer turn (Korean): qa_prompt with retrieved context, history and the question",
    body: {
      model: MODEL,
      messages: [sys(AIVLE_SYSTEM), ...history(0), usr("에이블스쿨 면접은 온라인으로 진행되나요?")],
    },
  },
  {
    source: SRC.aivle,
    note: "user asks a summary of their own cover letter (Korean)",
    body: {
      model: MODEL,
      messages: [
        sys(AIVLE_SYSTEM),
        usr(
          "제가 쓴 자기소개서 요약 좀 해주세요: 저는 물류 회사에서 3년간 재고 데이터를 엑셀로 관리하며 반복 작업을 줄이기 위해 파이썬을 독학했습니다. 에이블스쿨에서 데이터 분석 역량을 키워 현장의 문제를 해결하는 개발자가 되고 싶습니다.",
        ),
      ],
    },
  },
  {
    source: SRC.palsSystem,
    note: "Discord companion turn (English): system.md with placeholders filled; history as plain turns",
    body: {
      model: MODEL,
      messages: [
        sys(PALS_SYSTEM),
        ...history(3),
        usr("ciaran: mira do you think basil would survive next to the tomatoes?"),
      ],
    },
  },
  {
    source: SRC.palsSystem,
    note: "Discord user asks a title for their own short story (English)",
    body: {
      model: MODEL,
      messages: [
        sys(PALS_SYSTEM),
        usr(
          "ciaran: ok mira i finished my flash fiction, what should i call it? 'The lighthouse keeper counted ships for forty years, until the night one counted him back.'",
        ),
      ],
    },
  },
];

export function buildBlind35Negatives(): Negative[] {
  return CASES.map(({ source, note, body }) => ({ task: "blind-35", source, note, body }));
}
