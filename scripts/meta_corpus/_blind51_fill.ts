/**
 * Blind round 51: how its developer-tool clients lay out a conversation before they put it into a template (each
 * function follows the client's own formatter), and the SQL context the text-to-SQL clients send beside it.
 */
import type { Conversation, Turn } from "./_conversations.ts";

/** The SQL, result table, schema and matched schema words a text-to-SQL client holds for one of our sessions. */
export interface SqlFill {
  sql: string;
  table: string;
  ddl: string;
  mapped: string;
}

const ORDERS_DDL =
  "CREATE TABLE orders (id BIGINT PRIMARY KEY, customer_id BIGINT, total NUMERIC(10,2), created_at TIMESTAMPTZ)";

/** One fill per conversation locale of `_conversations_blind51.ts`. */
const SQL_FILLS: Record<string, SqlFill> = {
  "en-CA": {
    sql:
      "SELECT id, total, created_at FROM orders WHERE customer_id = 4411 ORDER BY created_at DESC LIMIT 20",
    table:
      "|    |     id |   total | created_at          |\n|---:|-------:|--------:|:--------------------|\n|  0 | 918274 |   42.50 | 2026-11-30 18:02:11 |\n|  1 | 917730 |  118.00 | 2026-11-28 09:41:57 |",
    ddl: ORDERS_DDL,
    mapped: "'metrics:':[total],'dimensions:':[customer_id,created_at],'values:':[4411]",
  },
  "de-AT": {
    sql: "SELECT kunden_id, COUNT(*) AS anzahl FROM kunden GROUP BY kunden_id HAVING COUNT(*) > 1",
    table:
      "|    |   kunden_id |   anzahl |\n|---:|------------:|---------:|\n|  0 |        1031 |        2 |\n|  1 |        2207 |        3 |",
    ddl: "CREATE TABLE kunden (kunden_id INT, name VARCHAR(120), gueltig_ab DATE)",
    mapped: "'metrics:':[anzahl],'dimensions:':[kunden_id],'values:':[]",
  },
  "ja-JP": {
    sql: "SELECT datname, pg_size_pretty(pg_database_size(datname)) AS size FROM pg_database",
    table:
      "|    | datname   | size    |\n|---:|:----------|:--------|\n|  0 | postgres  | 7453 kB |\n|  1 | app       | 1204 MB |",
    ddl: "CREATE TABLE pg_database (datname NAME, datdba OID, encoding INT)",
    mapped: "'metrics:':[size],'dimensions:':[datname],'values:':[]",
  },
  "pt-BR": {
    sql: "SELECT status, COUNT(*) AS total FROM api_logs WHERE status >= 500 GROUP BY status",
    table:
      "|    |   status |   total |\n|---:|---------:|--------:|\n|  0 |      500 |     312 |\n|  1 |      503 |      41 |",
    ddl: "CREATE TABLE api_logs (id BIGINT, url TEXT, status INT, criado_em TIMESTAMP)",
    mapped: "'metrics:':[total],'dimensions:':[status],'values:':[500]",
  },
};

/** Replaces each placeholder key of `values` in `text` (clients' own placeholder syntax kept as the key). */
export const fill = (text: string, values: Record<string, string>) =>
  Object.entries(values).reduce((acc, [key, value]) => acc.replaceAll(key, value), text);

export const sqlFill = (c: Conversation): SqlFill => SQL_FILLS[c.locale] ?? SQL_FILLS["en-CA"]!;

export const userTurns = (c: Conversation): string[] =>
  c.turns.filter((t) => t.role === "user").map((t) => t.content);
export const lastQuestion = (c: Conversation): string => userTurns(c).at(-1) ?? "";

/** tmuxai `summarizeChatHistory`: `[User]: text` blocks, each followed by a blank line. */
export const tmuxLog = (turns: Turn[]): string =>
  turns.map((t) => `[${t.role === "user" ? "User" : "Assistant"}]: ${t.content}\n\n`).join("");

/** Chatbook `messagesToString`: "`Role`: `Content`" joined by a blank line. */
export const chatbookTranscript = (turns: Turn[]): string =>
  turns.map((t) => `${t.role === "user" ? "User" : "Assistant"}: ${t.content}`).join("\n\n");

/** DataAgent `MultiTurnContextManager.formatMessage`: "用户: " and "AI计划: " lines. */
export const dataAgentHistory = (turns: Turn[]): string =>
  turns.map((t) => `${t.role === "user" ? "用户: " : "AI计划: "}${t.content}`).join("\n");

/** nakaj_claude `read_transcript`: `ROLE: text` joined by a blank line. */
export const hookTranscript = (turns: Turn[]): string =>
  turns.map((t) => `${t.role.toUpperCase()}: ${t.content}`).join("\n\n");

/** Quadratic `toMarkdown(messages, 'chat_messages')` for text-only `{ role, content: [{ type, text }] }` messages. */
export const quadraticMarkdown = (turns: Turn[]): string =>
  (`# Chat Messages\n\n` +
    turns.map((t) => `Role: ${t.role}\nContent:\nType: text\nText: ${t.content}\n`).join("\n---\n\n") + "\n")
    .trim();

/** Spring AI `BeanOutputConverter.getFormat()` around the schema victools generates for a DTO (reconstructed). */
export function springFormat(properties: string): string {
  const schema =
    `{\n  "$schema" : "https://json-schema.org/draft/2020-12/schema",\n  "type" : "object",\n  "properties" : {\n${properties}\n  },\n  "additionalProperties" : false\n}`;
  return `Your response should be in JSON format.\nDo not include any explanations, only provide a RFC8259 compliant JSON response following this format without deviation.\nDo not include markdown code blocks in your response.\nRemove the \`\`\`json markdown from the output.\nHere is the JSON Schema instance your output must adhere to:\n\`\`\`${schema}\`\`\`\n`;
}

const prop = (
  name: string,
  { type, description, items = "" }: { type: string; description: string; items?: string },
) => `    "${name}" : {\n      "type" : "${type}",${items}\n      "description" : "${description}"\n    }`;

export const FORMAT_STANDALONE = springFormat(
  prop("standalone_query", { type: "string", description: "重写后的完整句子" }),
);
export const FORMAT_ENHANCE = springFormat(
  [
    prop("canonical_query", {
      type: "string",
      description: "对用户最终意图的单一、清晰的重写，包含绝对时间和解析后的业务术语",
    }),
    prop("expanded_queries", {
      type: "array",
      description: "基于完整信息的扩展问题表述",
      items: '\n      "items" : {\n        "type" : "string"\n      },',
    }),
  ].join(",\n"),
);
export const FORMAT_INTENT = springFormat(
  [
    prop("classification", {
      type: "string",
      description: "意图分类结果，值为：《闲聊或无关指令》或《可能的数据分析请求》",
    }),
    prop("response", {
      type: "string",
      description: "当分类为《闲聊或无关指令》时，直接返回给用户的简短友好答复；数据分析请求返回空字符串",
    }),
  ].join(",\n"),
);

/** Spring AI's StringTemplate rendering: `{name}` replaced, `\{` and `\}` unescaped. */
export function renderSt(template: string, values: Record<string, string>): string {
  return template.replace(
    /\\([{}])|\{(\w+)\}/g,
    (_m, escaped: string, name: string) => escaped ?? values[name] ?? `{${name}}`,
  );
}
