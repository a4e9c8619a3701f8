/**
 * Blind round 74 hard negatives: real user turns in the round's clients, sent with each client's ordinary system
 * prompt, RAG wrapper or history, several asking for a title or a summary of the user's own text.
 */
import { MODEL, sys, toMessages, usr } from "./_types.ts";
import type { Negative } from "./_negatives_pasted.ts";
import * as P from "./_prompts_blind74.ts";
import { at, fill, labelled } from "./_blind74_fill.ts";
import { CONVERSATIONS_BLIND_74 } from "./_conversations_blind74.ts";

const JA = CONVERSATIONS_BLIND_74[2];
const PL = CONVERSATIONS_BLIND_74[3];

/** aoebiu/ai-talk `CONTENT_INJECTOR_PROMPT_TEMPLATE`: the user's message, the separator, the retrieved contents. */
const AITALK_INJECTED = fill("{{userMessage}}\n\nUse the following information to answer:\n{{contents}}", {
  "{{userMessage}}": "公司报销出差的高铁票需要哪些材料？电子发票可以吗？",
  "{{contents}}":
    "差旅费报销须提交行程单或车票电子发票、出差审批单，并在出差结束后30日内通过财务系统提交。\n\n自2024年起，铁路电子客票的增值税电子发票可作为报销凭证，无需另行打印纸质车票。",
});

/** igorcafe/euperturbot `GPTChatCompletion` (/cask): the saved group messages, then the user's question. */
const CASK_CONTEXT = [
  "Mensagens recentes do chat Churrasco da firma para voce se contextualizar, no formato '<usuario>: <texto>'",
  "",
  [
    "marina: alguém sabe se o sítio aceita cachorro?",
    "pedro_h: aceita sim, só tem que ficar fora da piscina",
    "lucas: vou levar a caixa de som grande",
    "marina: fechou, eu levo a farofa e o vinagrete",
    "pedro_h: o carvão fica comigo, 3 sacos bastam?",
  ].join("\n"),
].join("\n");
const CASK_ASK =
  "Me chame de @juliana_r e responda a mensagem abaixo. Se baseie no historico de mensagens acima e nos nomes de usuarios para responde. NÃO crie diálogos, apenas me responda com as informações fornecidas. As palavras 'grupo', 'chat', 'conversa', 'historico' todas se referecem ao historico do chat Churrasco da firma acima. Nao mencione o nome do grupo. Responda a seguinte me mencionando em segunda pessoa, usando @juliana_r\n\no que ainda falta alguém levar pro churrasco?";

const NEGATIVES: Negative[] = [
  {
    task: "blind-74",
    source: at("masteryyh/agenty", "packages/agenty-core/pkg/domain/agent/agent.go"),
    note: "English, agenty's base system prompt, an ordinary coding request, streamed",
    body: {
      model: MODEL,
      messages: [
        sys(P.AGENTY_SYSTEM),
        usr(
          "Add a --dry-run flag to scripts/backup.sh so it only prints the rsync command instead of running it.",
        ),
      ],
      stream: true,
    },
  },
  {
    task: "blind-74",
    source: at(
      "usagi3067/dango-ai-code-mother",
      "backend/app/app-service/src/main/resources/prompt/qa-system-prompt.txt",
    ),
    note: "Chinese, the QA service's system prompt and a question about the generated project",
    body: {
      model: MODEL,
      messages: [sys(P.DANGO_QA), usr("为什么首页的轮播图在手机上会被裁掉一半？是哪个组件控制的高度？")],
      stream: true,
    },
  },
  {
    task: "blind-74",
    source: at(
      "nashtech-garage/ntg-jvm-agent",
      "orchestrator/src/main/kotlin/com/ntgjvmagent/orchestrator/service/ChatStreamService.kt",
    ),
    note: "English, the agent chat's system prompt (SYSTEM_PROMPT + SEARCH_TOOL_INSTRUCTION), streamed",
    body: {
      model: MODEL,
      messages: [
        sys(P.NTG_SYSTEM),
        usr(
          "Which documents do I need to renew a temporary residence card in Da Nang, and how long does it take?",
        ),
      ],
      stream: true,
    },
  },
  {
    task: "blind-74",
    source: at("samredway/RecaLLM", "src/main/java/com/redway/recallm/services/PromptService.java"),
    note: "Japanese, RecaLLM's chat input: the short-term memory rows joined with the new user question",
    body: {
      model: MODEL,
      messages: [usr(
        labelled([...(JA?.turns ?? []), { role: "user", content: JA?.followUp ?? "" }], {
          user: "USER",
          assistant: "ASSISTANT",
          join: "\n\n",
        }),
      )],
    },
  },
  {
    task: "blind-74",
    source: at("Ahod26/Ai.NetTrack", "backend/Services/Classes/LLM/OpenAIService.cs"),
    note: "English, AINetTrack's system prompt and a .NET question, streamed",
    body: {
      model: MODEL,
      messages: [
        sys(P.NETTRACK_SYSTEM),
        usr("How do I stream chat completions from the OpenAI .NET SDK into a Blazor Server component?"),
      ],
      stream: true,
    },
  },
  {
    task: "blind-74",
    source: at("cognesy/instructor-php", "examples/B05_LLMExtras/ChatWithSummary/run.php"),
    note: "English, the example expert's system prompt and a sales question",
    body: {
      model: MODEL,
      messages: [sys(P.INSTRUCTOR_EXPERT), usr("How do I handle a prospect who says our price is too high?")],
    },
  },
  {
    task: "blind-74",
    source: at(
      "aoebiu/ai-talk",
      "rag/src/main/java/info/mengnan/dialogerai/rag/constant/promptTemplate/PromptTemplateConstant.java",
    ),
    note: "Chinese, ai-talk's RAG turn: the user's question with the retrieved knowledge-base contents",
    body: { model: MODEL, messages: [usr(AITALK_INJECTED)], stream: true },
  },
  {
    task: "blind-74",
    source: at("igorcafe/euperturbot", "controller/controller.go"),
    note: "Portuguese, euperturbot's /cask: the group's saved messages then the user's question about them",
    body: { model: MODEL, messages: [usr(CASK_CONTEXT), usr(CASK_ASK)], temperature: 0.5 },
  },
  {
    task: "blind-74",
    source: at("bosun-ai/kwaak", "src/agent/util.rs"),
    note: "German, a user asks the coding agent for a title for the pull-request text they wrote",
    body: {
      model: MODEL,
      messages: [usr(
        "Ich habe diese PR-Beschreibung geschrieben, schlag mir bitte einen kurzen Titel im Conventional-Commits-Format vor:\n\nDer Export nach CSV hat bei Umlauten in Spaltennamen die Datei zerschossen, weil wir Latin-1 geschrieben haben. Jetzt schreiben wir UTF-8 mit BOM, damit Excel die Datei richtig öffnet, und es gibt einen Test mit „Größe“ und „Straße“ als Spalten.",
      )],
      stream: true,
    },
  },
  {
    task: "blind-74",
    source: at("techwright-lab/admin_suite", "app/models/ai/assistant_system_prompt.rb"),
    note:
      "English, Gleania's assistant system prompt (the CONTEXT block the app adds is left out) and a job-search question",
    body: {
      model: MODEL,
      messages: [
        sys(P.GLEANIA_SYSTEM),
        usr(
          "I have a second-round interview with a logistics startup on Thursday. What should I prepare for the system design part?",
        ),
      ],
    },
  },
  {
    task: "blind-74",
    note: "Japanese, a user asks for a three-line summary of their own notice",
    body: {
      model: MODEL,
      messages: [usr(
        "町内会の回覧板に載せる文章です。三行に要約してください。\n\n来る3月9日（日）午前9時より、河川敷の清掃活動を行います。軍手とごみ袋は町内会で用意しますが、長靴や帽子など汚れてもよい服装でお越しください。雨天の場合は16日に延期し、前日の17時までに班長から連絡します。参加できない方は、各班の集積所へのごみ出しにご協力ください。",
      )],
    },
  },
  {
    task: "blind-74",
    note: "Polish, inside the conversation the user asks for a three-point recap to send to a relative",
    body: {
      model: MODEL,
      messages: [
        ...toMessages(PL?.turns ?? []),
        usr("Podsumuj mi to w trzech punktach, wyślę siostrze, żeby wiedziała, co załatwiamy."),
      ],
      stream: true,
    },
  },
  {
    task: "blind-74",
    note: "French, a user asks for a title for their own blog paragraph",
    body: {
      model: MODEL,
      messages: [usr(
        "Trouve-moi un titre accrocheur pour ce paragraphe de mon blog, juste le titre :\n\nChaque samedi matin, le marché de la Batte s'étire le long de la Meuse. On y trouve des boulets à la liégeoise, des fromages de Herve et des vendeurs qui vous appellent « fi » avant même que vous ayez dit bonjour.",
      )],
    },
  },
];

export function buildBlind74Negatives(): Negative[] {
  return NEGATIVES;
}
