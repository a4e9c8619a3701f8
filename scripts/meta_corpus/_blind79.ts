/**
 * Blind round 79: twelve developer tools nobody on the project had read, measured without changing the rules.
 * Commit-message generators (aicommits, cz-git, lumen, baize in Chinese, acmt, a Claude Code VCS hook), diff and PR
 * summaries, PR and commit titles and release notes of review bots and commit tools (CodeGPT, gptcommit,
 * ai-pr-reviewer, a PR agent), a branch name, a Claude Code hand-off command, and a coding agent's compaction and
 * session memory (Namicode). More templates in `_blind79_agents.ts`; negatives in `_negatives_blind79.ts`.
 */
import { asst, MODEL, sys, type Template, usr } from "./_types.ts";
import * as P from "./_prompts_blind79.ts";
import {
  AIPR_SYSTEM,
  at,
  fill,
  patch,
  pyMemory,
  request,
  sessionDiff,
  summaryPoints,
} from "./_blind79_fill.ts";
import { BLIND79_AGENTS } from "./_blind79_agents.ts";

export { buildBlind79Negatives } from "./_negatives_blind79.ts";

const AICOMMITS = "604def8284361b8827087350fe6fcb6d9e2de836";
const CODEGPT = "5780dcb03cbc58f54186cb936c0d37583a5736f8";
const GPTCOMMIT = "8d1d92bb3d6d49b88de6517a4cc7c41afb482942";
const LUMEN = "f60038908c66ef25be09d52c76334570fcfb67d0";
const AIPR = "d5ec3970b3acc4b9d673e6cd601bf4d3cf043b55";
const CZGIT = "da546923ce5b5ae19c0456c40d3ac708ea60d193";

/** appleboy/CodeGPT provider/openai/openai.go `newBaseRequest`: an assistant line, then the filled template. */
const codegpt = (content: string) => [asst("You are a helpful assistant."), usr(content)];
/** The file-level bullet points gptcommit joins as `[file]\n<completion>` before its title and summary steps. */
const gptcommitPoints = (c: Parameters<typeof summaryPoints>[0]) =>
  `[${sessionDiff(c).file}]\n${summaryPoints(c)}`;

const TOOLS: Template[] = [
  {
    client: "aicommits",
    task: "commit-message",
    source: at("Nutlope/aicommits", { path: "src/utils/prompt.ts", commit: AICOMMITS }),
    note:
      "src/utils/openai.ts: generatePrompt as system, the staged diff as user; temperature 0.7, max_tokens 200, no stream",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.AICOMMITS_SYSTEM), usr(sessionDiff(c).diff)],
      temperature: 0.7,
      max_tokens: 200,
      stream: false,
    }),
  },
  {
    client: "CodeGPT",
    task: "summary",
    source: at("appleboy/CodeGPT", { path: "prompt/templates/summarize_file_diff.tmpl", commit: CODEGPT }),
    note:
      "`codegpt commit` step 1: the diff summary; cmd/commit.go fills file_diffs, sent after an assistant line",
    build: (c) => ({
      model: MODEL,
      messages: codegpt(fill(P.CODEGPT_FILE_DIFF, { "{{ .file_diffs }}": sessionDiff(c).diff })),
    }),
  },
  {
    client: "CodeGPT",
    task: "title",
    source: at("appleboy/CodeGPT", { path: "prompt/templates/summarize_title.tmpl", commit: CODEGPT }),
    note:
      "`codegpt commit` step 2: the title from step 1's bullet points (points derived from the session's answers)",
    build: (c) => ({
      model: MODEL,
      messages: codegpt(fill(P.CODEGPT_TITLE, { "{{ .summary_points }}": summaryPoints(c) })),
    }),
  },
  {
    client: "gptcommit",
    task: "summary",
    source: at("zurawiki/gptcommit", { path: "prompts/summarize_commit.tera", commit: GPTCOMMIT }),
    note:
      "src/summarize.rs commit_summary: one user message, summary_points as `[file]` plus the file's points",
    build: (c) => ({
      model: MODEL,
      messages: [usr(fill(P.GPTCOMMIT_SUMMARY, { "{{ summary_points }}": gptcommitPoints(c) }))],
    }),
  },
  {
    client: "gptcommit",
    task: "title",
    source: at("zurawiki/gptcommit", { path: "prompts/title_commit.tera", commit: GPTCOMMIT }),
    note: "src/summarize.rs commit_title: one user message",
    build: (c) => ({
      model: MODEL,
      messages: [usr(fill(P.GPTCOMMIT_TITLE, { "{{ summary_points }}": gptcommitPoints(c) }))],
    }),
  },
  {
    client: "lumen",
    task: "commit-message",
    source: at("jnsahaj/lumen", { path: "src/ai_prompt.rs", commit: LUMEN }),
    note: "`lumen draft`: build_draft_prompt system and user messages, default commit types, no --context",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(P.LUMEN_DRAFT_SYSTEM),
        usr(
          fill(P.LUMEN_DRAFT_USER, {
            "{commit_types}": P.LUMEN_COMMIT_TYPES,
            "{context}": "",
            "{diff}": sessionDiff(c).diff,
          }),
        ),
      ],
    }),
  },
  {
    client: "ai-pr-reviewer",
    task: "summary",
    source: at("coderabbitai/ai-pr-reviewer", { path: "src/prompts.ts", commit: AIPR }),
    note:
      "src/review.ts: per-file summary with triage (review_simple_changes false), light bot, temperature 0.05; PR title and body from the session's first request",
    build: (c) => {
      const { title, description } = request(c);
      const prompt = P.AIPR_SUMMARIZE_FILE_DIFF + P.AIPR_TRIAGE_FILE_DIFF;
      const text = fill(prompt, {
        $title: title,
        $description: description,
        $file_diff: patch(sessionDiff(c).diff),
      });
      return { model: MODEL, messages: [sys(AIPR_SYSTEM), usr(text)], temperature: 0.05 };
    },
  },
  {
    client: "ai-pr-reviewer",
    task: "release-notes",
    source: at("coderabbitai/ai-pr-reviewer", { path: "action.yml", commit: AIPR }),
    note:
      "src/review.ts: summarizePrefix with the raw per-file summaries, then summarize_release_notes; heavy bot",
    build: (c) => {
      const raw = `---\n${sessionDiff(c).file}: ${summaryPoints(c)}\n`;
      const text = fill(P.AIPR_SUMMARIZE_PREFIX, { $raw_summary: raw }) + P.AIPR_RELEASE_NOTES;
      return { model: MODEL, messages: [sys(AIPR_SYSTEM), usr(text)], temperature: 0.05 };
    },
  },
  {
    client: "cz-git",
    task: "commit-message",
    source: at("Zhengqbbb/cz-git", { path: "packages/cz-git/src/generator/message.ts", commit: CZGIT }),
    note:
      "`czg ai`: generateSubjectDefaultPrompt; api.ts sends one user message, stream, temperature 0.7, max_tokens 4096",
    build: (c) => ({
      model: MODEL,
      messages: [usr(`${P.CZGIT_PREFIX}${sessionDiff(c).diff}\n\`\`\``)],
      stream: true,
      temperature: 0.7,
      max_tokens: 4096,
    }),
  },
  {
    client: "Ki-Reply bmw_code_agent",
    task: "pr-description",
    source: at("Ki-Reply-GmbH/bmw_code_agent", {
      path: "pull_request_agent/src/prompts.py",
      commit: "ded2852448233a0121bafa7ecf7b27a40823f8ef",
    }),
    note:
      "pr_agent.py make_summary: fixed system line, pr_user_prompt with the agents' memory dicts (merge agent's from the session, code quality agent's empty); temperature 0, response_format text",
    build: (c) => {
      const { file, diff } = sessionDiff(c);
      const merge = pyMemory({ files: [file], changes: [diff], message: request(c).title });
      const text = fill(P.BMW_PR_USER, {
        "{memory_merge_agent}": merge,
        "{memory_cq_agent}": pyMemory({ files: [], changes: [], message: "" }),
      });
      return {
        model: MODEL,
        messages: [sys("You are a system designed to improve code quality."), usr(text)],
        temperature: 0,
        response_format: { type: "text" },
      };
    },
  },
  {
    client: "Ki-Reply bmw_code_agent",
    task: "title",
    source: at("Ki-Reply-GmbH/bmw_code_agent", {
      path: "pull_request_agent/src/prompts.py",
      commit: "ded2852448233a0121bafa7ecf7b27a40823f8ef",
    }),
    note:
      "pr_agent.py make_title: pr_title_system_prompt sent as the user message, the PR body (here the session's points)",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys("You are a system designed to improve code quality."),
        usr(fill(P.BMW_PR_TITLE, { "{prev_responses}": summaryPoints(c) })),
      ],
      temperature: 0,
      response_format: { type: "text" },
    }),
  },
];

export const BLIND79: Template[] = [...TOOLS, ...BLIND79_AGENTS];
