/**
 * Blind round 24 hard negatives: ordinary turns of the round's clients as they send them (an agent's task, a
 * companion's chat, a framework's user turn after history) and users asking for a title or summary of their own text.
 * System prompts the source does not fix are marked as reconstructed in the note.
 */
import type { Conversation } from "./_conversations.ts";
import { asst, type ChatBody, MODEL, type Source, sys, toMessages, usr, type WireMessage } from "./_types.ts";
import type { Negative } from "./_negatives_pasted.ts";
import { JOYAGENT_PRE_PROMPT } from "./_prompts_blind24.ts";

type Sources = Record<
  | "joyagent"
  | "copilot"
  | "strands"
  | "adk"
  | "adkTs"
  | "xiaozhi"
  | "npc"
  | "nexent"
  | "creator"
  | "pero"
  | "nexus"
  | "aiLive",
  Source
>;

interface Turn {
  note: string;
  messages: WireMessage[];
  extra?: Partial<ChatBody>;
}

const item = (source: Source, { note, messages, extra }: Turn): Negative => ({
  task: "blind-24",
  source,
  note,
  body: { model: MODEL, messages, stream: true, ...extra },
});

export function blind24Negatives(conversations: Conversation[], s: Sources): Negative[] {
  const [english, german, japanese, portuguese] = conversations;
  const history = (c: Conversation | undefined) => toMessages(c?.turns ?? []);
  return [
    item(s.joyagent, {
      note: "the planner's user turn: pre_prompt + a real task (Chinese)",
      messages: [
        usr(
          `${JOYAGENT_PRE_PROMPT}帮我分析一下上传的销售明细表，按季度比较华东和华南的销售额，并输出网页版报告`,
        ),
      ],
    }),
    item(s.joyagent, {
      note: "the planner's user turn asking for a title of the user's own meeting notes (Chinese)",
      messages: [
        usr(
          `${JOYAGENT_PRE_PROMPT}给我下面这段会议纪要起一个标题：本周三产品评审会决定将会员积分有效期从一年延长到两年，运营部负责在月底前更新规则页面，技术部评估积分迁移脚本的工作量。`,
        ),
      ],
    }),
    item(s.copilot, {
      note: "the coding chat: history then a new implementation request (English; system prompt not read)",
      messages: [
        usr("Create a small Express server with a /health endpoint."),
        asst(
          "I'll create server.js with an Express app listening on port 3000 and a GET /health route returning { ok: true }.",
        ),
        usr("Now add a /version route that reads the version from package.json."),
      ],
    }),
    item(s.strands, {
      note:
        "a Strands agent with no system prompt: the user asks for a summary of their own paragraph (English)",
      messages: [
        ...history(english),
        usr(
          "Different topic: summarize this paragraph from my newsletter in two sentences: Our community garden opened a second plot on Elm Street this spring. Twelve families signed up in the first week, and the library lent us seed packets and two rain barrels. Volunteers meet every Saturday at nine.",
        ),
      ],
    }),
    item(s.adk, {
      note:
        "an ADK agent's turn: instruction + history + a follow-up question (German; instruction reconstructed)",
      messages: [
        sys(
          "You are a helpful assistant for tenants. Answer clearly and cite the relevant rule when you can.",
        ),
        ...history(german),
        usr(german?.followUp ?? ""),
      ],
    }),
    item(s.adkTs, {
      note: "an ADK-TS agent's turn: the user asks for a title for their own blog post draft (English)",
      messages: [
        sys("You are a helpful assistant. Be brief."),
        usr(
          "Give my blog post a catchy title: I spent three weekends rebuilding an old road bike with parts from a scrapyard. The frame cost me ten dollars, the wheels came from a neighbour, and the only new part is the chain.",
        ),
      ],
    }),
    item(s.xiaozhi, {
      note:
        "the voice assistant's chat: the user dictates a diary line and asks for a one-sentence summary (Chinese; system prompt reconstructed)",
      messages: [
        sys("你是小智，一个说话简短、语气温暖的语音助手。"),
        usr(
          "我念一段今天的日记，你帮我总结成一句话：早上送孩子去学校，中午和老同学吃了火锅，下午把拖了很久的报销单终于交了。",
        ),
      ],
      extra: { max_tokens: 500 },
    }),
    item(s.npc, {
      note: "a character's reply turn in a group role-play (Chinese; character prompt reconstructed)",
      messages: [
        sys("你是老周，一位爱抬杠的退休工程师。请用符合人设的口吻回复群聊中的最新消息。"),
        usr("用户: 老周，你觉得夏天晚上开空调睡觉伤身体吗？"),
      ],
    }),
    item(s.nexent, {
      note: "the agent's user turn: a real question after history (Japanese)",
      messages: [...history(japanese), usr(japanese?.followUp ?? "")],
    }),
    item(s.creator, {
      note: "the creative-writing agent: the user asks for chapter titles of their own draft (Chinese)",
      messages: [
        usr(
          "帮我给这一章起三个备选标题：林晚在旧书店的阁楼里发现了一封写给她外婆的信，信封上的邮戳是1983年，寄信人的名字被雨水洇开，只剩下一个“陈”字。",
        ),
      ],
    }),
    item(s.pero, {
      note: "the companion chat: an ordinary evening message (Chinese; persona reconstructed)",
      messages: [
        sys("你是Pero，主人的桌面伙伴，说话亲切自然。"),
        usr("Pero，今天加班到九点，好累，给我推荐一首适合放松的歌吧。"),
      ],
    }),
    item(s.nexus, {
      note: "the home agent's turn: history then a new request (Portuguese; system prompt reconstructed)",
      messages: [
        sys("You are Nexus, a helpful home assistant with access to tools."),
        ...history(portuguese),
        usr(portuguese?.followUp ?? ""),
      ],
    }),
    item(s.aiLive, {
      note: "a live-stream viewer's message to the streamer persona (Chinese; persona reconstructed)",
      messages: [
        sys("你是一名正在直播的虚拟主播，请自然地回应观众弹幕。"),
        usr("弹幕：主播今天唱的那首歌叫什么名字呀？能再唱一遍副歌吗？"),
      ],
    }),
  ];
}
