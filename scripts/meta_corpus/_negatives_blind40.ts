/**
 * Blind round 40 hard negatives: the same clients' ordinary turns as they send them (qwery's agent system prompt, the
 * session history of the Claude Code / OpenCode / Antigravity add-ons with a real next question; the host tools' own
 * system prompts are not reproduced), and user turns that ask for a title, summary or commit message of the user's own
 * text.
 */
import { CONVERSATIONS_BLIND_40 } from "./_conversations_blind40.ts";
import { type ChatBody, MODEL, type Source, sys, toMessages, usr } from "./_types.ts";
import type { Negative } from "./_negatives_pasted.ts";
import * as P from "./_prompts_blind40.ts";
import { SRC } from "./_blind40_fill.ts";

const history = (i: number) => toMessages(CONVERSATIONS_BLIND_40[i]?.turns ?? []);
const followUp = (i: number) => CONVERSATIONS_BLIND_40[i]?.followUp ?? "";
const turn = (...messages: ChatBody["messages"]): ChatBody => ({ model: MODEL, messages, stream: true });

const CASES: Array<{ source: Source; note: string; body: ChatBody }> = [
  {
    source: SRC.qweryBase,
    note:
      "qwery agent turn (English): BASE_AGENT_PROMPT as system (the agent prompt's shared part), a data question",
    body: turn(sys(P.QWERY_BASE_AGENT), usr("Which customers placed more than three orders last month?")),
  },
  {
    source: SRC.qweryBase,
    note: "qwery user asks a title for their own dashboard description (English)",
    body: turn(
      sys(P.QWERY_BASE_AGENT),
      usr(
        "Suggest a short title for this dashboard I'm adding: it shows weekly churned subscribers by plan, with the cancellation reason people chose in the exit survey.",
      ),
    ),
  },
  {
    source: SRC.adnify,
    note:
      "Adnify chat user asks a PR description of their own change list (English; IDE system prompt omitted)",
    body: turn(
      ...history(0),
      usr(
        "Write a two-sentence PR description for these changes: replaced sleeps in queue tests with a WaitGroup; Drain waits for workers; no API change.",
      ),
    ),
  },
  {
    source: SRC.johnnymny,
    note: "Claude Code session turn with the hand-over hook installed (Japanese coding request)",
    body: turn(
      usr("internal/queue のテストで -race を付けたときだけ落ちるケースがあるので、原因を調べて直して"),
    ),
  },
  {
    source: SRC.bomber,
    note: "Claude Code user asks a summary of their own meeting note (Japanese)",
    body: turn(
      usr(
        "この議事メモを3行でまとめて、Slack に貼りたい:\n\n来週からステージング環境のデプロイは毎日17時に固定。緊急時のみ手動デプロイ可。担当は週替わりで、今週は佐藤さん。ロールバック手順は Notion の運用ページを参照。",
      ),
    ),
  },
  {
    source: SRC.chess,
    note: "Antigravity user asks a summary of their own release note (Korean)",
    body: turn(
      usr(
        "이 릴리스 노트를 두 줄로 요약해 줘:\n\n체스 보드에 기보 되돌리기 기능을 추가했습니다. 온라인 대국에서는 상대가 동의해야 되돌릴 수 있고, AI 대국에서는 무제한입니다. 모바일에서 말 드래그가 끊기던 문제도 고쳤습니다.",
      ),
    ),
  },
  {
    source: SRC.socialseed,
    note: "OpenCode main agent turn (Spanish): the history, then a next coding request",
    body: turn(...history(1), usr(followUp(1))),
  },
  {
    source: SRC.sommerfest,
    note: "Claude Code user asks a summary of their own text for the website (German)",
    body: turn(
      usr(
        "Fasse diesen Text in zwei Sätzen für die Startseite zusammen: Das Sommerfest findet am 12. Juli ab 15 Uhr im Stadtpark statt. Es gibt Livemusik, einen Flohmarkt und ein Kinderprogramm. Bei Regen weichen wir in die Turnhalle der Grundschule aus.",
      ),
    ),
  },
  {
    source: SRC.rapidmon,
    note: "Claude Code session turn (Korean): the history, then the next question",
    body: turn(...history(2), usr(followUp(2))),
  },
  {
    source: SRC.memsys,
    note: "Claude Code session turn (Portuguese): the history, then the next question",
    body: turn(...history(3), usr(followUp(3))),
  },
  {
    source: SRC.ystandard,
    note: "Claude Code user asks a commit message for a change they describe (Japanese)",
    body: turn(
      usr(
        "この変更内容でコミットメッセージを考えて: ヘッダーのロゴを SVG に差し替え、スマホ表示でメニューが重なる不具合を修正、フッターの著作権表記を 2026 年に更新。",
      ),
    ),
  },
  {
    source: SRC.cfrs,
    note: "Claude Code user asks a summary of their own meeting notes (Chinese)",
    body: turn(
      usr(
        "帮我把这段会议记录总结成三条要点：\n\n下周三前完成登录页改版；支付回调的超时从 5 秒调到 15 秒；测试环境数据库每周日凌晨重置，需要保留的数据请提前导出。",
      ),
    ),
  },
  {
    source: SRC.longmemory,
    note: "Claude Code user asks a title for their own blog post (Chinese)",
    body: turn(
      usr(
        "给这篇博客起个标题，不超过15个字：\n\n我们把 CI 从 Jenkins 迁到了 GitHub Actions，构建时间从 18 分钟降到 6 分钟，主要靠缓存依赖和并行跑测试。",
      ),
    ),
  },
  {
    source: SRC.mutiexpert,
    note: "Claude Code session turn (English): the history, then the next request",
    body: turn(...history(0), usr(followUp(0))),
  },
];

export function buildBlind40Negatives(): Negative[] {
  return CASES.map(({ source, note, body }) => ({ task: "blind-40", source, note, body }));
}
