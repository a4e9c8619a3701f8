/**
 * Blind round 52 hard negatives: ordinary turns built with the same frameworks' main prompts (RAG templates, default
 * agent instructions, a persona), and users who ask for a summary, title or follow-up questions of their own text.
 */
import type { Conversation } from "./_conversations.ts";
import { CONVERSATIONS_BLIND_52 } from "./_conversations_blind52.ts";
import { type ChatBody, MODEL, type Source, sys, toMessages, usr } from "./_types.ts";
import type { Negative } from "./_negatives_pasted.ts";
import * as P from "./_prompts_blind52.ts";

const at = (repo: string, { path, commit }: { path: string; commit: string }): Source => ({
  repo,
  path,
  commit,
});
const [EN, ES, JA, CS] = CONVERSATIONS_BLIND_52 as [Conversation, Conversation, Conversation, Conversation];
const body = (messages: ChatBody["messages"], stream = true): ChatBody => ({
  model: MODEL,
  messages,
  stream,
});

const CLUB_DOC =
  "Ergometer care (club handbook, p. 4): vacuum the fan cage monthly; record drag factor before " +
  "every test piece; report chain noise to the boat captain.";
const GLUE_DOC = "Flexibilní cementové lepidlo C2TE S1: spotřeba 3–4 kg/m² při zubové stěrce 8 mm, doba " +
  "zpracovatelnosti 4 hodiny, mrazuvzdorné po vytvrdnutí.";

const ITEMS: Negative[] = [
  {
    task: "framework-chat",
    source: at("SciSharp/BotSharp", {
      path:
        "src/Infrastructure/BotSharp.Core/data/agents/01e2fc5c-2c89-4ec7-8470-7688608b496c/instructions/instruction.liquid",
      commit: "0ff995efab8e86ae6dc6fb5dfa218c235aeebf49",
    }),
    note: "the Chatbot agent's instruction, an English follow-up in the conversation",
    body: body([
      sys("You are a AI Assistant. You can answer user's question."),
      ...toMessages(EN.turns),
      usr(EN.followUp),
    ]),
  },
  {
    task: "framework-rag",
    source: at("tmc/langchaingo", {
      path: "chains/question_answering.go",
      commit: "8fea3de63675b901cf7a2cdc435c204cb7a93643",
    }),
    note: "langchaingo's stuff QA template with a Spanish question",
    body: body([
      usr(
        P.LCGO_STUFF_QA.replace(
          "{{.context}}",
          "El dulce de leche casero, envasado caliente en frascos esterilizados y cerrados al vacío, se conserva " +
            "hasta un mes en la heladera una vez abierto.",
        ).replace("{{.question}}", ES.followUp),
      ),
    ], false),
  },
  {
    task: "framework-rag",
    source: at("bosun-ai/swiftide", {
      path: "swiftide-query/src/answers/simple.rs",
      commit: "a76ff4e57e21ca0fda48b6778e21bf0c021450d4",
    }),
    note: "swiftide's answer prompt with a Czech question",
    body: body([
      usr(P.SWIFTIDE_ANSWER.replace("{{ question }}", CS.followUp).replace("{{ documents }}", GLUE_DOC)),
    ], false),
  },
  {
    task: "framework-rag",
    source: at("patterns-ai-core/langchainrb", {
      path: "lib/langchain/vectorsearch/prompts/rag.yaml",
      commit: "a944fb53b82cbc5023008feb8b8f7af8ad44d065",
    }),
    note: "langchainrb's RAG prompt with an English question",
    body: body([
      usr(
        P.RB_RAG.replace("{context}", CLUB_DOC).replace(
          "{question}",
          "How often should the fan cage be cleaned?",
        ),
      ),
    ], false),
  },
  {
    task: "framework-rag",
    source: at("theodo-group/LLPhant", {
      path: "src/Query/SemanticSearch/QuestionAnswering.php",
      commit: "963cd0ade545848746236eda1022e3041e058571",
    }),
    note: "LLPhant's question-answering system message with a Japanese question",
    body: body([
      sys(
        P.LLPHANT_QA.replace("{context}", "町内会規約第12条：会計監査は総会の2週間前までに監事2名が行う。"),
      ),
      usr(JA.followUp),
    ]),
  },
  {
    task: "framework-chat",
    source: at("volcengine/veadk-python", {
      path: "veadk/prompts/agent_default_prompt.py",
      commit: "9eec0c8f95587e10e1f51018245201adb5d4297a",
    }),
    note: "VeADK's default agent instruction, a coding question",
    body: body([
      sys(P.VEADK_DEFAULT),
      usr("My pandas groupby drops rows where the key is NaN. How do I keep them as their own group?"),
    ]),
  },
  {
    task: "framework-chat",
    source: at("agents-flex/agents-flex", {
      path: "docs/zh/agent/getting-started.md",
      commit: "08a4f43df0080b24fbd645b925dc2c0270da8274",
    }),
    note: "an Agents-Flex agent's instructions, a Chinese weather question",
    body: body([sys(P.FLEX_WEATHER), usr("明天杭州会下雨吗？要不要带伞？")]),
  },
  {
    task: "persona-chat",
    source: at("volcengine/ai-app-lab", {
      path: "demohouse/chat2cartoon/backend/app/generators/phases/film_interaction.py",
      commit: "b943185fae20853609fe41d433c73874a251d587",
    }),
    note: "ai-app-lab's cartoon companion persona, a child's question about the story",
    body: body([sys(P.ARK_FILM), usr("刘老师，小狐狸为什么最后把灯笼送给了刺猬呀？")]),
  },
  {
    task: "pasted-summary",
    source: at("microsoft/agent-framework", {
      path: "python/samples/01-get-started/03_multi_turn.py",
      commit: "5eb3eb745e16324ac7bffb1dbe006d8f13c8d993",
    }),
    note: "a sample agent's instructions, the user asks for a summary of their own notes (English)",
    body: body([
      sys("You are a friendly assistant. Keep your answers brief."),
      usr(
        "Summarise my notes from the committee meeting in three bullet points:\n\nWe agreed to buy two new " +
          "ergometers before March. Tom will ask the council about the boathouse lease. The spring regatta " +
          "moves to the second Saturday because of the tide tables. Juniors pay half the fee this season.",
      ),
    ]),
  },
  {
    task: "pasted-summary",
    note: "a user asks for a summary of their own text (Spanish), no system prompt",
    body: body([
      usr(
        "¿Me resumís este texto en dos oraciones para el grupo de padres? La feria del colegio será el sábado 12 " +
          "de 10 a 17 h. Cada curso arma un puesto y lo recaudado va a la biblioteca. Necesitamos voluntarios " +
          "para montar las mesas a las 8.",
      ),
    ]),
  },
  {
    task: "pasted-title",
    note: "a user asks for a title for their own newsletter text (Japanese), inside a conversation",
    body: body([
      ...toMessages(JA.turns),
      usr(
        "ところで、町内会だよりの記事を書きました。タイトルを3つ考えてください：\n\n今年の夏祭りは8月3日に" +
          "開催します。子ども神輿の担ぎ手を募集しています。",
      ),
    ]),
  },
  {
    task: "conversation-question",
    note: "a user inside the conversation asks which follow-up questions they should ask someone (Czech)",
    body: body([...toMessages(CS.turns), usr("Jaké otázky bych měl položit obkladači, než ho najmu?")]),
  },
  {
    task: "pasted-summary",
    note:
      "a Chinese user asks for a summary of their own meeting minutes, under a plain assistant instruction",
    body: body([
      sys("You are a helpful assistant."),
      usr("帮我把这段会议记录总结成三条要点：下周一上线新版本；测试环境周五冻结；客服培训由小王负责。"),
    ]),
  },
];

export function buildBlind52Negatives(): Negative[] {
  return ITEMS;
}
