/**
 * Blind round 12: fifteen coding agents and agent / memory / RAG frameworks never used in the corpus before (Mistral
 * Vibe, Kode, avante.nvim, Koog, Ride, TaskWeaver, CAMEL, cognee, MemoryScope, MemOS, Qwen-Agent, RAGFlow,
 * kotaemon, LangChain4j, Spring AI), read from their source and measured without changing the rules; plus hard
 * negatives: the same clients' ordinary turns and users asking for a title, summary or follow-ups of their own text.
 */
import { BLIND12_CONVERSATIONS } from "./_conversations_blind12.ts";
import { MODEL, sys, type Template, toMessages, usr, type WireMessage } from "./_types.ts";
import type { Negative } from "./_negatives_pasted.ts";
import * as T from "./_texts_blind12.ts";
import { BLIND12_AGENTS, vibeSystem } from "./_blind12_agents.ts";
import { BLIND12_MEMORY } from "./_blind12_memory.ts";
import { BLIND12_RAG } from "./_blind12_rag.ts";

export const BLIND_ROUND_12: Template[] = [...BLIND12_AGENTS, ...BLIND12_MEMORY, ...BLIND12_RAG];

const [english, , japanese] = BLIND12_CONVERSATIONS;
const history = (c = english) => c ? [...toMessages(c.turns), usr(c.followUp)] : [];

/** Aristman/ride ChatAgent.kt SIMPLE_SYSTEM_PROMPT after trimIndent(). */
const RIDE_CHAT =
  "Ты - AI-ассистент для разработчиков в IntelliJ IDEA.\nТвоя задача - помогать программистам с их вопросами о коде, отладке и разработке.\n\nОтвечай четко и по существу, без лишних рассуждений.\nИспользуй markdown для форматирования, но экранируй спецсимволы HTML.\nБудь дружелюбным и профессиональным.";
/** Cinnamon/kotaemon citation_qa.py DEFAULT_QA_TEXT_PROMPT, filled as the QA pipeline does. */
const kotaemonQa = (context: string, question: string) =>
  T.KOTAEMON_QA.replace("{lang}", "Japanese").replace("{context}", context).replace("{question}", question);

const NEGATIVES: WireMessage[][] = [
  // Mistral Vibe's ordinary streamed turn, and a user asking it to summarise their own PR text.
  [sys(vibeSystem()), ...history()],
  [
    sys(vibeSystem()),
    usr(
      "Summarise this PR description in two lines for CHANGELOG.md:\n\nThe export job wrote to a fixed /tmp/export.csv, so two CI jobs on one runner could collide. export_csv now takes an out_dir argument and the tests use tmp_path. No behaviour change for callers that pass nothing.",
    ),
  ],
  // Kode's main prompt with a task.
  [
    sys(`${T.KODE_CLI_PREFIX}\n\n${T.KODE_SYSTEM_HEAD}`),
    usr("Run the tests in tests/test_export.py, fix whatever fails and tell me which files you changed."),
  ],
  // Ride (IntelliJ plugin) with a Russian question.
  [
    sys(RIDE_CHAT),
    usr(
      "Почему сборка плагина падает с ошибкой `Unsupported class file major version 65` после обновления Gradle?",
    ),
  ],
  // RAGFlow's default Chinese assistant prompt with its knowledge filled in.
  [
    sys(T.RAGFLOW_SYSTEM_ZH.replace(
      "{knowledge}",
      "差旅报销须在出差结束后30天内通过OA系统提交，逾期需部门负责人书面说明。住宿标准：一线城市每晚不超过600元。",
    )),
    usr("出差回来以后多久之内要交报销单？"),
  ],
  // Qwen-Agent Assistant with retrieved knowledge.
  [
    sys(T.QWEN_KNOWLEDGE_ZH.replace(
      "{knowledge}",
      T.QWEN_SNIPPET_ZH.replace("{source}", "路由器说明书.pdf").replace(
        "{content}",
        "长按机身背面的RESET键8秒，指示灯全部闪烁后松开，路由器将恢复出厂设置并自动重启。",
      ),
    )),
    usr("路由器密码忘了，怎么恢复出厂设置？"),
  ],
  // A Qwen-Agent group-chat member's own turn (the selected speaker answers).
  [
    sys("你是一个体育生，热爱运动，你不喜欢追星，你喜欢安利别人健身"),
    usr("小塘: 最近加班太多，腰疼得厉害，有什么办法吗？"),
  ],
  // kotaemon's QA turn in Japanese after the conversation.
  [
    ...(japanese ? toMessages(japanese.turns) : []),
    usr(kotaemonQa(
      "DataFrame.to_excel(excel_writer, sheet_name='Sheet1', index=True) はDataFrameをExcelファイルに書き出します。openpyxlが必要です。",
      japanese?.followUp ?? "",
    )),
  ],
  // cognee's search completion.
  [
    sys("Answer the question using the provided context. Be as brief as possible."),
    usr(
      "The question is: `Which team owns the billing service?`\nAnd here is the context: `Billing service -- owned_by --> Team Atlas; Team Atlas -- located_in --> Berlin`",
    ),
  ],
  // MemoryScope's chat prompt.
  [
    sys(
      "你是一个名为MemoryScope的智能助理，请用中文简洁地回答用户问题。当前时间是2026-12-07 15:20:00 星期一。",
    ),
    usr("我下周要去杭州出差三天，帮我列个行李清单。"),
  ],
  // LangChain4j's DefaultContentInjector turn.
  [
    usr(
      "How many vacation days do I have left if I started in March and took five?\n\nAnswer using the following information:\nEmployees accrue 2.5 vacation days per full month worked. Unused days expire on 31 March of the following year.",
    ),
  ],
  // Users asking for a title, a summary or follow-up questions of their own text, and to remember a fact.
  [
    usr(
      "Kannst du mir für diesen Absatz aus meiner Bachelorarbeit einen knappen Titel vorschlagen?\n\nIn dieser Arbeit wird untersucht, wie sich Lastspitzen in kommunalen Wärmenetzen durch vorausschauende Steuerung der Pufferspeicher glätten lassen.",
    ),
  ],
  [
    usr(
      "次の議事録を3行で要約してください。\n\n・新機能のリリースは6月第2週に延期\n・QAチームを2名増員\n・顧客向けの告知は営業部が担当",
    ),
  ],
  [
    usr(
      "Resume esse texto que escrevi pro blog em duas frases: Comecei a correr no ano passado sem nenhum preparo. Em seis meses fiz minha primeira prova de 10 km e aprendi que descanso também é treino.",
    ),
  ],
  [
    usr(
      "Je prépare un entretien avec la maire de ma commune. Propose-moi cinq questions de relance sur le budget participatif.",
    ),
  ],
  [usr("记住：我对花生过敏，以后给我推荐菜谱时都避开花生。")],
];

export function buildBlind12Negatives(): Negative[] {
  return NEGATIVES.map((messages) => ({ task: "blind-12", body: { model: MODEL, messages, stream: true } }));
}
