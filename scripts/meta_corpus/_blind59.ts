/**
 * Blind round 59 (coding agents, agent CLIs and editor assistants): nine clients nobody on the project had read,
 * measured without changing the rules. Vibe Kanban's commit reminder and PR write-up turns, parrot.nvim's topic,
 * magenta.nvim's forced-tool thread title, MonkeyCode's task title and its language fix, LobsterAI's session title,
 * QwenPaw's (CoPaw) compactor in Chinese and English and its Chinese "dream" memory pass, ReMe's Chinese and English
 * transcript compression and Chinese diary memory, oh-my-opencode's todo continuation and picoclaw's segment
 * summaries; plus negatives from the same clients (their ordinary turns, users summarising their own text).
 */
import type { Conversation } from "./_conversations.ts";
import { CONVERSATIONS_BLIND_59 } from "./_conversations_blind59.ts";
import { firstExchange, MODEL, sys, type Template, toMessages, usr } from "./_types.ts";
import * as P from "./_prompts_blind59.ts";
import * as W from "./_wire_blind59.ts";
import { COMPACTION, MEMORY } from "./_blind59_compaction.ts";

export { buildBlind59Negatives } from "./_negatives_blind59.ts";

const at = (repo: string, { path, commit }: { path: string; commit: string }) => ({ repo, path, commit });
const VK = "4deb7eca8f381f7cbc1f9d15515a9ab8f8009053";
const MC = "e0fc54636b163e9f4714309aeadf87a62053b87a";
const index = (c: Conversation) => CONVERSATIONS_BLIND_59.indexOf(c);
const history = (c: Conversation) => toMessages(c.turns);

/** MonkeyCode's title prompt: Go `%s` is the user inputs as JSON, `%d` the 300-character limit. */
const monkeyTitle = (c: Conversation) =>
  P.MC_USER.replace("%s", JSON.stringify(W.userInputs(c))).replace("%d", "300");
/** MonkeyCode's language check: `%q` quotes the candidate title the first call returned (here a cut question). */
const monkeyAlign = (c: Conversation) =>
  P.MC_ALIGN.replace("%s", JSON.stringify(W.userInputs(c)))
    .replace("%q", JSON.stringify(firstExchange(c).question.slice(0, 24)))
    .replace("%d", "300");
const TITLES: Template[] = [
  {
    client: "parrot.nvim",
    task: "title",
    source: at("frankroeder/parrot.nvim", {
      path: "lua/parrot/config.lua",
      commit: "34bff8b294d85f445843cb70faa205e07e22d4f0",
    }),
    note:
      "chat_handler.lua: when the chat header says `# topic: ?`, the chat messages plus the last answer plus topic_prompt go to the provider's topic model (README: max_completion_tokens 64)",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.PARROT_SYSTEM), ...history(c), usr(P.PARROT_TOPIC)],
      max_tokens: 64,
    }),
  },
  {
    client: "magenta.nvim",
    task: "title",
    source: at("dlants/magenta.nvim", {
      path: "node/core/src/thread-core.ts",
      commit: "fcfcb39191f702fb429f1b2bc6a53a07c5395e7f",
    }),
    paraphrased: true,
    note:
      "setThreadTitle: forceToolUse on the fast model with the thread's system prompt (left out here) and the thread_title tool of node/core/src/tools/thread-title.ts",
    build: (c) =>
      ({
        model: MODEL,
        messages: [usr(`${P.MAGENTA_HEAD}${firstExchange(c).question}${P.MAGENTA_TAIL}`)],
        tools: [{
          type: "function",
          function: {
            name: "thread_title",
            description: P.MAGENTA_TOOL_DESC,
            parameters: {
              type: "object",
              properties: { title: { type: "string", description: P.MAGENTA_TITLE_DESC } },
              required: ["title"],
              additionalProperties: false,
            },
          },
        }],
        tool_choice: { type: "function", function: { name: "thread_title" } },
      }) as ReturnType<Template["build"]>,
  },
  {
    client: "MonkeyCode",
    task: "title",
    source: at("chaitin/MonkeyCode", { path: "backend/biz/task/service/tasksummary.go", commit: MC }),
    note:
      "generateSummary: system prompt, the task's last rounds as messages, then the title request; MaxTokens 1000, temperature 0.1",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.MC_SYSTEM), ...history(c), usr(monkeyTitle(c))],
      max_tokens: 1000,
      temperature: 0.1,
    }),
  },
  {
    client: "MonkeyCode",
    task: "title",
    source: at("chaitin/MonkeyCode", { path: "backend/biz/task/service/tasksummary.go", commit: MC }),
    note:
      "alignSummaryLanguage: second call that checks the generated title's language; MaxTokens 1000, temperature 0.1",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.MC_ALIGN_SYSTEM), usr(monkeyAlign(c))],
      max_tokens: 1000,
      temperature: 0.1,
    }),
  },
  {
    client: "LobsterAI",
    task: "title",
    source: at("netease-youdao/LobsterAI", {
      path: "src/main/libs/coworkUtil.ts",
      commit: "24f4fd7831cddcafdfe2d88c47570e716354cea1",
    }),
    note:
      "generateSessionTitle: one user message with the user's first input, max_tokens 80, temperature 0 (sent on the Anthropic or Gemini wire)",
    build: (c) => ({
      model: MODEL,
      messages: [
        usr(
          P.LOBSTER_TITLE.replace("${SESSION_TITLE_MAX_CHARS}", "50").replace(
            "${normalizedInput}",
            firstExchange(c).question,
          ),
        ),
      ],
      max_tokens: 80,
      temperature: 0,
    }),
  },
];

const AGENT_TURNS: Template[] = [
  {
    client: "Vibe Kanban",
    task: "commit-message",
    source: at("BloopAI/vibe-kanban", { path: "crates/services/src/services/config/mod.rs", commit: VK }),
    note:
      "codex/client.rs and opencode/sdk.rs: after the agent's turn, a new user message `<reminder>\\n<git status>` in the same session",
    build: (c) => ({
      model: MODEL,
      messages: [...history(c), usr(`${P.VK_COMMIT}\n${W.worktreeStatus(index(c))}`)],
      stream: true,
    }),
  },
  {
    client: "Vibe Kanban",
    task: "pr-description",
    source: at("BloopAI/vibe-kanban", { path: "crates/services/src/services/config/mod.rs", commit: VK }),
    note:
      "routes/workspaces/pr.rs trigger_pr_description_follow_up: a follow-up turn in the workspace's latest session",
    build: (c) => ({
      model: MODEL,
      messages: [
        ...history(c),
        usr(
          P.VK_PR.replace("{pr_number}", String(118 + index(c))).replace(
            "{pr_url}",
            `https://github.com/acme/app/pull/${118 + index(c)}`,
          ),
        ),
      ],
      stream: true,
    }),
  },
  {
    client: "oh-my-opencode",
    task: "continue",
    source: at("code-yeongyu/oh-my-opencode", {
      path: "src/hooks/todo-continuation-enforcer.ts",
      commit: "78514ec6d481c0d5a5019571d60af3e476cb5b75",
    }),
    note:
      "on session.idle with open todos, injected as a user message after the agent's last turn (opencode's own system prompt left out)",
    build: (c) => ({
      model: MODEL,
      messages: [...history(c), usr(`${P.OMO_CONTINUE}\n\n[Status: 1/3 completed, 2 remaining]`)],
      stream: true,
    }),
  },
];

export const BLIND59: Template[] = [...TITLES, ...AGENT_TURNS, ...COMPACTION, ...MEMORY];
