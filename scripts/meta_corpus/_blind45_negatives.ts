/**
 * Blind round 45, hard negatives from the same clients: their ordinary turns, sent with the clients' own long
 * persona or character prompts and a short user message, and users asking a title or summary of their own text.
 */
import { CONVERSATIONS_BLIND_45 } from "./_conversations_blind45.ts";
import type { Negative } from "./_negatives_pasted.ts";
import { MODEL, sys, usr } from "./_types.ts";
import * as F from "./_blind45_fill.ts";
import * as P from "./_prompts_blind45.ts";

const [ENGLISH, FRENCH, JAPANESE] = CONVERSATIONS_BLIND_45;
const TASK = "blind-45";

/** Live2DPet's older prompt builder: the card's parts joined by blank lines, `{{…}}` resolved. */
const SISTER = [P.L2D_SISTER.description, P.L2D_SISTER.personality, P.L2D_SISTER.rules, P.L2D_SISTER.scenario]
  .map((part) =>
    part.replaceAll("{{petName}}", "Yuki").replaceAll("{{userIdentity}}", "妹妹").replaceAll(
      "{{userTerm}}",
      "你",
    )
  )
  .join("\n\n");

/** Project Her: the Go template filled, then the ADK state placeholders as the session holds them. */
const HER = P.fill(P.HER_ROLEPLAY, {
  CharName: F.CHAR,
  Personality: "cheerful, teasing, attentive",
  Description: F.CARD,
  Scenario: "A rainy evening in the harbour library, after closing time.",
  SystemPrompt: "",
  MessageExample: "",
  UserName: F.USER,
  Now: "2026-05-09 19:05",
  RelationshipLevel: "Friend",
}).replace("{Location?}", "").replace("{Memories?}", "");

const THAL_CHAT = P.fill(P.THAL_CHAT_SYS, {
  name: F.CHAR,
  username: "lina",
  datetime: "5/9/2026, 19:05:00",
  description: F.CARD,
  instructions: "Speak like a friendly pen pal and ask about the user's day.",
});

const ASKS: Negative[] = [
  {
    task: TASK,
    source: F.at("x380kkm/Live2DPet", {
      path: "src/core/prompt-builder.js",
      commit: "1ad732f8a3f4e1d68094f37554937b43d7929def",
    }),
    note:
      "Live2DPet pet turn: the default 'sister' card (assets/prompts/sister.json) and an idle trigger (Chinese)",
    body: {
      model: MODEL,
      messages: [sys(SISTER), usr("（system：用户一段时间没有操作，根据屏幕内容说说自己想说的吧）")],
    },
  },
  {
    task: TASK,
    source: F.at("fly2outerspace/NeoChat", { path: "app/prompt/speak.py", commit: F.NEOCHAT }),
    note:
      "NeoChat face-to-face turn: speak.py SYSTEM_PROMPT_CN with the card and an inner thought (Japanese chat)",
    body: {
      model: MODEL,
      messages: F.personaTurn(
        P.fill(P.NEO_SPEAK_CN, {
          roleplay_prompt: F.CARD,
          inner_thought: "有点担心对方冬天走路上班，想给点实用的建议。",
          long_term_memory: "",
          relationship: "",
        }),
        JAPANESE ?? CONVERSATIONS_BLIND_45[0]!,
      ),
    },
  },
  ...CONVERSATIONS_BLIND_45.map((c): Negative => ({
    task: TASK,
    source: F.at("easeaico/project-her", { path: "internal/agent/roleplay.go", commit: F.HER }),
    note: `Project Her role-play turn with its roleplay instruction and the history (${c.language})`,
    body: { model: MODEL, messages: F.personaTurn(HER, c), stream: true },
  })),
  {
    task: TASK,
    source: F.at("07XYGIN/AI-GRIL-FRIEND", {
      path: "Server/ai-service/app/core/agent/prompt.py",
      commit: F.GF,
    }),
    note: "AI-GRIL-FRIEND: Aura's system prompt, the user asks a title for their own diary entry (Chinese)",
    body: {
      model: MODEL,
      messages: [
        sys(P.GF_SYSTEM),
        usr("帮我给这段日记起个标题：今天下班后一个人去江边跑了五公里，风很大，但跑完心情好多了。"),
      ],
    },
  },
  {
    task: TASK,
    source: F.at("07XYGIN/AI-GRIL-FRIEND", {
      path: "Server/ai-service/app/core/agent/tools/search_momery.py",
      commit: F.GF,
    }),
    note:
      "AI-GRIL-FRIEND search_memory_tool answer prompt with a recalled memory and the boyfriend's question (Chinese)",
    body: F.one(P.fill(P.GF_RAG, {
      context: "五月九号要跟李老师见面呢，宝贝要准备材料啦~",
      input: "我明天要干嘛来着？",
    })),
  },
  {
    task: TASK,
    source: F.at("9aia/thal", { path: "server/api/message/[username].post.ts", commit: F.THAL }),
    note: "Thal character chat turn with the character's system instruction (English chat)",
    body: { model: MODEL, messages: F.personaTurn(THAL_CHAT, ENGLISH ?? CONVERSATIONS_BLIND_45[0]!) },
  },
  {
    task: TASK,
    source: F.at("9aia/thal", { path: "server/api/message/[username].post.ts", commit: F.THAL }),
    note: "Thal character chat, the learner asks a summary of their own paragraph (English)",
    body: {
      model: MODEL,
      messages: [
        sys(THAL_CHAT),
        usr(
          "Can you sum up my text in one sentence? 'Last weekend I go to the beach with my cousins, we make a big sandcastle and the sea destroy it after one hour.'",
        ),
      ],
    },
  },
  {
    task: TASK,
    source: F.at("buyve/OpenMaiWaifu", { path: "src/lib/i18n/ko.ts", commit: F.OMW }),
    note:
      "OpenMaiWaifu chat with the Korean default soul, the user asks a summary of their own memo (Korean)",
    body: {
      model: MODEL,
      messages: [
        sys(P.OMW_SOUL_KO),
        usr(
          "내가 쓴 메모 한 줄로 요약해 줘: 이번 주에는 운동 세 번, 책 한 권 끝내기, 토요일에 엄마한테 전화하기.",
        ),
      ],
    },
  },
  {
    task: TASK,
    source: F.at("buyve/OpenMaiWaifu", { path: "src/lib/i18n/en.ts", commit: F.OMW }),
    note: "OpenMaiWaifu chat with the English default soul and the French conversation",
    body: { model: MODEL, messages: F.personaTurn(P.OMW_SOUL_EN, FRENCH ?? CONVERSATIONS_BLIND_45[0]!) },
  },
  {
    task: TASK,
    source: F.at("morettt/my-neuro", { path: "live-2d/config.json", commit: F.MY_NEURO }),
    note:
      "my-neuro desktop pet with fake neuro's system prompt, the user asks a summary of their own words (Chinese)",
    body: {
      model: MODEL,
      messages: [
        sys(P.MN_SYSTEM),
        usr(
          "帮我把这段话总结成一句：我这周加了三天班，周末还要搬家，感觉整个人都快散架了，但想到下个月能去旅行又有点期待。",
        ),
      ],
      stream: true,
    },
  },
  {
    task: TASK,
    source: F.at("semperai/amica", { path: "src/utils/config.ts", commit: F.AMICA }),
    note: "Amica chat turn with its default persona and the English conversation",
    body: {
      model: MODEL,
      messages: F.personaTurn(P.AMICA_SYSTEM, ENGLISH ?? CONVERSATIONS_BLIND_45[0]!),
      stream: true,
    },
  },
  {
    task: TASK,
    source: F.at("semperai/amica", { path: "src/utils/config.ts", commit: F.AMICA }),
    note: "Amica with its default persona, the user asks a title for their own short poem (English)",
    body: {
      model: MODEL,
      messages: [
        sys(P.AMICA_SYSTEM),
        usr(
          "Give my little poem a title: 'The kettle sings at six, the cat complains at seven, and by eight the house is mine.'",
        ),
      ],
      stream: true,
    },
  },
];

export function buildBlind45Negatives(): Negative[] {
  return ASKS;
}
