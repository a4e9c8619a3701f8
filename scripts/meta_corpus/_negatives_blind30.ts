/**
 * Blind round 30 hard negatives: the round's clients' ordinary turns as they send them (ConnectOnion's agent prompt,
 * an Antigravity rule in French, nini's Chinese identity and strategy, MemoryOS's memory-laden answer turn, Eco²'s
 * Korean character prompt, the aidev coder with its own memory block) with real questions, and user turns asking
 * for a title or a summary of the user's own text.
 */
import { asst, MODEL, sys, usr } from "./_types.ts";
import type { Negative } from "./_negatives_pasted.ts";
import * as P from "./_prompts_blind30.ts";

const pyFormat = (template: string, fields: Record<string, string>) =>
  template.replace(/\{(\w+)\}/g, (_m, name: string) => fields[name] ?? "");

const src = (repo: string, { path, commit }: { path: string; commit: string }) => ({ repo, path, commit });
const CO = src("openonion/connectonion", {
  path: "connectonion/cli/co_ai/prompts/main.md",
  commit: "afecdb0ceeecb389a16f8e679a9f999e70327055",
});
const SLURM = src("hjamet/SLURM_RAY", {
  path: ".agent/rules/communication.md",
  commit: "f98dc3197b10ab0b29cf555ff78b98da74140e46",
});
const NINI = src("lewisoepwqi/scientific_nini", {
  path: "data/prompt_components/strategy_core.md",
  commit: "64c0c590f1c5e5cfa8be9c2b2b1c7bf886074f70",
});
const MOS = src("BAI-LAB/MemoryOS", {
  path: "memoryos-pypi/memoryos.py",
  commit: "1d717060350931af33d1d0dc3d4e50a72c125a48",
});
const ECO = src("SeSACTHON/backend", {
  path: "apps/chat_worker/infrastructure/assets/prompt_loader.py",
  commit: "acbd1561fb9c1d8b689588a45700f728123c8195",
});
const AIDEV = src("ATLucas/aidev", {
  path: "experiments/coding_agents/coding_agents/agents/agent_latent_space.py",
  commit: "0a6a301da445c2c3cf7ecacac80f71d53fb96305",
});

const NINI_SYSTEM = `${P.NINI_IDENTITY}\n\n${P.NINI_STRATEGY_CORE}`;
/** PromptBuilder.build("general"): the global character, a rule, then the intent's local instruction. */
const ECO_SYSTEM = `${P.ECO_CHARACTER}\n\n---\n\n${P.ECO_GENERAL}`;

/** MemoryOS `get_response`: persona + knowledge in the system turn, history, memories and traits in the user turn. */
const memoryOs = (query: string) => [
  sys(pyFormat(P.MOS_GENERATE_SYSTEM_RESPONSE_SYSTEM, {
    relationship: "friend",
    assistant_knowledge_text: "- Assistant recommended a sourdough starter schedule at 2026-11-30 09:12:40",
    meta_data_text: "Lives in Leeds, bakes on weekends, works night shifts as a nurse.",
  })),
  usr(pyFormat(P.MOS_GENERATE_SYSTEM_RESPONSE_USER, {
    history_text:
      "User: I switched to rye flour last week. (Timestamp: 2026-12-05 21:03:11)\nAssistant: Rye ferments faster, so shorten the bulk rise. (Timestamp: 2026-12-05 21:03:15)",
    retrieval_text: "【Historical Memory】\nUser: my starter smells like nail polish (2026-11-30 09:10:02)",
    background: "Prefers short practical answers; bakes at night after shifts.",
    relationship: "friend",
    query,
  })),
];

/** aidev `perform_step`: the coder instructions and the user prompt carrying the agent's condensed memory. */
const aidev = (memory: string, request: string) => [
  sys(P.AIDEV_INSTRUCTIONS),
  usr(pyFormat(P.AIDEV_USER, { memory, user_request: request })),
];

const ASKS: Array<Omit<Negative, "task">> = [
  {
    source: CO,
    note: "ConnectOnion agent prompt (main.md, first part of the assembled prompt), coding request, English",
    body: {
      model: MODEL,
      messages: [
        sys(P.CO_MAIN),
        usr(
          "Add a --dry-run flag to scripts/deploy.py that prints each docker command instead of running it.",
        ),
      ],
    },
  },
  {
    source: CO,
    note: "ConnectOnion agent prompt, user asks a title for their own PR description, English",
    body: {
      model: MODEL,
      messages: [
        sys(P.CO_MAIN),
        usr(
          "Here's the PR description I wrote, give it a short title (under 60 chars):\n\nThis moves the retry logic out of the HTTP client into a small wrapper so the websocket path can reuse it. Backoff now caps at 30 s and honours Retry-After.",
        ),
      ],
    },
  },
  {
    source: SLURM,
    note: "Antigravity rule (French) as system, SLURM question, French",
    body: {
      model: MODEL,
      messages: [
        sys(P.SLURM_COMMUNICATION),
        usr(
          "Mon job reste en PENDING avec la raison (Resources) alors que sinfo montre des nœuds idle. Pourquoi ?",
        ),
      ],
      stream: true,
    },
  },
  {
    source: SLURM,
    note: "Antigravity rule, user asks a summary of a paragraph they wrote for the README, French",
    body: {
      model: MODEL,
      messages: [
        sys(P.SLURM_COMMUNICATION),
        usr(
          "Résume en trois puces ce paragraphe que j'ai écrit pour le README :\n\nSlurmRay lance un cluster Ray éphémère sur Curnagl, copie le code source local, exécute la fonction distante puis rapatrie le résultat. Les jobs sont annulés si l'utilisateur interrompt le script localement.",
        ),
      ],
      stream: true,
    },
  },
  {
    source: NINI,
    note: "nini identity + core strategy, statistics question, Chinese",
    body: {
      model: MODEL,
      messages: [
        sys(NINI_SYSTEM),
        usr(
          "我有两组患者的收缩压数据，样本量分别是 28 和 31，正态性检验 p=0.03，应该用 t 检验还是 Mann-Whitney U 检验？",
        ),
      ],
      stream: true,
    },
  },
  {
    source: NINI,
    note: "nini system, user asks a title for their own abstract, Chinese",
    body: {
      model: MODEL,
      messages: [
        sys(NINI_SYSTEM),
        usr(
          "帮我给这段论文摘要起一个中文标题，不超过20字：\n本研究纳入 312 名 2 型糖尿病患者，比较每日步行 8000 步与常规护理 12 周后糖化血红蛋白的变化，干预组平均下降 0.6%。",
        ),
      ],
      stream: true,
    },
  },
  {
    source: MOS,
    note: "MemoryOS answer turn (memories, traits and history in the prompt), real question, English",
    body: {
      model: MODEL,
      messages: memoryOs("Should I feed the starter twice a day now?"),
      temperature: 0.7,
      max_tokens: 1500,
    },
  },
  {
    source: MOS,
    note: "MemoryOS answer turn, user asks a one-line summary of their own note, English",
    body: {
      model: MODEL,
      messages: memoryOs(
        "Sum up this note I wrote for my landlord in one sentence: the bathroom fan stopped on Monday, mould is back on the ceiling, and I can be home Thursday after 2pm for a repair.",
      ),
      temperature: 0.7,
      max_tokens: 1500,
    },
  },
  {
    source: ECO,
    note:
      "Eco² character + general instruction (user wrapping not reconstructed), recycling question, Korean",
    body: {
      model: MODEL,
      messages: [sys(ECO_SYSTEM), usr("전자레인지용 플라스틱 용기에 기름때가 있으면 어떻게 버려?")],
    },
  },
  {
    source: ECO,
    note: "Eco² system, user asks a title for their own apartment notice, Korean",
    body: {
      model: MODEL,
      messages: [
        sys(ECO_SYSTEM),
        usr(
          "내가 쓴 아파트 공지문인데 제목 하나 붙여줘:\n이번 주 토요일부터 투명 페트병은 라벨을 떼고 별도 마대에 배출해 주세요. 섞여서 배출되면 수거되지 않습니다.",
        ),
      ],
    },
  },
  {
    source: ECO,
    note: "Eco² system with history, user checks their own recap of the answer, Korean",
    body: {
      model: MODEL,
      messages: [
        sys(ECO_SYSTEM),
        usr("페트병 어떻게 버려?"),
        asst("내용물을 비우고 라벨을 떼고, 찌그러뜨려서 뚜껑을 닫아 투명 페트병 전용 수거함에 넣어줘! ♻️"),
        usr("정리하면 라벨 떼고 찌그러뜨리면 끝이지? 뚜껑은 따로 버려?"),
      ],
    },
  },
  {
    source: AIDEV,
    note: "aidev coder step with the default memory, coding request, English",
    body: {
      model: MODEL,
      messages: aidev(
        "This is the start of the conversation.",
        "Create snake_game.py using pygame with a 20x20 grid.",
      ),
    },
  },
  {
    source: AIDEV,
    note: "aidev coder step carrying a condensed memory of earlier steps, follow-on request, English",
    body: {
      model: MODEL,
      messages: aidev(
        "The user asked for a pygame snake game. I created snake_game.py with a 20x20 grid, arrow-key controls and food spawning. Remaining: score display and game-over screen.",
        "Add a score counter in the top-left corner and a game-over screen that offers a restart.",
      ),
    },
  },
];

export function buildBlind30Negatives(): Negative[] {
  return ASKS.map((item) => ({ task: "blind-30", ...item }));
}
