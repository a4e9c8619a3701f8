/**
 * Blind round 48 hard negatives: the same platforms' ordinary turns as they send them (BuildingAI's knowledge-base
 * assistant, promptflow's chat-with-pdf answer prompt, a CopilotKit chat turn, a PraisonAI agent, a ChatWiki robot)
 * and user turns asking a title or summary of the user's own text.
 */
import type { Conversation } from "./_conversations.ts";
import { CONVERSATIONS_BLIND_48 } from "./_conversations_blind48.ts";
import { MODEL, sys, toMessages, usr } from "./_types.ts";
import type { Negative } from "./_negatives_pasted.ts";
import * as P from "./_prompts_blind48.ts";
import {
  AGENTKIT,
  BUILDINGAI,
  CHATWIKI,
  COPILOTKIT,
  MEAI,
  PRAISON,
  PROMPTFLOW,
  src,
} from "./_sources_blind48.ts";

const at = (i: number): Conversation => {
  const conversation = CONVERSATIONS_BLIND_48[i];
  if (!conversation) throw new Error(`no sample conversation ${i}`);
  return conversation;
};
const [EN, FR, JA, TR] = [at(0), at(1), at(2), at(3)];
const TASK = "blind-48";
const DATASETS = src(BUILDINGAI, {
  path: "packages/@buildingai/ai-toolkit/src/prompts/datasets.prompt.ts",
  commit: "53cdce73e4a47e41fbbd7182b3b8cf5c8f5c4315",
});
const QNA = src(PROMPTFLOW, {
  path: "examples/flows/chat/chat-with-pdf/chat_with_pdf/qna.py",
  commit: "1c80c1f28cab0a39b15739a904066be22d668294",
});
const PRAISON_AGENT = src(PRAISON, {
  path: "src/praisonai-agents/praisonaiagents/agent/agent.py",
  commit: "52e3e37b1c0ede378426e764fff38834f8e209c2",
});
const CW = src(CHATWIKI, {
  path: "internal/app/chatwiki/business/chat.go",
  commit: "51479669b4d9edbbe62b1ce72185c8531a0f7912",
});

/** qna_prompt.md rendered with numbered context snippets and the question (Jinja loop as in the file). */
const qna = (snippets: string[], question: string) =>
  P.PF_QNA_HEAD + snippets.map((text, i) => `\n## Context #${i + 1}\n${text}\n`).join("") +
  `\n\n# Question\n${question}`;
/** PraisonAI Agent.system_prompt from a user-defined agent's backstory, role and goal. */
const praisonSystem = ({ backstory, role, goal }: { backstory: string; role: string; goal: string }) =>
  `${backstory}\n\nYour Role: ${role}\n\nYour Goal: ${goal}\n        `;
const ORGANISER = praisonSystem({
  backstory: "You have organised neighbourhood events for twenty years.",
  role: "Community Event Advisor",
  goal: "Help residents plan safe, simple local events.",
});
const ROBOT = "你是社区服务中心的智能客服，请根据知识库内容礼貌、简洁地回答居民的问题。";
const SNIPPETS = [
  "Temporary Event Notices must reach the licensing authority no later than ten working days before the event.",
  "Late notices can be given up to five working days before, but only a limited number per year.",
];

const ASKS: Negative[] = [
  {
    task: TASK,
    source: DATASETS,
    note: "BuildingAI knowledge-base chat: DATASETS_SYSTEM_PROMPT, history and the next question (English)",
    body: {
      model: MODEL,
      messages: [sys(P.BUILDINGAI_DATASETS), ...toMessages(EN.turns), usr(EN.followUp)],
      stream: true,
    },
  },
  {
    task: TASK,
    source: DATASETS,
    note: "BuildingAI knowledge-base chat, the user asks a summary of their own notes (French)",
    body: {
      model: MODEL,
      messages: [
        sys(P.BUILDINGAI_DATASETS),
        usr(
          "Peux-tu résumer mes notes en deux phrases? « Réunion de ruelle du 3 novembre : on achète la souffleuse chez le quincaillier de la rue Beaubien, Marc l'entrepose, chacun verse 120 $ avant le 15. »",
        ),
      ],
      stream: true,
    },
  },
  {
    task: TASK,
    source: QNA,
    note:
      "promptflow chat-with-pdf answer: history plus the qna prompt with context and the question (English)",
    body: {
      model: MODEL,
      messages: [
        ...toMessages(EN.turns),
        usr(qna(SNIPPETS, "How many working days before the concert must the notice arrive?")),
      ],
      stream: true,
    },
  },
  {
    task: TASK,
    source: QNA,
    note: "promptflow chat-with-pdf answer, the user asks a title for their own paragraph (Turkish)",
    body: {
      model: MODEL,
      messages: [
        usr(qna(
          ["Ekşi maya, un ve suyun birkaç gün boyunca beslenmesiyle elde edilen doğal bir mayadır."],
          "Şu paragrafım için kısa bir başlık önerir misin: 'Fırınımızda her sabah yirmi ekşi mayalı somun çıkıyor ve öğlene kadar tükeniyor.'",
        )),
      ],
      stream: true,
    },
  },
  {
    task: TASK,
    source: src(COPILOTKIT, {
      path: "packages/v2/core/src/core/suggestion-engine.ts",
      commit: "13786bd613b0cdf6450091613b4bf8ba6a8984aa",
    }),
    note:
      "CopilotKit agent turn: the chat's messages and the user's next question, no suggestion message (French)",
    body: { model: MODEL, messages: [...toMessages(FR.turns), usr(FR.followUp)], stream: true },
  },
  {
    task: TASK,
    source: PRAISON_AGENT,
    note:
      "PraisonAI agent chat: system prompt from backstory, role and goal, history and question (Japanese)",
    body: { model: MODEL, messages: [sys(ORGANISER), ...toMessages(JA.turns), usr(JA.followUp)] },
  },
  {
    task: TASK,
    source: PRAISON_AGENT,
    note: "PraisonAI agent chat, the user asks a title for their own newsletter paragraph (Japanese)",
    body: {
      model: MODEL,
      messages: [
        sys(ORGANISER),
        usr(
          "管理組合のお知らせに使う文章にタイトルをつけてください：「十一月九日（日）午前十時から、マンション全体で防災訓練を行います。雨天の場合は集会室で短縮版を実施します。」",
        ),
      ],
    },
  },
  {
    task: TASK,
    source: CW,
    note: "ChatWiki robot chat: the robot's prompt as system, the Q/A pairs and the question (Turkish)",
    body: { model: MODEL, messages: [sys(ROBOT), ...toMessages(TR.turns), usr(TR.followUp)], stream: true },
  },
  {
    task: TASK,
    source: CW,
    note: "ChatWiki robot chat, the user asks a summary of their own notice (Chinese)",
    body: {
      model: MODEL,
      messages: [
        sys(ROBOT),
        usr(
          "帮我把这段通知总结成一句话：本周六上午九点在小区广场举行旧物交换活动，请居民自带物品，现场不收取任何费用，活动持续到中午十二点。",
        ),
      ],
      stream: true,
    },
  },
  {
    task: TASK,
    source: src(AGENTKIT, {
      path: "packages/agent-kit/src/agent.ts",
      commit: "fc28437332f2fee4b15949c14e5f8bd851dc6ad4",
    }),
    note:
      "AgentKit network agent run: the agent's own system prompt, history and the user's question (English)",
    body: {
      model: MODEL,
      messages: [
        sys(
          "You are rules_checker. You look up permits, rules and deadlines for community events and answer plainly.",
        ),
        ...toMessages(EN.turns),
        usr(EN.followUp),
      ],
    },
  },
  {
    task: TASK,
    source: src(MEAI, {
      path: "src/Libraries/Microsoft.Extensions.AI/ChatReduction/SummarizingChatReducer.cs",
      commit: "02dcda10f89fffc13e3b3a25b0d84905e5a34f44",
    }),
    note:
      "chat after SummarizingChatReducer: system, the summary as an assistant message, the kept turns, the question (French)",
    body: {
      model: MODEL,
      messages: [
        sys("Tu es l'assistant de l'association de ruelle. Réponds en français, brièvement."),
        {
          role: "assistant",
          content:
            "Six voisins achètent une souffleuse à neige ensemble; ils partagent le prix en six et ouvrent une caisse commune pour l'essence et l'entretien.",
        },
        ...toMessages(FR.turns.slice(2)),
        usr(FR.followUp),
      ],
      stream: true,
    },
  },
];

export function buildBlind48Negatives(): Negative[] {
  return ASKS;
}
