/**
 * Blind round 79 hard negatives: real user turns in the round's clients (a question about a diff, a review the
 * user asked for, a reply to a reviewer's comment, ordinary coding requests in an agent session), several asking
 * for a summary, a commit message or a title of the user's own text.
 */
import { asst, MODEL, sys, toMessages, usr } from "./_types.ts";
import type { Negative } from "./_negatives_pasted.ts";
import * as P from "./_prompts_blind79.ts";
import { AIPR_SYSTEM, at, fill, patch, sessionDiff } from "./_blind79_fill.ts";
import { CONVERSATIONS_BLIND_79 } from "./_conversations_blind79.ts";

const [EN, DE, JA, PT] = CONVERSATIONS_BLIND_79 as [
  (typeof CONVERSATIONS_BLIND_79)[0],
  (typeof CONVERSATIONS_BLIND_79)[0],
  (typeof CONVERSATIONS_BLIND_79)[0],
  (typeof CONVERSATIONS_BLIND_79)[0],
];
const task = "blind-79";

const LUMEN_ASK = fill(P.LUMEN_EXPLAIN_USER, {
  "{base_content}": fill(P.LUMEN_EXPLAIN_BASE, { "{diff}": sessionDiff(EN).diff }),
  "{query}":
    "Is it safe to retry here, or could we double-count a rate if the first 429 came after the server wrote it?",
});

const PR_COMMENT = fill(P.AIPR_COMMENT, {
  $filename: "src/hooks/useSearch.ts",
  $title: "検索ボックスのデバウンス",
  $description: "useSearch に 300ms のデバウンスと AbortController を追加します。",
  $short_summary: "useDebouncedValue フックを追加し、useSearch が古いリクエストを中断するようにした。",
  $file_diff: patch(sessionDiff(JA).diff),
  $diff: patch(sessionDiff(JA).diff),
  $comment_chain:
    "kenta-o: @coderabbitai このフックに JSDoc を書いてもらえますか？引数と戻り値の説明も日本語でお願いします。",
  $comment:
    "kenta-o: @coderabbitai このフックに JSDoc を書いてもらえますか？引数と戻り値の説明も日本語でお願いします。",
});

const OWN_ARTICLE =
  "上周我们把订单服务从单体里拆了出来。拆分后最大的问题是跨服务事务：下单和扣库存原来在同一个数据库事务里，现在要靠消息队列做最终一致。我们先用了本地消息表，每分钟重试一次，失败超过五次就报警。上线一周，共有 37 条消息进入人工处理，主要原因是库存服务部署时短暂不可用。下一步打算把重试改成指数退避，并给库存服务加上优雅停机。";

const NEGATIVES: Negative[] = [
  {
    task,
    source: at("jnsahaj/lumen", {
      path: "src/ai_prompt.rs",
      commit: "f60038908c66ef25be09d52c76334570fcfb67d0",
    }),
    note: "English, `lumen explain --query`: the user's own question about the working-tree diff",
    body: { model: MODEL, messages: [sys(P.LUMEN_EXPLAIN_SYSTEM), usr(LUMEN_ASK)] },
  },
  {
    task,
    source: at("appleboy/CodeGPT", {
      path: "prompt/templates/code_review_file_diff.tmpl",
      commit: "5780dcb03cbc58f54186cb936c0d37583a5736f8",
    }),
    note: "German diff, `codegpt review`: a code review the user asked for",
    body: {
      model: MODEL,
      messages: [
        asst("You are a helpful assistant."),
        usr(fill(P.CODEGPT_REVIEW, { "{{ .file_diffs }}": sessionDiff(DE).diff })),
      ],
    },
  },
  {
    task,
    source: at("coderabbitai/ai-pr-reviewer", {
      path: "src/prompts.ts",
      commit: "d5ec3970b3acc4b9d673e6cd601bf4d3cf043b55",
    }),
    note:
      "Japanese, a reviewer's @coderabbitai request in a review comment, answered with the comment prompt",
    body: { model: MODEL, messages: [sys(AIPR_SYSTEM), usr(PR_COMMENT)], temperature: 0.05 },
  },
  {
    task,
    source: at("Syan-Lin/baize", {
      path: "templates/summary/prompt.md",
      commit: "4502cde2b6d3db148d726f3e6ed04a9745f20b54",
    }),
    note:
      "Chinese, `baize -t summary` on the user's own retrospective text (a summary of the user's own text)",
    body: {
      model: MODEL,
      messages: [usr(fill(P.BAIZE_SUMMARY, { "{input}": OWN_ARTICLE, "{paste}": "", "{sysin}": "" }))],
    },
  },
  {
    task,
    source: at("Syan-Lin/baize", { path: "baize.py", commit: "4502cde2b6d3db148d726f3e6ed04a9745f20b54" }),
    note: "Chinese, baize without a template: the user's question as the user message",
    body: {
      model: MODEL,
      messages: [usr("git rebase 和 git merge 有什么区别？团队协作的时候一般推荐用哪个？")],
    },
  },
  {
    task,
    source: at("Syan-Lin/baize", { path: "baize.py", commit: "4502cde2b6d3db148d726f3e6ed04a9745f20b54" }),
    note:
      "Chinese, baize without a template: the user asks for a commit message for the diff the user pasted",
    body: {
      model: MODEL,
      messages: [
        usr(`帮我给下面这个改动写一个简短的中文 commit message，不要超过一行：\n${sessionDiff(PT).diff}`),
      ],
    },
  },
  {
    task,
    source: at("wcygan/dotfiles", {
      path: "config/claude/commands/handoff.md",
      commit: "41a8f3f90dcd7007121450f42c36810a9f113f0b",
    }),
    note:
      "Portuguese, mid-session user turn asking for a note for the team's channel about the user's own change",
    body: {
      model: MODEL,
      messages: [
        ...toMessages(PT.turns),
        usr(
          "Escreve uma mensagem curta pro canal #deploys explicando o que mudou na imagem e por que ficou menor.",
        ),
      ],
      stream: true,
    },
  },
  {
    task,
    source: at("anosatsuk124/jujutsu-summarize-hook", {
      path: "src/vcs_cc_hook/summarizer.py",
      commit: "d662306cfb3757880c91b1a9a22ab66c9f1baba9",
    }),
    note: "Japanese, the ordinary coding request the hook sees as the user's prompt, in the session",
    body: {
      model: MODEL,
      messages: [
        ...toMessages(JA.turns),
        usr(
          "vi.useFakeTimers を使って、300ミリ秒たつまで fetch が呼ばれないことを確かめるテストを書いてください。",
        ),
      ],
      stream: true,
    },
  },
  {
    task,
    source: at("anosatsuk124/jujutsu-summarize-hook", {
      path: "src/vcs_cc_hook/summarizer.py",
      commit: "d662306cfb3757880c91b1a9a22ab66c9f1baba9",
    }),
    note: "Japanese, the user asks for a PR title for the user's own description",
    body: {
      model: MODEL,
      messages: [
        usr(
          "このPRのタイトルを考えてください。説明文：検索ボックスで一文字ごとにAPIが呼ばれていた問題を、300msのデバウンスと古いリクエストの中断で解消します。",
        ),
      ],
      stream: true,
    },
  },
  {
    task,
    source: at("Babitdor/Namicode", {
      path: "namicode_cli/compaction.py",
      commit: "ed430f5a410a31ac63d8f830d686d1442755df4d",
    }),
    note: "German, an ordinary follow-up request in the agent session",
    body: {
      model: MODEL,
      messages: [
        ...toMessages(DE.turns),
        usr("Schreib mir bitte noch eine Down-Migration, die den Index wieder entfernt, auch CONCURRENTLY."),
      ],
    },
  },
  {
    task,
    source: at("Babitdor/Namicode", {
      path: "namicode_cli/compaction.py",
      commit: "ed430f5a410a31ac63d8f830d686d1442755df4d",
    }),
    note: "German, the user asks for release notes of the user's own change in the session",
    body: {
      model: MODEL,
      messages: [
        ...toMessages(DE.turns),
        usr(
          "Fass mir die Änderung in zwei Sätzen für die Release Notes zusammen, auf Deutsch, ohne Fachjargon.",
        ),
      ],
    },
  },
  {
    task,
    source: at("Nutlope/aicommits", {
      path: "src/utils/openai.ts",
      commit: "604def8284361b8827087350fe6fcb6d9e2de836",
    }),
    note:
      "English, in a chat the user pastes the user's own diff and asks for a commit message in the user's words",
    body: {
      model: MODEL,
      messages: [
        usr(`what would be a good commit message for this? keep it short\n\n${sessionDiff(EN).diff}`),
      ],
      stream: true,
    },
  },
];

export function buildBlind79Negatives(): Negative[] {
  return NEGATIVES;
}
