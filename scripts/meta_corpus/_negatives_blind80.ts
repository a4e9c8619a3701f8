/**
 * Blind round 80: hard negatives from the round's clients, their ordinary turns as they send them: OmniEmployee's
 * agent turn in each of the round's languages, Pulse Coder's coding-agent turn, the customer-service demo's triage
 * turn, and users asking a title or a summary of their own text inside those clients.
 */
import { CONVERSATIONS_BLIND_80 } from "./_conversations_blind80.ts";
import { MODEL, sys, toMessages, usr } from "./_types.ts";
import type { Negative } from "./_negatives_pasted.ts";
import * as P from "./_prompts_blind80.ts";

const OMNI = {
  repo: "Zeppelinpp/OmniEmployee",
  path: "src/omniemployee/core/agent.py",
  commit: "6179f942d18ac890210b7f57ec96d9f1367e6140",
};
const PULSE = {
  repo: "hua-bang/pulse-coder",
  path: "packages/engine/src/prompt/system.ts",
  commit: "8b75a9112b7876dac82676711478b4a5414c8073",
};
const CS_DEMO = {
  repo: "openai/openai-cs-agents-demo",
  path: "python-backend/airline/agents.py",
  commit: "bd7bfca0f5abf50529370814c3e7c88542011925",
};
const AUTH_AGENT = {
  repo: "Hitesh-s0lanki/ai-auth-agent",
  path: "src/app/api/chat/[chatId]/route.ts",
  commit: "5cfede1f70ad0c19acaa6df4a1f131e49674e27c",
};
const ENSEMBLE = {
  repo: "just-every/ensemble",
  path: "docs/automatic-history-compaction.md",
  commit: "99f472b781e9b81148766ab0a95d4a61be6b6e76",
};

/** `get_tools_summary()` of the tool registry; each description cut to its first line here. */
const OMNI_TOOLS = [
  "Available Tools:",
  "- read_file: Read file contents. Supports reading entire file or specific line ranges.",
  "- write_file: Write content to a file. Supports full file write or line-based edits.",
  "- grep: Search file contents using ripgrep (rg). Supports regex patterns.",
  "- list_dir: List directory contents. Shows files and subdirectories.",
  "- run_command: Execute shell commands or Python scripts.",
  "- web_search: Search the web for real-time information using Tavily API.",
].join("\n");
const OMNI_SYSTEM = P.pyFormat(P.OMNI_SYSTEM, {
  workspace_root: "/home/ines/work/shop",
  tools_summary: OMNI_TOOLS,
});
const PULSE_SYSTEM = P.PULSE_SYSTEM.replace("${process.cwd()}", "/home/wei/code/blog")
  .replace("${new Date().toLocaleDateString()}", "12/7/2026");

const ASKS: Negative[] = [
  ...CONVERSATIONS_BLIND_80.map((c) => ({
    task: "blind-80",
    source: OMNI,
    note: `OmniEmployee agent turn: its system prompt, the history and the next question (${c.language})`,
    body: { model: MODEL, messages: [sys(OMNI_SYSTEM), ...toMessages(c.turns), usr(c.followUp)] },
  })),
  {
    task: "blind-80",
    source: OMNI,
    note: "OmniEmployee user asks a summary of their own pasted stand-up notes (English)",
    body: {
      model: MODEL,
      messages: [
        sys(OMNI_SYSTEM),
        usr(
          "Summarize my stand-up notes in three bullets: 'Checkout bug fixed on staging, waiting for QA. Payment provider sandbox keys expire Friday, need new ones. Marta is out Thursday, I cover the release.'",
        ),
      ],
    },
  },
  {
    task: "blind-80",
    source: PULSE,
    note: "Pulse Coder agent turn with its default system prompt, a coding request (Chinese)",
    body: {
      model: MODEL,
      messages: [
        sys(PULSE_SYSTEM),
        usr("帮我把 src/utils/date.ts 里的 formatDate 改成支持时区参数，并补上单元测试。"),
      ],
      stream: true,
    },
  },
  {
    task: "blind-80",
    source: PULSE,
    note: "Pulse Coder user asks a title for their own README paragraph (English)",
    body: {
      model: MODEL,
      messages: [
        sys(PULSE_SYSTEM),
        usr(
          "Suggest a short title for this README section I wrote: 'Run `make seed` once after cloning; it loads twenty sample orders and two users so the dashboard is not empty on first start.'",
        ),
      ],
      stream: true,
    },
  },
  {
    task: "blind-80",
    source: ENSEMBLE,
    note:
      "ensemble agent from its docs ('You are a helpful assistant.'), user asks a summary of their own text (Portuguese)",
    body: {
      model: MODEL,
      messages: [
        sys("You are a helpful assistant."),
        usr(
          "Resuma em uma frase o meu recado para o condomínio: 'A partir de segunda-feira a garagem será lavada por andares, das 8h às 12h; quem não retirar o carro terá a vaga lavada no sábado seguinte.'",
        ),
      ],
      stream: true,
    },
  },
  {
    task: "blind-80",
    source: CS_DEMO,
    note:
      "customer-service demo Triage Agent turn (Agents SDK handoff prefix + instructions), a traveller's question (English)",
    body: {
      model: MODEL,
      messages: [
        sys(P.CS_TRIAGE),
        usr(
          "My flight to Austin tomorrow got moved to 6am, can I switch to the afternoon one without paying?",
        ),
      ],
      stream: true,
    },
  },
  {
    task: "blind-80",
    source: CS_DEMO,
    note:
      "customer-service demo Triage Agent, the traveller asks a summary of their own complaint draft (German)",
    body: {
      model: MODEL,
      messages: [
        sys(P.CS_TRIAGE),
        usr(
          "Kannst du meine Beschwerde kurz zusammenfassen, bevor ich sie abschicke? 'Mein Koffer kam zwei Tage zu spät in Austin an, ich musste Kleidung und Toilettenartikel für 140 Dollar kaufen und möchte die Kosten erstattet bekommen.'",
        ),
      ],
      stream: true,
    },
  },
  {
    task: "blind-80",
    source: AUTH_AGENT,
    note: "ai-auth-agent chat turn: CHAT_AGENT as system, an ordinary question (Spanish)",
    body: {
      model: MODEL,
      messages: [
        sys(P.AUTH_CHAT_AGENT),
        usr("¿Cuál es la diferencia entre una cuenta corriente y una cuenta de ahorro?"),
      ],
      stream: true,
    },
  },
];

export function buildBlind80Negatives(): Negative[] {
  return ASKS;
}
