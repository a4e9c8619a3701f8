/**
 * Blind round 82 hard negatives: ordinary turns as the round's clients send them (a companion agent's system prompt,
 * a Matrix thread, group-chat questions to the bot) and users asking for a title, summary or analysis of their own
 * text, in the round's languages.
 */
import type { Conversation } from "./_conversations.ts";
import { CONVERSATIONS_BLIND_82 } from "./_conversations_blind82.ts";
import { MODEL, sys, toMessages, usr } from "./_types.ts";
import type { Negative } from "./_negatives_pasted.ts";
import { TOOLAGENTS_SYSTEM_MESSAGE } from "./_prompts_blind82.ts";

const [EN, DE, ZH, PT] = CONVERSATIONS_BLIND_82 as [Conversation, Conversation, Conversation, Conversation];

const ASKS: Array<
  { system?: string; history?: Conversation; ask: string; note: string; source?: Negative["source"] }
> = [
  {
    system: TOOLAGENTS_SYSTEM_MESSAGE,
    history: EN,
    ask: EN.followUp,
    note: "companion agent turn with its system prompt (English)",
    source: {
      repo: "Maximilian-Winter/ToolAgents",
      path: "examples/agents/gradio/advanced_agent/prompts.py",
      commit: "fbba77ab2bf3715be9309054e0c3bd08d75b6247",
    },
  },
  { history: DE, ask: DE.followUp, note: "Matrix thread follow-up to the bot (German)" },
  { history: ZH, ask: ZH.followUp, note: "QQ group question to the bot (Chinese)" },
  { history: PT, ask: PT.followUp, note: "WhatsApp question to the bot (Portuguese)" },
  {
    ask:
      "小梦，帮我把这段话总结成一句话，我要发到班级群里：本周五下午三点开家长会，地点在三楼多媒体教室，请家长带好孩子的期中成绩单，有事不能来的提前跟班主任请假。",
    note: "own text to summarize in a group chat (Chinese)",
  },
  {
    ask:
      "Resume esse texto pra mim em duas linhas, vou mandar no grupo da família: a festa da vó vai ser no sábado às 13h na chácara do tio Zé, cada um leva um prato e quem puder leva cadeira de praia.",
    note: "own text to summarize (Portuguese)",
  },
  {
    ask:
      "תסכם לי בבקשה את ההודעה שכתבתי לוועד הבית בשלוש נקודות: המעלית תושבת ביום שלישי בין 8 ל-14 לצורך תיקון, בבקשה לא להשאיר אופניים בלובי, ואסיפת דיירים תתקיים בחודש הבא.",
    note: "own text to summarize (Hebrew)",
  },
  {
    ask:
      "帮我给这篇周报起个标题，不超过十个字：本周完成了登录模块重构，修复了三个支付相关的bug，下周计划接入短信验证码并做压测。",
    note: "own text to title (Chinese)",
  },
  {
    ask:
      "Can you summarize this incident note I wrote before I post it in #ops? At 14:05 the payment webhook started timing out because the new connection pool limit was set to 5; we raised it to 50 at 14:40 and replayed the failed events.",
    note: "own text to summarize for Slack (English)",
  },
  {
    ask:
      "Gib mir drei Titelvorschläge für meinen Vereinsbericht: Die Jugendmannschaft hat die Saison auf Platz zwei beendet, das Sommerfest brachte 1.800 Euro für neue Trikots, und ab September trainieren wir dienstags statt montags.",
    note: "own text to title (German)",
  },
  {
    ask:
      "分析一下我写的这段自我介绍，看看给人什么性格印象：大家好，我是阿杰，平时喜欢爬山和拍照，做事比较慢热，但答应的事一定做到。",
    note: "own text to analyse, like the portrait command but about the user's own words (Chinese)",
  },
  {
    history: EN,
    ask:
      "Make me an image prompt for a poster for our team: five middle-aged players celebrating a late goal, floodlights, rain.",
    note: "user asks for an image prompt in the chat (English)",
  },
];

export function buildBlind82Negatives(): Negative[] {
  return ASKS.map((item) => ({
    task: "blind-82",
    ...(item.source ? { source: item.source } : {}),
    note: item.note,
    body: {
      model: MODEL,
      messages: [
        ...(item.system ? [sys(item.system)] : []),
        ...(item.history ? toMessages(item.history.turns) : []),
        usr(item.ask),
      ],
      stream: true,
    },
  }));
}
