/**
 * Blind round 47 hard negatives: ordinary turns of the same coding agents (octofriend, code_puppy, nanocoder,
 * blade-code, Jarvis: their system prompt and a real coding task), and users of those agents asking for a summary or
 * a title of their own text.
 */
import { MODEL, sys, usr } from "./_types.ts";
import type { Negative } from "./_negatives_pasted.ts";
import * as F from "./_blind47_fill.ts";
import * as P from "./_prompts_blind47.ts";

const OCTO = F.at("synthetic-lab/octofriend", {
  path: "source/prompts/system-prompt.ts",
  commit: F.OCTOFRIEND,
});
const PUPPY = F.at("mpfaffenberger/code_puppy", {
  path: "code_puppy/agents/agent_code_puppy.py",
  commit: F.CODE_PUPPY,
});
const NANO = F.at("Nano-Collective/nanocoder", {
  path: "source/utils/prompt-builder.ts",
  commit: F.NANOCODER,
});
const BLADE = F.at("echoVic/blade-code", { path: "packages/cli/src/prompts/default.ts", commit: F.BLADE });
const JARVIS = F.at("skyfireitdiy/Jarvis", {
  path: "builtin/prompts/code_agent_system/default.md",
  commit: F.JARVIS,
});

const turn = (system: string, text: string, { stream }: { stream: boolean }) => ({
  model: MODEL,
  messages: [sys(system), usr(text)],
  ...(stream ? { stream: true } : {}),
});

const NEGATIVES: Negative[] = [
  {
    task: "blind-47",
    source: OCTO,
    note: "octofriend agent turn with its system prompt: a coding task (English)",
    body: turn(
      P.OCTO_SYSTEM,
      "Add a --dry-run flag to the prune command in src/cli/prune.ts: it should list the snapshots it would delete and exit without deleting anything.",
      { stream: true },
    ),
  },
  {
    task: "blind-47",
    source: OCTO,
    note: "octofriend user asks a summary of their own pull-request text (English)",
    body: turn(
      P.OCTO_SYSTEM,
      "Summarise this PR description I wrote in two sentences for the changelog: 'This PR replaces the hand-rolled retry loop in the uploader with the shared backoff helper, adds jitter so the nightly jobs stop hitting the API at the same second, and removes the old RETRY_COUNT env var, which nobody set.'",
      { stream: true },
    ),
  },
  {
    task: "blind-47",
    source: PUPPY,
    note: "code_puppy agent turn with its system prompt: a coding task (Polish)",
    body: turn(
      P.PUPPY_AGENT,
      "Przepisz funkcję parse_config w config/loader.py tak, żeby zwracała dataclass zamiast słownika, i popraw testy w tests/test_loader.py.",
      { stream: false },
    ),
  },
  {
    task: "blind-47",
    source: PUPPY,
    note: "code_puppy user asks a title for their own blog post (English)",
    body: turn(
      P.PUPPY_AGENT,
      "Give my blog post a title, max six words: 'Last month we moved our monorepo from Lerna to plain npm workspaces. Builds got 40% faster, and nobody misses the publish scripts.'",
      { stream: false },
    ),
  },
  {
    task: "blind-47",
    source: NANO,
    note: "nanocoder agent turn with its assembled system prompt: a coding task (French)",
    body: turn(
      P.NANO_AGENT,
      "Ajoute une option --json à la commande `status` dans src/commands/status.ts pour que la sortie soit lisible par un script.",
      { stream: true },
    ),
  },
  {
    task: "blind-47",
    source: NANO,
    note: "nanocoder user asks a summary of their own meeting notes (German)",
    body: turn(
      P.NANO_AGENT,
      "Fass meine Notizen aus dem Architektur-Meeting in drei Stichpunkten zusammen: Wir bleiben bei PostgreSQL, die Suche wandert nach OpenSearch, und der alte Cron-Server wird im Juni abgeschaltet, sobald alle Jobs im Scheduler laufen.",
      { stream: true },
    ),
  },
  {
    task: "blind-47",
    source: BLADE,
    note: "blade-code agent turn with its default system prompt (zh-CN): a coding task (Chinese)",
    body: turn(
      P.BLADE_SYSTEM_ZH,
      "帮我给 src/utils/date.ts 里的 formatDate 加一个时区参数，默认用 Asia/Shanghai，并补上单元测试。",
      {
        stream: true,
      },
    ),
  },
  {
    task: "blind-47",
    source: BLADE,
    note: "blade-code user asks a title for their own article (Chinese)",
    body: turn(
      P.BLADE_SYSTEM_ZH,
      "给我这篇技术博客起个标题，不超过十五个字：我们把日志系统从 ELK 迁到了 Loki，存储成本降了七成，查询延迟也更稳定了。",
      { stream: true },
    ),
  },
  {
    task: "blind-47",
    source: JARVIS,
    note:
      "Jarvis code agent turn with its default scenario prompt (tool instructions left out): a coding task (Chinese)",
    body: turn(
      P.JARVIS_CODE_SYSTEM,
      "把 src/server/router.py 里的路由注册改成从 routes.yaml 读取，启动时校验重复的路径，并跑一遍现有测试。",
      { stream: true },
    ),
  },
  {
    task: "blind-47",
    source: JARVIS,
    note: "Jarvis user asks a summary of their own design note (Chinese)",
    body: turn(
      P.JARVIS_CODE_SYSTEM,
      "用白话文帮我把这段设计说明压缩成一句话：订单服务拆成下单和结算两个进程，中间用消息队列解耦，结算失败时由补偿任务每五分钟重试一次。",
      { stream: true },
    ),
  },
];

export function buildBlind47Negatives(): Negative[] {
  return NEGATIVES;
}
