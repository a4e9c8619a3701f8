/**
 * Blind round 59 negatives: the round's clients' ordinary turns as they send them (parrot.nvim's chat system prompt,
 * LobsterAI's Chinese summariser agent, coding-agent follow-ups in a session) and users asking for a title, summary
 * or commit message of their own text, in the round's four languages.
 */
import { CONVERSATIONS_BLIND_59 } from "./_conversations_blind59.ts";
import type { Negative } from "./_negatives_pasted.ts";
import { MODEL, sys, toMessages, usr } from "./_types.ts";
import * as P from "./_prompts_blind59.ts";

const PARROT = {
  repo: "frankroeder/parrot.nvim",
  path: "lua/parrot/config.lua",
  commit: "34bff8b294d85f445843cb70faa205e07e22d4f0",
};
const LOBSTER = {
  repo: "netease-youdao/LobsterAI",
  path: "src/main/presetAgents.ts",
  commit: "24f4fd7831cddcafdfe2d88c47570e716354cea1",
};
const history = (i: number) => toMessages(CONVERSATIONS_BLIND_59[i]?.turns ?? []);
const followUp = (i: number) => CONVERSATIONS_BLIND_59[i]?.followUp ?? "";

const OWN_NOTES_ZH =
  "帮我总结一下我写的周会记录，给出一句话摘要和行动项：\n\n本周完成了支付回调的重试机制，失败率从 1.8% 降到 0.2%。小王负责的对账脚本还差单元测试，预计周三提交。下周要和运维确认灰度发布窗口，另外客服反馈退款通知延迟，需要排查消息队列积压。";
const OWN_POST_JA =
  "自分で書いたブログ記事です。タイトル案を3つ考えてください。\n\n先月、社内の Slack ボットを Python から Go に書き直しました。メモリ使用量は 480MB から 35MB に減り、起動時間も 6 秒から 0.3 秒になりました。一番苦労したのは、古いボットが暗黙的に頼っていたタイムゾーン処理を洗い出すことでした。";
const OWN_TEXT_ES =
  "Resumí en tres viñetas este párrafo que escribí para el informe trimestral:\n\nDurante el trimestre migramos el 70 % de los servicios a Kubernetes, redujimos el costo de infraestructura un 18 % y cerramos 42 incidentes, de los cuales solo dos fueron de severidad alta. Queda pendiente migrar la base de datos de facturación, que depende de un proveedor externo.";
const OWN_DIFF_EN =
  "Write a commit message for the change I just made by hand:\n\n- renamed `retry_count` to `max_retries` in config/defaults.toml\n- the worker now logs the attempt number on each retry\n- removed the unused `legacy_backoff` helper";
const OWN_PR_EN =
  "Here is the PR description I drafted. Can you suggest a shorter title than 'Various fixes'?\n\nThis PR fixes the flaky login test by waiting for the session cookie, bumps axios to 1.7.4 for the SSRF advisory, and removes the dead feature flag `new_checkout_v1`.";

export function buildBlind59Negatives(): Negative[] {
  const parrotChat = [0, 1, 2, 3].map((i): Negative => ({
    task: "blind-59-agent-turn",
    source: PARROT,
    note: `parrot.nvim chat turn with its system prompt (${CONVERSATIONS_BLIND_59[i]?.language})`,
    body: { model: MODEL, messages: [sys(P.PARROT_SYSTEM), ...history(i), usr(followUp(i))], stream: true },
  }));
  const sessionTurns = [1, 3].map((i): Negative => ({
    task: "blind-59-agent-turn",
    note: "a user's next instruction in a coding-agent session (Vibe Kanban / oh-my-opencode follow-up)",
    body: { model: MODEL, messages: [...history(i), usr(followUp(i))], stream: true },
  }));
  const own: Negative[] = [
    {
      task: "blind-59-own-summary",
      source: LOBSTER,
      note: "LobsterAI's Chinese content-summarizer agent asked to summarise the user's own meeting notes",
      body: { model: MODEL, messages: [sys(P.LOBSTER_SUMMARIZER_ZH), usr(OWN_NOTES_ZH)], stream: true },
    },
    {
      task: "blind-59-own-summary",
      note: "a user summarising their own notes in a CoPaw-style chat, Chinese, after a session",
      body: { model: MODEL, messages: [...history(1), usr(OWN_NOTES_ZH)], stream: true },
    },
    {
      task: "blind-59-own-title",
      note: "a user asking titles for their own blog post, Japanese",
      body: { model: MODEL, messages: [usr(OWN_POST_JA)], stream: true },
    },
    {
      task: "blind-59-own-summary",
      note: "a user asking a summary of their own paragraph, Spanish, after a session",
      body: { model: MODEL, messages: [...history(3), usr(OWN_TEXT_ES)], stream: true },
    },
    {
      task: "blind-59-own-commit",
      note: "a user asking a commit message for their own change in an agent session, English",
      body: { model: MODEL, messages: [...history(0), usr(OWN_DIFF_EN)], stream: true },
    },
    {
      task: "blind-59-own-title",
      source: PARROT,
      note: "parrot.nvim chat: a user asking a title for their own PR description",
      body: { model: MODEL, messages: [sys(P.PARROT_SYSTEM), usr(OWN_PR_EN)], stream: true },
    },
  ];
  return [...parrotChat, ...sessionTurns, ...own];
}
