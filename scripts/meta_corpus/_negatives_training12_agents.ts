/**
 * Training round 12 hard negatives, coding agents: each client's main turn as it sends it (its
 * long system prompt full of output-format and "do not" rules, prior turns where the client sends them) with a real
 * user task, several of which name titles, summaries, tags or compaction as things to build.
 */
import { asst, sys, usr, type WireMessage } from "./_types.ts";
import type { Item12 } from "./_negatives_training12_item.ts";
import * as A from "./_prompts_training12_agents.ts";
import {
  CODEX_OPENING,
  CODEX_TASK_EXECUTION,
  GOOSE_OPENING,
  READ_SOURCES_12 as R,
} from "./_prompts_training12_read.ts";

const S = A.AGENT_SOURCES_12;

const REPO_MAP =
  "src/notes/store.py:\n│class NoteStore:\n│    def add(self, note: Note) -> int:\n│    def search(self, query: str) -> list[Note]:\nsrc/notes/model.py:\n│@dataclass\n│class Note:\n│    title: str\n│    body: str\n│    tags: list[str]\n";
const NOTE_MODEL =
  "\nsrc/notes/model.py\n```\nfrom dataclasses import dataclass, field\n\n\n@dataclass\nclass Note:\n    title: str\n    body: str\n    tags: list[str] = field(default_factory=list)\n```\n";

/**
 * Aider's main turn as Aider-AI/aider aider/coders/base_coder.py@5dc9490bb35f9729ef2c95d00a19ccd30c26339c builds it
 * (get_repo_messages, get_chat_files_messages): system, repo map and added files as user/assistant pairs, then the
 * request; the example messages are left out.
 */
const aider = (ask: string, prior: WireMessage[] = []): WireMessage[] => [
  sys(A.AIDER_SYSTEM),
  usr(A.AIDER_REPO_PREFIX + REPO_MAP),
  asst("Ok, I won't try and edit those files without asking first."),
  usr(A.AIDER_FILES_PREFIX + NOTE_MODEL),
  asst(A.AIDER_FILES_REPLY),
  ...prior,
  usr(ask),
];

const CODEX = `${CODEX_OPENING}\n${CODEX_TASK_EXECUTION}`;
export const AGENT_ITEMS_12: Item12[] = [
  {
    kind: "coding-agent",
    lang: "en",
    source: S.AIDER_SYSTEM,
    messages: aider(
      "Add a `summary` property to Note that returns the first sentence of the body, max 120 chars.",
    ),
  },
  {
    kind: "coding-agent",
    lang: "en",
    source: S.AIDER_SYSTEM,
    messages: aider(
      "Now make NoteStore.add generate a title from the body when the title is empty. Keep it under 6 words.",
      [
        usr("Rename `tags` to `labels` everywhere."),
        asst(
          "src/notes/model.py\n```python\n<<<<<<< SEARCH\n    tags: list[str] = field(default_factory=list)\n=======\n    labels: list[str] = field(default_factory=list)\n>>>>>>> REPLACE\n```",
        ),
      ],
    ),
  },
  {
    kind: "coding-agent",
    lang: "de",
    source: S.AIDER_ASK_SYSTEM,
    messages: [
      sys(A.AIDER_ASK_SYSTEM),
      usr(A.AIDER_FILES_PREFIX + NOTE_MODEL),
      asst(A.AIDER_FILES_REPLY),
      usr("Warum ist `tags` mit field(default_factory=list) definiert und nicht einfach mit `= []`?"),
    ],
  },
  {
    kind: "coding-agent",
    lang: "en",
    source: R.CODEX,
    note: "opening and Task execution section of the prompt",
    messages: [
      sys(CODEX),
      usr(
        "The CLI's `--title` flag is ignored when the session is resumed. Find where resumed sessions load their metadata and make the flag win. Run the tests in crates/session.",
      ),
    ],
  },
  {
    kind: "coding-agent",
    lang: "fr",
    source: R.CODEX,
    messages: [
      sys(CODEX),
      usr(
        "Ajoute une commande `summarize` à notre outil qui lit un fichier Markdown et affiche ses titres de niveau 2 sous forme de liste. Pas de dépendance nouvelle, s'il te plaît.",
      ),
    ],
  },
  {
    kind: "coding-agent",
    lang: "en",
    source: S.KIMI_SYSTEM,
    messages: [
      sys(A.KIMI_SYSTEM),
      usr(
        "The invoice PDF export puts the customer name in the title bar instead of the invoice number. Fix it and add a test.",
      ),
    ],
  },
  {
    kind: "coding-agent",
    lang: "zh",
    source: S.KIMI_SYSTEM,
    messages: [
      sys(A.KIMI_SYSTEM),
      usr("帮我看一下 tests/test_totals.py 为什么失败了，错误是 Decimal 和 float 不能相加。"),
      asst("我先运行测试看看完整的报错。"),
      usr(
        "<system>Shell output:\nFAILED tests/test_totals.py::test_vat - TypeError: unsupported operand type(s) for +: 'decimal.Decimal' and 'float'</system>\n继续吧，修好以后给我一句话总结改了什么。",
      ),
    ],
  },
  {
    kind: "coding-agent",
    lang: "en",
    source: S.OPENHANDS_SYSTEM,
    messages: [
      sys(A.OPENHANDS_SYSTEM),
      usr(
        "In the repo at /workspace/blog, the RSS feed shows every post's title twice. Reproduce it with a test, fix it, and open no PR; just tell me what was wrong.",
      ),
    ],
  },
  {
    kind: "coding-agent",
    lang: "es",
    source: S.OPENHANDS_SYSTEM,
    messages: [
      sys(A.OPENHANDS_SYSTEM),
      usr(
        "¿Por qué el endpoint /api/conversations devuelve las conversaciones sin ordenar? No cambies nada todavía, solo explícamelo.",
      ),
    ],
  },
  {
    kind: "coding-agent",
    lang: "en",
    source: S.CRUSH_SYSTEM,
    messages: [
      sys(A.CRUSH_SYSTEM),
      usr("add a --json flag to `notes list` that prints id, title and tags for each note"),
    ],
  },
  {
    kind: "coding-agent",
    lang: "ja",
    source: S.CRUSH_SYSTEM,
    messages: [
      sys(A.CRUSH_SYSTEM),
      usr(
        "internal/history/compact.go の要約処理で、最後のメッセージが二重に残るバグを直してください。テストも追加して。",
      ),
    ],
  },
  {
    kind: "coding-agent",
    lang: "en",
    source: S.CLINE_SYSTEM,
    messages: [
      sys(A.CLINE_SYSTEM),
      usr(
        '<user_input mode="act">Write a unit test for `generateSlug(title)` in src/utils/slug.ts: it should lowercase, strip accents and cut at 60 characters.</user_input>',
      ),
    ],
  },
  {
    kind: "coding-agent",
    lang: "pt",
    source: S.CLINE_SYSTEM,
    messages: [
      sys(A.CLINE_SYSTEM),
      usr(
        '<user_input mode="plan">Quero que o resumo do pedido apareça no e-mail de confirmação. Onde isso é montado hoje? Faça um plano antes de mexer.</user_input>',
      ),
    ],
  },
  {
    kind: "coding-agent",
    lang: "en",
    source: S.GEMINI_SYSTEM,
    messages: [
      sys(A.GEMINI_SYSTEM),
      usr(
        "Can you tell me how the chat history is trimmed before it is sent to the model? Don't make changes yet.",
      ),
    ],
  },
  {
    kind: "coding-agent",
    lang: "ko",
    source: S.GEMINI_SYSTEM,
    messages: [
      sys(A.GEMINI_SYSTEM),
      usr("README에 설치 방법 섹션을 추가하고, 각 명령어 옆에 짧은 설명을 달아 줘."),
    ],
  },
  {
    kind: "coding-agent",
    lang: "en",
    source: R.GOOSE,
    messages: [
      sys(GOOSE_OPENING),
      usr(
        "Set up a GitHub Action that runs `deno task check` on every pull request and posts a short summary comment.",
      ),
    ],
  },
];
