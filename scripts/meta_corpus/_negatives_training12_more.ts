/**
 * Training round 12 hard negatives, second batch: more studied clients' ordinary turns (Aider's architect mode, a
 * user-made Khoj agent, Dify's context prompt, LlamaIndex's question-answer template, big-AGI personas, an Agent Zero
 * turn after a tool result) and the hardest own-text asks: release notes, FAQ questions, action items, ticket
 * labels, names, search keywords, an emoji, and a recap or title of the conversation itself, asked by the user.
 */
import { asst, sys, usr } from "./_types.ts";
import type { Item12 } from "./_negatives_training12_item.ts";
import * as A from "./_prompts_training12_agents.ts";
import { APP_SOURCES_12 as S, KHOJ_CUSTOM } from "./_prompts_training12_apps.ts";
import {
  BIGAGI_DEVELOPER,
  BIGAGI_TRANSCRIBER,
  DIFY_CONTEXT,
  LLAMA_TEXT_QA,
  OPENCHAT_INSTRUCTIONS,
  READ_SOURCES_12 as R,
} from "./_prompts_training12_read.ts";

const AS = A.AGENT_SOURCES_12;
const CHANGELOG =
  "- fix: retry uploads after a 503\n- feat: dark mode for the settings page\n- feat: export invoices as CSV\n- chore: bump hono to 4.13\n- fix: timezone shown wrong in the weekly report";
const TRANSCRIPT =
  "[00:00] Welcome back. Today: why the Roman Empire split in 395. [02:10] First, the sheer size made one court too slow to respond to threats on both frontiers. [07:45] Second, Diocletian's tetrarchy had already shown that shared rule could work. [12:30] Third, the economy of the East was stronger and more urban.";

export const MORE_ITEMS_12: Item12[] = [
  {
    kind: "coding-agent",
    lang: "fr",
    source: AS.AIDER_ARCHITECT_SYSTEM,
    messages: [
      sys(A.AIDER_ARCHITECT_SYSTEM),
      usr(
        A.AIDER_ARCHITECT_FILES_PREFIX +
          "\nsrc/notes/store.py\n```\nclass NoteStore:\n    def __init__(self):\n        self._notes = []\n\n    def add(self, note):\n        self._notes.append(note)\n        return len(self._notes) - 1\n```\n",
      ),
      asst(A.AIDER_ARCHITECT_FILES_REPLY),
      usr("Je veux que NoteStore persiste les notes dans SQLite au lieu d'une liste en mémoire."),
    ],
  },
  {
    kind: "agent-framework",
    lang: "en",
    source: AS.AGENT_ZERO_SYSTEM,
    note: "the user's next message after a tool result, both in the framework's wrapped form",
    messages: [
      sys(A.AGENT_ZERO_SYSTEM),
      usr(
        A.AGENT_ZERO_USER.replace("{{system_message}}", '""')
          .replace("{{message}}", JSON.stringify("How much disk space is left on this machine?"))
          .replace("{{attachments}}", "[]"),
      ),
      asst(
        '{\n    "thoughts": ["The user wants free disk space", "Run df"],\n    "headline": "Checking free disk space",\n    "tool_name": "code_execution_tool",\n    "tool_args": {"runtime": "terminal", "code": "df -h /"}\n}',
      ),
      usr(
        '{"tool_name": "code_execution_tool", "tool_result": "Filesystem Size Used Avail Use% Mounted on\\n/dev/sda1 234G 190G 32G 86% /"}',
      ),
    ],
  },
  {
    kind: "chat-app",
    lang: "fr",
    source: S.KHOJ_CUSTOM,
    messages: [
      sys(KHOJ_CUSTOM),
      usr("J'ai des poireaux, trois pommes de terre et du gruyère. Qu'est-ce que je fais ce soir ?"),
    ],
  },
  {
    kind: "rag",
    lang: "en",
    source: R.DIFY,
    note: "CONTEXT inside the app's system prompt, then the chat",
    messages: [
      sys(
        "You are the help desk of Greenfield Library.\n\n" +
          DIFY_CONTEXT(
            "Opening hours: Mon-Fri 9:00-20:00, Sat 10:00-16:00, closed Sundays.\nLate fees: 0.20 EUR per item per day.",
          ),
      ),
      usr("hi, are you open on saturday afternoon? and what if I return a book 5 days late?"),
    ],
  },
  {
    kind: "rag",
    lang: "ko",
    source: R.DIFY,
    note: "CONTEXT as the system prompt, then the chat",
    messages: [
      sys(
        DIFY_CONTEXT("반품은 수령 후 14일 이내 가능하며, 단순 변심의 경우 왕복 배송비 6,000원이 부과됩니다."),
      ),
      usr("신발 사이즈가 안 맞는데 반품하면 배송비 내야 해요?"),
    ],
  },
  {
    kind: "rag",
    lang: "en",
    source: R.LLAMA,
    messages: [
      usr(LLAMA_TEXT_QA(
        "file_path: handbook/expenses.md\n\nMeals on business trips are reimbursed up to 45 EUR per day with receipts. Alcohol is not reimbursed.",
        "Can I expense a dinner for 60 EUR if I have the receipt?",
      )),
    ],
  },
  {
    kind: "rag",
    lang: "de",
    source: R.LLAMA,
    messages: [
      usr(LLAMA_TEXT_QA(
        "file_path: hausordnung.pdf\n\nRuhezeiten: werktags 22 bis 6 Uhr, sonntags ganztägig. Grillen auf dem Balkon nur mit Elektrogrill.",
        "Darf ich am Sonntagnachmittag auf dem Balkon grillen?",
      )),
    ],
  },
  {
    kind: "coding-agent",
    lang: "en",
    source: R.BIGAGI,
    messages: [
      sys(BIGAGI_DEVELOPER),
      usr("find and fix the bug: `const avg = arr.reduce((a, b) => a + b) / arr.length` crashes on []"),
    ],
  },
  {
    kind: "own-text",
    lang: "en",
    source: R.BIGAGI,
    messages: [sys(BIGAGI_TRANSCRIBER), usr(`${TRANSCRIPT}\n\nSummarize the key points of the lecture`)],
  },
  {
    kind: "own-text",
    lang: "es",
    source: R.BIGAGI,
    messages: [
      sys(BIGAGI_TRANSCRIBER),
      usr(`${TRANSCRIPT}\n\n¿Cuál es el argumento principal del vídeo? Dame un título en español.`),
    ],
  },
  {
    kind: "own-text",
    lang: "en",
    messages: [usr(`Turn this into release notes for our users (no chores, friendly tone):\n\n${CHANGELOG}`)],
  },
  {
    kind: "own-text",
    lang: "de",
    messages: [
      usr(
        "Welche Fragen werden Kunden zu diesem Text wahrscheinlich stellen? Schreib mir 5 FAQ-Fragen mit Antworten:\n\nAb 1. Januar stellen wir die Abholung des Altpapiers von wöchentlich auf zweiwöchentlich um. Die Tonnen bleiben gleich, größere Tonnen können kostenlos bestellt werden.",
      ),
    ],
  },
  {
    kind: "own-text",
    lang: "fr",
    messages: [
      usr(
        "Extrais les actions à faire avec le responsable de chaque action :\n\nRéunion projet du 3/12 — Paul envoie le devis au client lundi. Amina met à jour le planning. On décale la démo au 18. Julie réserve la salle.",
      ),
    ],
  },
  {
    kind: "own-text",
    lang: "en",
    messages: [
      usr(
        'Label each of these support tickets as billing, bug or feature request, as JSON:\n1. "I was charged twice this month"\n2. "The export button does nothing on Safari"\n3. "Could you add a dark mode?"',
      ),
    ],
  },
  {
    kind: "own-text",
    lang: "en",
    messages: [
      usr("What should I name this function? It takes a list of orders and returns the total per customer."),
    ],
  },
  {
    kind: "own-text",
    lang: "ru",
    messages: [
      usr(
        "Я пишу курсовую о влиянии удалённой работы на продуктивность. Какие ключевые слова и поисковые запросы мне вбить в Google Scholar?",
      ),
    ],
  },
  {
    kind: "own-text",
    lang: "ja",
    messages: [usr("友達に「合格したよ！」って送りたいんだけど、合う絵文字を3つ選んで。")],
  },
  {
    kind: "own-text",
    lang: "ko",
    messages: [
      usr(
        "내 블로그 글을 트위터 스레드 5개로 나눠 줘: 올해 처음으로 텃밭을 가꿨는데, 토마토는 잘 자랐지만 상추는 벌레 때문에 거의 다 먹혔다. 내년엔 방충망을 쓸 생각이다.",
      ),
    ],
  },
  {
    kind: "own-text",
    lang: "pt",
    messages: [
      usr(
        "Vou entrevistar uma candidata para vaga de designer. O currículo dela diz: 5 anos em agências, foco em identidade visual, liderou o rebranding de uma rede de padarias. Que perguntas de acompanhamento eu deveria fazer?",
      ),
    ],
  },
  {
    kind: "own-text",
    lang: "it",
    source: R.OPENCHAT,
    messages: [
      sys(OPENCHAT_INSTRUCTIONS),
      usr(
        "Ricordati che sono allergica alle noci e che mi chiamo Giulia. Ora suggeriscimi un dolce per Natale.",
      ),
    ],
  },
  {
    kind: "in-chat",
    lang: "en",
    messages: [
      usr("We need to pick a venue for the team offsite in March."),
      asst("Options so far: the lake hotel (cheaper, 2 h away) or the city loft (central, no overnight)."),
      usr("Budget is 8k and half the team wants to stay overnight."),
      asst("Then the lake hotel fits better: it's within budget and has rooms."),
      usr("ok can you recap what we decided so far so I can paste it to my manager?"),
    ],
  },
  {
    kind: "in-chat",
    lang: "de",
    messages: [
      usr("Ich will meine Küche neu streichen. Welche Farbe passt zu Eichenfronten?"),
      asst("Warmes Weiß, Salbeigrün oder ein helles Greige harmonieren gut mit Eiche."),
      usr("Salbeigrün klingt gut. Matt oder seidenmatt?"),
      asst("In der Küche eher seidenmatt, weil es abwischbar ist."),
      usr("Fass unser Gespräch kurz zusammen, ich schick's meinem Mann."),
    ],
  },
  {
    kind: "in-chat",
    lang: "zh",
    messages: [
      usr("我们周末去杭州玩两天，有什么推荐？"),
      asst("第一天西湖、灵隐寺，第二天可以去龙井村喝茶、晚上逛河坊街。"),
      usr("根据我们刚才聊的，帮我起个朋友圈的标题，再配一句文案。"),
    ],
  },
];
