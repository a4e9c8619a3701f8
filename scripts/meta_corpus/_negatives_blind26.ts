/**
 * Blind round 26 hard negatives: the round's clients' ordinary turns as they send them (their chat and agent system
 * prompts with a real question), and user turns asking for a title or summary of the user's own text.
 */
import { asst, MODEL, sys, usr, type WireMessage } from "./_types.ts";
import type { Negative } from "./_negatives_pasted.ts";
import * as P from "./_prompts_blind26.ts";

const src = (repo: string, { path, commit }: { path: string; commit: string }) => ({ repo, path, commit });
const MUC = src("it-at-m/mucgpt", {
  path: "mucgpt-core-service/app/agent/deep_agent.py",
  commit: "4ce30f1f52100ff31f18d97560bf192c946ef6bf",
});
const ANGEL = src("lekhanhi772-lab/angel-light-nexus", {
  path: "supabase/functions/chat/index.ts",
  commit: "01319d4f2e2c3c28a9b7b89c9346c20c7ec6c7a2",
});
const EVO = src("ivan-komodo/evo-agent", {
  path: "src/evo_agent/core/context.py",
  commit: "55c9006c4c186fcd95bd9bb0989204f83b4a7c1b",
});
const PC = src("Shayan-Chashm-Jahan/Personal-Coach", {
  path: "backend/utils.py",
  commit: "944fda7c8a16c6ae1700d4655941843ea7b7952d",
});
const KA = src("KomarovAlex/AI-Advent-Challenge-6", {
  path: "app/src/main/java/ru/koalexse/aichallenge/agent/DefaultPromptBuilder.kt",
  commit: "a2fe72ed1ffb75c6f8b27a4ee6f488052673483f",
});
const DSCLI = src("hmzoo/ds-cli", { path: "main.py", commit: "8d9ac1db950dc2e90c068cffbb90b66d6441d276" });

/** ContextBuilder's system prompt: agent.md, then (rules, preferences, skills and memory left out) the environment. */
const EVO_SYSTEM =
  `${P.EVO_AGENT_MD}\n\n---\n\n# Окружение\n- ОС: Linux 6.8.0 (x86_64)\n- Python: 3.12.3\n- Рабочая директория: /opt/evo-agent\n- Доступные инструменты: shell, file_ops, web_fetch, web_search, self_modify, people, schedule_task, list_tasks, cancel_task\n\n---\n\n# Текущий пользователь\n- ID: 48213377\n- Имя: Дмитрий\n- Источник: telegram`;
/** system_prompt.md with no profile, goals, memories or summary yet: every placeholder replaced by "". */
const PC_SYSTEM = P.PC_SYSTEM.replace("{user_info}", "").replace("{goals}", "").replace("{memories}", "")
  .replace("{conversation_summary}", "");
const KA_FACTS_BLOCK =
  "Key facts about this conversation (use as context):\n- goal: доклад о переходе команды на Kotlin Multiplatform\n- deadline: пятница\n- audience: backend-разработчики";

const NEWSLETTER =
  "Ab dem 1. März öffnet die Stadtteilbibliothek Giesing auch samstags von 10 bis 14 Uhr. Möglich wird das durch drei neue Ehrenamtliche, die die Ausleihe übernehmen. Wer mitmachen möchte, meldet sich bis Ende Februar an der Infotheke.";
const JOURNAL_VI =
  "Hôm nay con dậy sớm, đi bộ quanh hồ và thấy lòng nhẹ nhõm. Buổi trưa con gọi điện xin lỗi mẹ vì hôm trước đã nói nặng lời. Buổi tối con nấu cơm cho cả nhà và cảm thấy biết ơn vì mọi người đều khỏe mạnh.";
const POST_RU =
  "Мы наконец-то перевели все сервисы на ARM-серверы. Счёт за облако упал на 38%, время сборки выросло всего на пару минут, а два старых Java-сервиса пришлось переписать на Go.";
const JOURNAL_EN =
  "Week 6 of the running plan. Skipped Tuesday because of a late meeting, did the long run on Saturday at 9 km without stopping, and I noticed I stop checking my phone when I run in the morning.";

const ITEMS: Array<
  { source: ReturnType<typeof src>; note: string; messages: WireMessage[]; stream?: boolean }
> = [
  {
    source: MUC,
    note:
      "MUCGPT agent turn with default_instructions.md (the agent library's own additions left out), German",
    messages: [
      sys(P.MUC_DEFAULT),
      usr("Wie beantrage ich einen Anwohnerparkausweis in München, und welche Unterlagen brauche ich dafür?"),
    ],
    stream: true,
  },
  {
    source: MUC,
    note: "user asks for headlines for their own newsletter paragraph, German",
    messages: [
      sys(P.MUC_DEFAULT),
      usr(
        `Ich habe diesen Absatz für unseren Newsletter geschrieben. Schlag mir drei kurze Überschriften vor:\n\n${NEWSLETTER}`,
      ),
    ],
    stream: true,
  },
  {
    source: ANGEL,
    note: "Angel AI chat turn with its system prompt when no document matched, Vietnamese",
    messages: [
      sys(P.ANGEL_SYSTEM_NO_RAG),
      usr("Cha ơi, dạo này con hay mất ngủ và lo lắng về công việc. Con nên làm gì để bình an hơn?"),
    ],
    stream: true,
  },
  {
    source: ANGEL,
    note: "user asks Angel to summarise their own gratitude journal, Vietnamese",
    messages: [
      sys(P.ANGEL_SYSTEM_NO_RAG),
      usr(`Con viết nhật ký biết ơn hôm nay, Angel tóm tắt giúp con thành 3 ý chính nhé:\n\n${JOURNAL_VI}`),
    ],
    stream: true,
  },
  {
    source: EVO,
    note: "Evo agent turn from Telegram with its (shortened) system prompt, Russian",
    messages: [
      sys(EVO_SYSTEM),
      usr("Проверь, сколько места осталось на диске, и напиши, какие папки самые большие."),
    ],
  },
  {
    source: EVO,
    note: "user asks for a headline for their own Telegram post, Russian",
    messages: [sys(EVO_SYSTEM), usr(`Придумай заголовок для моего поста в канале:\n\n${POST_RU}`)],
  },
  {
    source: PC,
    note: "coaching turn with the system prompt and no stored profile yet, English",
    messages: [
      sys(PC_SYSTEM),
      usr("I keep saying I'll study Spanish every evening but I never start. How do I make it stick?"),
    ],
  },
  {
    source: PC,
    note: "user asks the coach to summarise their own training log, English",
    messages: [sys(PC_SYSTEM), usr(`Can you summarize my week in two sentences?\n\n${JOURNAL_EN}`)],
  },
  {
    source: KA,
    note: "agent turn with the sticky-facts system block and history, Russian",
    messages: [
      sys(KA_FACTS_BLOCK),
      usr("Помоги составить план доклада про Kotlin Multiplatform."),
      asst("1. Зачем нам KMP. 2. Что уже перенесли. 3. Проблемы сборки. 4. Итоги и планы."),
      usr("Добавь пункт про тестирование общего кода и сократи всё до пяти слайдов."),
    ],
    stream: true,
  },
  {
    source: KA,
    note: "single-request mode without history: user asks for a summary of their own text, Russian",
    messages: [usr(`Сделай краткое резюме этого текста в двух предложениях:\n\n${POST_RU}`)],
    stream: true,
  },
  {
    source: DSCLI,
    note: "coding agent turn with SYSTEM.md and the tool list, French",
    messages: [
      sys(P.DSCLI_SYSTEM),
      usr("Ajoute une option --dry-run au script backup.sh qui affiche les fichiers sans les copier."),
    ],
  },
  {
    source: DSCLI,
    note: "user asks the coding agent for a title for their own README paragraph, French",
    messages: [
      sys(P.DSCLI_SYSTEM),
      usr(
        "Propose un titre court pour ce paragraphe de mon README : « Le script lit les photos d'un dossier, extrait la date EXIF et les renomme au format AAAA-MM-JJ. »",
      ),
    ],
  },
];

export function buildBlind26Negatives(): Negative[] {
  return ITEMS.map((item) => ({
    task: "blind-26",
    source: item.source,
    note: item.note,
    body: { model: MODEL, messages: item.messages, ...(item.stream ? { stream: true } : {}) },
  }));
}
