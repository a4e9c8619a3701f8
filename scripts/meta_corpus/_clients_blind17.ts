/**
 * The second half of blind round 17's templates: Morphic, MaiBot, Quivr, AIaW, R2R, Open Notebook and
 * the openEuler Copilot (see `_blind17.ts`).
 */
import type { Conversation, Turn } from "./_conversations.ts";
import { MODEL, type Source, sys, type Template, toMessages, usr } from "./_types.ts";
import * as P from "./_prompts_blind17.ts";

export type TurnLabel = (role: Turn["role"]) => string;
export const at = (repo: string, { path, commit }: { path: string; commit: string }): Source => ({
  repo,
  path,
  commit,
});
export const lastOf = (c: Conversation, role: Turn["role"]) =>
  c.turns.filter((t) => t.role === role).at(-1)?.content ?? "";
/** markupsafe's escape, which the openEuler Copilot's autoescaping Jinja environment applies to every value. */
const escapeHtml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/'/g, "&#39;").replace(
    /"/g,
    "&#34;",
  );
/** AIaW's liquid loop over the dialog contents (`{%-` strips the whitespace before each tag). */
function aiawTitle(c: Conversation): string {
  const start = P.AIAW_TITLE.indexOf("\n    {%- for");
  const endTag = "{%- endfor %}";
  const end = P.AIAW_TITLE.indexOf(endTag) + endTag.length;
  const items = c.turns.map((t) => {
    const tag = t.role === "user" ? "user_message" : "assistant_message";
    return `\n    <${tag}>\n      ${t.content}\n    </${tag}>`;
  }).join("");
  return P.AIAW_TITLE.slice(0, start) + items + P.AIAW_TITLE.slice(end);
}
/** MaiBot's build_anonymous_messages: the bot is "SELF", the other speaker "A"; a final 。 is dropped. */
const maiBotChat = (c: Conversation) =>
  c.turns.map((t) => `${t.role === "user" ? "A" : "SELF"}说 ${t.content.trim().replace(/。$/, "")}\n`).join(
    "",
  )
    .trim();
/** Go's fmt.Sprintf for the verbs casibase passes in order. */
export const sprintf = (format: string, ...args: Array<string | number>) =>
  args.reduce<string>((text, arg) => text.replace(/%[ds]/, String(arg)), format);
/** langchain_core's PydanticOutputParser format instructions for Open Notebook's Strategy model (reconstructed). */
const STRATEGY_FORMAT =
  'The output should be formatted as a JSON instance that conforms to the JSON schema below.\n\nAs an example, for the schema {"properties": {"foo": {"title": "Foo", "description": "a list of strings", "type": "array", "items": {"type": "string"}}}, "required": ["foo"]}\nthe object {"foo": ["bar", "baz"]} is a well-formatted instance of the schema. The object {"properties": {"foo": ["bar", "baz"]}} is not well-formatted.\n\nHere is the output schema:\n```\n{"$defs": {"Search": {"properties": {"term": {"title": "Term", "type": "string"}, "instructions": {"description": "Tell the answeting LLM what information you need extracted from this search", "title": "Instructions", "type": "string"}}, "required": ["term", "instructions"], "title": "Search", "type": "object"}}, "properties": {"reasoning": {"title": "Reasoning", "type": "string"}, "searches": {"description": "You can add up to five searches to this strategy", "items": {"$ref": "#/$defs/Search"}, "title": "Searches", "type": "array"}}, "required": ["reasoning"]}\n```';

export const BLIND_17_MORE: Template[] = [
  {
    client: "Morphic",
    task: "follow-ups",
    source: at("miurla/morphic", {
      path: "lib/agents/query-suggestor.tsx",
      commit: "3cfd0e9cb52a2be6829cb8a24eb4a5d044a0918c",
    }),
    paraphrased: true,
    note:
      "streamObject with relatedSchema; the last message (the answer) is resent with role user; the AI SDK's JSON-mode wrapping is not modelled",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.MORPHIC_RELATED), usr(lastOf(c, "assistant"))],
      stream: true,
    }),
  },
  {
    client: "MaiBot",
    task: "memory",
    source: at("MaiM-with-u/MaiBot", {
      path: "src/chat/express/expression_learner.py",
      commit: "f6e33d80ccc6579bc774dfa66e2f04e695524493",
    }),
    note:
      "learn_style_prompt over build_anonymous_messages (chat_message_builder.py), one prompt at temperature 0.3",
    build: (c) => ({
      model: MODEL,
      messages: [usr(P.MAIBOT_STYLE.replace("{chat_str}", maiBotChat(c)))],
      temperature: 0.3,
    }),
  },
  {
    client: "Quivr",
    task: "query-rewrite",
    source: at("QuivrHQ/quivr", {
      path: "core/quivr_core/rag/prompts.py",
      commit: "947a785415c6c35ab2ae8157222b4720b0710b4d",
    }),
    note: "CONDENSE_TASK_PROMPT: system, the chat history, then 'User task: … Standalone task:'",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(P.QUIVR_CONDENSE_SYSTEM),
        ...toMessages(c.turns),
        usr(`User task: ${c.followUp}\n Standalone task:`),
      ],
    }),
  },
  {
    client: "Quivr",
    task: "query-rewrite",
    source: at("QuivrHQ/quivr", {
      path: "core/quivr_core/rag/prompts.py",
      commit: "947a785415c6c35ab2ae8157222b4720b0710b4d",
    }),
    note: "SPLIT_PROMPT (split and rephrase into standalone tasks); structured output not modelled",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.QUIVR_SPLIT_SYSTEM), ...toMessages(c.turns), usr(`User input: ${c.followUp}`)],
    }),
  },
  {
    client: "AIaW",
    task: "title",
    source: at("NitroRCr/AIaW", {
      path: "src/utils/templates.ts",
      commit: "054b9f5fec4cd5e05f4bf2c5f8d95e2f4bafdb85",
    }),
    note:
      "GenDialogTitle rendered by liquidjs (DialogView.vue genTitle) and sent by generateText as one prompt",
    build: (c) => ({ model: MODEL, messages: [usr(aiawTitle(c))] }),
  },
  {
    client: "R2R",
    task: "query-rewrite",
    source: at("SciPhi-AI/R2R", {
      path: "py/core/main/services/retrieval_service.py",
      commit: "9c5a94d151f90876bd7eb860f300a8fd662dc481",
    }),
    note:
      "RAG-fusion sub-queries: a system message only, fast_llm, max_tokens 128, temperature 0.8, no stream",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.R2R_SIMILAR.replace("{query}", c.followUp).replace("{num_sub_queries}", "2"))],
      stream: false,
      max_tokens: 128,
      temperature: 0.8,
    }),
  },
  {
    client: "Open Notebook",
    task: "query-rewrite",
    source: at("lfnovo/open-notebook", {
      path: "prompts/ask/entry.jinja",
      commit: "206d77cab366d48f057ff5cce3141bc66732851a",
    }),
    paraphrased: true,
    note:
      "Ask graph (open_notebook/graphs/ask.py): search strategy for the question; the parser's format instructions are reconstructed; JSON mode, max_tokens 2000",
    build: (c) => ({
      model: MODEL,
      messages: [
        usr(
          P.ON_ENTRY.replace("{{format_instructions}}", STRATEGY_FORMAT).replace(
            "{{question}}",
            lastOf(c, "user"),
          )
            .replace(/\n$/, ""),
        ),
      ],
      max_tokens: 2000,
      response_format: { type: "json_object" },
    }),
  },
  {
    client: "openEuler Copilot",
    task: "follow-ups",
    source: at("HongyuS/euler-copilot-framework", {
      path: "apps/scheduler/call/suggest/suggest.py",
      commit: "e70952f141fdd5fe7cdc07f96ca5d9b17296786d",
    }),
    note:
      "SUGGEST_PROMPT (prompt.py) with the last question and answer, no history questions or user domain; the flow is app data",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys("You are a helpful assistant."),
        usr(
          P.EULER_SUGGEST.replace("@@USER@@", escapeHtml(lastOf(c, "user")))
            .replace("@@ASSISTANT@@", escapeHtml(lastOf(c, "assistant")))
            .replace("@@TOOLNAME@@", "qa-default")
            .replace("@@TOOLDESC@@", escapeHtml("{'name': '智能问答', 'description': '回答用户的问题'}")),
        ),
      ],
    }),
  },
];
