/**
 * Blind round 38 hard negatives: the same clients' ordinary turns as they send them (langroid's ChatAgent default
 * system message, an mc-arc participant's turn under its role-play system prompt in French and English, DeepCode,
 * nekro-agent and Chat-Backend user turns) and user turns asking for a title or summary of the user's own text.
 */
import { MODEL, sys, usr } from "./_types.ts";
import type { Negative } from "./_negatives_pasted.ts";
import * as P from "./_prompts_blind38.ts";
import { SRC } from "./_blind38_fill.ts";

const LANGROID_SYSTEM = "You are a helpful assistant.";

/** examples/shared.py SYSTEM_PROMPT_TEMPLATE for one participant of the French android scene. */
function mcArcSystem(language: string, name: string): string {
  const me = P.MCARC_FR_PARTICIPANTS.find((p) => p.name === name);
  return P.MCARC_SYSTEM.replace("$language", language).replace("$scene", P.MCARC_FR_SCENE)
    .replace("$participants", P.MCARC_FR_PARTICIPANTS.map((p) => `- ${p.name}: ${p.public}`).join("\n"))
    .replace("$name", name).replace("$private", me?.private ?? "");
}

const turn = (report: string) => P.MCARC_PARTICIPANT_MESSAGES_ONLY.replace("$report", report);

import type { Source } from "./_types.ts";

const plain = (
  source: Source,
  { note, text, system }: { note: string; text: string; system?: string },
): Negative => ({
  task: "blind-38",
  source,
  note,
  body: { model: MODEL, messages: system === undefined ? [usr(text)] : [sys(system), usr(text)] },
});

export function buildBlind38Negatives(): Negative[] {
  return [
    plain(SRC.langroidAgent, {
      note: "langroid ChatAgent default system message, ordinary question (en)",
      text: "What's the difference between a Python dataclass and a NamedTuple, and when should I pick each?",
      system: LANGROID_SYSTEM,
    }),
    plain(SRC.langroidAgent, {
      note: "langroid ChatAgent, title for the user's own blog post (en)",
      text:
        "Suggest a title for my blog post: I spent three weekends rebuilding an old Singer sewing machine from 1952 — stripping the paint, replacing the motor belt, and re-timing the hook. It now sews denim better than my new one.",
      system: LANGROID_SYSTEM,
    }),
    plain(SRC.langroidAgent, {
      note: "langroid ChatAgent, summary of the user's own minutes (es)",
      text:
        "Resume en tres frases el acta de nuestra comunidad de vecinos: se aprobó pintar la fachada en septiembre, la cuota extraordinaria será de 120 euros por piso en dos plazos, y el portero automático se cambiará cuando lleguen los tres presupuestos.",
      system: LANGROID_SYSTEM,
    }),
    {
      task: "blind-38",
      source: SRC.mcArcExample,
      note: "mc-arc participant turn under its role-play system prompt, French scene (fr)",
      body: {
        model: MODEL,
        messages: [
          sys(mcArcSystem("French", "Echo")),
          usr(turn(
            "Astra propose d'attendre l'aube avant de descendre vers la source du signal. Hex pense que c'est un piège et refuse d'y aller.",
          )),
        ],
      },
    },
    {
      task: "blind-38",
      source: SRC.mcArcExample,
      note: "mc-arc participant turn under its role-play system prompt (en)",
      body: {
        model: MODEL,
        messages: [
          sys(mcArcSystem("English", "Ion")),
          usr(turn(
            "Silk noticed the signal repeats every seventeen seconds. Vera asks you whether your defence protocols allow the group to enter the tunnel.",
          )),
        ],
      },
    },
    plain(SRC.deepcode, {
      note: "DeepCode user task, ordinary coding request (en)",
      text:
        "Implement a token-bucket rate limiter in Python with a `take(n)` method and unit tests for burst and refill behaviour.",
    }),
    plain(SRC.deepcode, {
      note: "DeepCode user asks to summarize their own pasted changelog (en)",
      text:
        "Summarize this changelog for the release notes:\n- fix: retry uploads on HTTP 503\n- feat: add --dry-run to the migrate command\n- chore: bump pydantic to 2.9\n- fix: keep file permissions when copying templates",
    }),
    plain(SRC.raAid, {
      note: "RA.Aid user task, ordinary coding request (en)",
      text:
        "Add a --since flag to the export command that only includes records changed after the given ISO date.",
    }),
    plain(SRC.nekroMemory, {
      note: "nekro-agent group message, ordinary question (zh)",
      text: "有人知道周末去莫干山自驾，周六早上几点出发不堵车吗？",
    }),
    plain(SRC.nekroMemory, {
      note: "nekro-agent group message, summary of the user's own notice (zh)",
      text:
        "帮我把这段通知总结成一句话发群里：下周三下午两点在三楼会议室开季度复盘会，每个小组准备五分钟汇报，PPT 周二下班前发给我。",
    }),
    plain(SRC.nekroMemory, {
      note: "nekro-agent group message, title for the user's own article (zh)",
      text:
        "给我这篇文章起个标题：我们团队把测试时间从四十分钟压到了八分钟，主要是把数据库换成内存模式，并且按模块并行跑测试。",
    }),
    plain(SRC.naturel, {
      note: "Naturel GPT group message, ordinary question to the bot (zh)",
      text: "白羽，你觉得《葬送的芙莉莲》第二季什么时候出？",
    }),
    plain(SRC.naturel, {
      note: "Naturel GPT group message, summary of the user's own text (zh)",
      text:
        "白羽帮我总结一下这段话：今天早上地铁停运，我走了四十分钟去公司，结果发现会议改到线上了，中午又下大雨没带伞。",
    }),
    plain(SRC.chatBackend, {
      note: "Chat-Backend chat message, ordinary question (pl)",
      text: "Jak długo gotować jajko na miękko, jeśli wyjmuję je prosto z lodówki?",
    }),
  ];
}
