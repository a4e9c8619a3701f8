/**
 * Blind round 37 hard negatives: the same clients' ordinary turns as they send them (LINE `:gpt`, the companion's
 * role-play prompt, the Korean Discord member prompt, a Discord thread, a Slack mention) and user turns asking for a
 * title or summary of the user's own text.
 */
import { asst, MODEL, sys, usr } from "./_types.ts";
import type { Negative } from "./_negatives_pasted.ts";
import * as P from "./_prompts_blind37.ts";
import { caellwynMemory, SRC } from "./_blind37_fill.ts";
import { CONVERSATIONS_BLIND_37 } from "./_conversations_blind37.ts";

const CAELLWYN_SYSTEM = P.CAELLWYN_SYSTEM.replace(
  "{character}",
  "A old emu with a tale to tell.  You desperately want someone to listen.",
)
  .replaceAll("{name}", "Bill").replace("{style}", "None").replace("{location}", "The Australian Outback")
  .replace("{mid}", "nothing yet.").replace("{long}", "nothing yet.") + " ";
const NEXT = " Do not repeat phrases from your most recent response: ";
const english = CONVERSATIONS_BLIND_37[0]?.turns ?? [];

const line = (text: string, note: string): Negative => ({
  task: "blind-37",
  source: SRC.line,
  note,
  body: { model: MODEL, messages: [usr(text)] },
});

export function buildBlind37Negatives(): Negative[] {
  return [
    line(":gpt 台北到花蓮搭火車大概要多久？要先訂位嗎？", "LINE :gpt ordinary question (zh-TW)"),
    line(
      ":gpt 幫我想一個標題給這段公告：本週六社區中庭舉辦二手市集，早上九點到中午，攤位免費，請自備桌子，雨天延期。",
      "LINE :gpt title for the user's own notice (zh-TW)",
    ),
    line(
      ":gpt 幫我摘要這段會議紀錄：一、下月起輪值表改為兩週一次；二、茶水間新增回收桶；三、年終聚餐改到十二月二十日，地點待定。",
      "LINE :gpt summary of the user's own minutes (zh-TW)",
    ),
    {
      task: "blind-37",
      source: SRC.caellwyn,
      note: "companion role-play turn with its system prompt and short-term memory (en)",
      body: {
        model: MODEL,
        messages: [
          sys(CAELLWYN_SYSTEM),
          ...caellwynMemory(english.slice(0, 2)),
          usr(`${NEXT}[User]: So Bill, what was the strangest thing you ever saw out by the dry creek? `),
        ],
        max_tokens: 200,
        temperature: 0.3,
      },
    },
    {
      task: "blind-37",
      source: SRC.caellwyn,
      note: "companion role-play turn asking the character to name the user's own letter (en)",
      body: {
        model: MODEL,
        messages: [
          sys(CAELLWYN_SYSTEM),
          usr(
            "[User]: I wrote this to my sister before I left: 'The house is quiet now, the kettle still whistles at six, and I kept your blue mug.' Give it a title for me? ",
          ),
        ],
        max_tokens: 200,
        temperature: 0.3,
      },
    },
    {
      task: "blind-37",
      source: SRC.neuroChat,
      note: "Korean Discord member prompt with a channel message (ko)",
      body: {
        model: MODEL,
        messages: [
          sys(P.NEURO_CHAT_KO.trim()),
          usr("지호 — 8:12 PM\n@chatter 오늘 저녁 메뉴 뭐가 좋을까? 비 와서 따뜻한 거 먹고 싶어"),
        ],
      },
    },
    {
      task: "blind-37",
      source: SRC.neuroChat,
      note: "Korean Discord member prompt, a user asks to summarise their own notice (ko)",
      body: {
        model: MODEL,
        messages: [
          sys(P.NEURO_CHAT_KO.trim()),
          usr(
            "지호 — 8:20 PM\n@chatter 내가 쓴 공지 세 줄로 요약해줘: 이번 주 토요일 스터디는 오후 2시로 변경합니다. 장소는 그대로 2층 회의실이고, 발표자는 민지와 서연입니다. 준비물은 노트북과 지난주 과제입니다.",
          ),
        ],
      },
    },
    {
      task: "blind-37",
      source: SRC.letsgpt,
      note: "Discord text-channel message answered in a new thread (ko)",
      body: { model: MODEL, messages: [usr("파이썬에서 리스트랑 튜플 차이가 뭐야?")] },
    },
    {
      task: "blind-37",
      source: SRC.letsgpt,
      note: "Discord thread message asking for a title for the user's own text (ko)",
      body: {
        model: MODEL,
        messages: [
          usr(
            "이 글에 어울리는 제목 하나만 지어줘: 봄이 오면 우리 동네 하천길에 벚꽃이 피고, 주말마다 자전거 타는 사람들로 붐빈다.",
          ),
        ],
      },
    },
    {
      task: "blind-37",
      source: SRC.slackgpt,
      note: "Slack mention sent as the prompt (pt-BR); legacy completions prompt shown as one user message",
      body: {
        model: MODEL,
        messages: [usr("<@U04SLACKGPT> qual a diferença entre CLT e PJ para quem vai trabalhar remoto?")],
        max_tokens: 300,
        temperature: 0.4,
      },
    },
    {
      task: "blind-37",
      source: SRC.slackgpt,
      note: "Slack mention asking to summarise the user's own text (pt-BR)",
      body: {
        model: MODEL,
        messages: [
          usr(
            "<@U04SLACKGPT> resume esse texto que escrevi pro time: a partir de segunda o deploy passa a ser às 16h, quem tiver PR aberto precisa de duas aprovações e o canal #releases vira o único lugar de aviso.",
          ),
        ],
        max_tokens: 300,
        temperature: 0.4,
      },
    },
    {
      task: "blind-37",
      source: SRC.caellwyn,
      note: "companion role-play turn with history as real messages (en)",
      body: {
        model: MODEL,
        messages: [
          sys(CAELLWYN_SYSTEM),
          usr(
            "<Location>: The Australian Outback, <Message>: [User]: G'day Bill, mind if I sit by the fire? ",
          ),
          asst(
            "[Bill]: *shuffles over and fluffs his feathers* Sit, sit. Nobody's stopped to listen in years.",
          ),
          usr(`${NEXT}[User]: How did you end up out here on your own? `),
        ],
        max_tokens: 200,
        temperature: 0.3,
      },
    },
  ];
}
