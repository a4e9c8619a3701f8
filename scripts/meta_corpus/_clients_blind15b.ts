/**
 * Blind round 15, second part: HuixiangDou's WeChat/Feishu group-assistant steps (intent, coreference rewrite,
 * search keywords, answer check), llumen's Traditional Chinese title, a QQ group summary bot and Zammad's ticket
 * summary.
 */
import type { Conversation } from "./_conversations.ts";
import { firstExchange, MODEL, sys, type Template, toMessages, usr } from "./_types.ts";
import * as P from "./_prompts_blind15b.ts";

const at = (repo: string, { path, commit }: { path: string; commit: string }) => ({ repo, path, commit });
const HUIXIANGDOU = {
  path: "huixiangdou/service/prompt.py",
  commit: "a5d7f7eea4fa5204e4e15e69f30ecb9f217e16ed",
};
const NICK = { user: "小林", assistant: "阿杰" };
const GROUP: Record<string, string> = { Japanese: "京都旅行", French: "租房互助", Portuguese: "阳台种菜" };

/** Python `repr` of a str, as `str(list_of_dicts)` writes it. */
function pyRepr(text: string): string {
  const quote = text.includes("'") && !text.includes('"') ? '"' : "'";
  const body = text.replace(/\\/g, "\\\\").replace(/\n/g, "\\n").replace(/\r/g, "\\r").replace(/\t/g, "\\t");
  return quote + (quote === "'" ? body.replace(/'/g, "\\'") : body) + quote;
}
/** `json.dumps(talks, ensure_ascii=False)` with Python's default `, ` and `: ` separators. */
const pyJson = (talks: Array<{ sender: string; content: string }>) =>
  `[${
    talks.map((t) => `{"sender": ${JSON.stringify(t.sender)}, "content": ${JSON.stringify(t.content)}}`).join(
      ", ",
    )
  }]`;
/** PreprocNode renames senders to A, B, ... before the coreference prompt. */
const groupTalks = (c: Conversation) =>
  pyJson(c.turns.map((t) => ({ sender: t.role === "user" ? "A" : "B", content: t.content })));

export const BLIND_15_GROUPS: Template[] = [
  {
    client: "HuixiangDou",
    task: "classification",
    source: at("InternLM/HuixiangDou", HUIXIANGDOU),
    paraphrased: true,
    note:
      "serial_pipeline.py PreprocNode: INTENTION_TEMPLATE_CN with the group message, sent through ChatClient.generate_response as one user message (wire form reconstructed)",
    build: (c) => ({ model: MODEL, messages: [usr(P.HXD_INTENTION(c.followUp))] }),
  },
  {
    client: "HuixiangDou",
    task: "query-rewrite",
    source: at("InternLM/HuixiangDou", HUIXIANGDOU),
    paraphrased: true,
    note: "PreprocNode: CR_CN with the group history as json.dumps [{sender, content}] and the new message",
    build: (c) => ({ model: MODEL, messages: [usr(P.HXD_CR(groupTalks(c), c.followUp))] }),
  },
  {
    client: "HuixiangDou",
    task: "query-rewrite",
    source: at("InternLM/HuixiangDou", HUIXIANGDOU),
    paraphrased: true,
    note: "WebSearchNode: KEYWORDS_TEMPLATE_CN with the group name and the question",
    build: (c) => ({
      model: MODEL,
      messages: [usr(P.HXD_KEYWORDS(GROUP[c.language] ?? "家电维修", c.followUp))],
    }),
  },
  {
    client: "HuixiangDou",
    task: "classification",
    source: at("InternLM/HuixiangDou", HUIXIANGDOU),
    paraphrased: true,
    note: "SecurityNode: PERPLESITY_TEMPLATE_CN scores whether the bot's own answer says it does not know",
    build: (c) => {
      const { question, answer } = firstExchange(c);
      return { model: MODEL, messages: [usr(P.HXD_PERPLEXITY(question, answer))] };
    },
  },
  {
    client: "llumen",
    task: "title",
    source: at("pinkfuwa/llumen", {
      path: "prompts/title_generation.j2",
      commit: "abc6c39f9a2e0a4f04b66b60060416e6bf14123c",
    }),
    note:
      "backend context.rs generate_title: the rendered template as system, then the chat's messages (user cut to 500, assistant to 1000 characters) ending on the new answer; not streamed",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(P.LLUMEN_TITLE_ZH_TW),
        ...toMessages(
          c.turns.map((t) => ({
            ...t,
            content: [...t.content].slice(0, t.role === "user" ? 500 : 1000).join(""),
          })),
        ),
      ],
      stream: false,
    }),
  },
  {
    client: "nonebot_plugin_summary_group",
    task: "summary",
    source: at("StillMisty/nonebot_plugin_summary_group", {
      path: "nonebot_plugin_summary_group/utils.py",
      commit: "01060c964399118dbe036cb5f1c01d9fae070460",
    }),
    note:
      "Model.py OpenAI.summary_history: the prompt as system, str(messages) (a Python list of {nickname: text}) as user",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(P.NONEBOT_GROUP_SUMMARY),
        usr(`[${c.turns.map((t) => `{${pyRepr(NICK[t.role])}: ${pyRepr(t.content)}}`).join(", ")}]`),
      ],
    }),
  },
  {
    client: "Zammad",
    task: "summary",
    source: at("zammad/zammad", {
      path: "app/services/service/ai/feature/prompts/system/ticket_summarize.txt.erb",
      commit: "d1fdad97e57c296123dd874147b183218fc0c903",
    }),
    paraphrased: true,
    note:
      "ERB rendered for en-us with the default config; the user prompt's article fields (sender type, time, visibility) reconstructed; temperature 0.1",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(P.ZAMMAD_SUMMARY("2025-11-14")),
        usr(
          `<title>${[...firstExchange(c).question].slice(0, 40).join("")}</title>\n${
            c.turns.map((t, i) =>
              P.ZAMMAD_ARTICLE({
                senderType: t.role === "user" ? "Customer" : "Agent",
                senderName: t.role === "user" ? "Marta Alves" : "Kenji Sato",
                createdAt: `2025-11-14 09:${String(10 + i * 7)}:00 UTC`,
                visibility: "public",
                text: t.content,
              })
            ).join("")
          }`,
        ),
      ],
      temperature: 0.1,
    }),
  },
];
