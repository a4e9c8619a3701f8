/**
 * Blind round 88: how each client renders a conversation into its prompt (names, line forms, JSON payloads), and
 * BuddyGenAI's TypeScript prompt builders copied from parsehex/BuddyGenAI src/lib/prompt@cd71f17bbe2b12d89d14692aeba8cc6595b0b49a.
 */
import type { Conversation } from "./_conversations.ts";
import * as P from "./_prompts_blind88.ts";

const USER = "Lea";
const OTHER = "Tomo";
const name = (role: string) => role === "user" ? USER : OTHER;

/** Python's json.dumps(obj, ensure_ascii=False) separators (", " and ": ") for flat objects of strings and lists. */
export function pyDumps(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(pyDumps).join(", ")}]`;
  if (value && typeof value === "object") {
    return `{${Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}: ${pyDumps(v)}`).join(", ")}}`;
  }
  return JSON.stringify(value);
}

/** dudynets/Telegram-Summarize-Bot get_chat_history: [{sender, message}] dumped with indent=4. */
export const senderJson = (c: Conversation) =>
  JSON.stringify(c.turns.map((t) => ({ sender: name(t.role), message: t.content })), null, 4);

/** vijay-kshitij/personality-engine user_messages.txt: each user message in curly quotes, blank-line separated. */
export const quotedUserLines = (c: Conversation) =>
  c.turns.filter((t) => t.role === "user").map((t) => `\u201c${t.content}\u201d`).join("\n\n");

/** limolin234/QQbot message_observe.load_recent_context_messages: `[ts] sender: text`. */
const qqHistory = (c: Conversation) =>
  c.turns.map((t, i) => `[2026-05-10 20:0${i}:14] ${name(t.role)}: ${t.content}`);

/** limolin234/QQbot auto_reply decide_node `llm_input`, in the dict's key order. */
export const qqInput = (c: Conversation, { current }: { current: string }) =>
  pyDumps({
    chat_type: "group",
    group_id: "114514",
    user_id: "10001",
    user_name: USER,
    ts: "2026-05-10 20:15:03",
    raw_message: current,
    cleaned_message: current,
    history_messages: qqHistory(c),
  });

/** limolin234/QQbot summary.py map step: one chunk of one group, lines `group|user:[HH:MM] message`. */
export function qqSummaryUser(c: Conversation): string {
  const ids: Record<string, string> = { [USER]: "10001", [OTHER]: "10002" };
  const lines = c.turns.map((t, i) => `114514|${name(t.role)}:[20:0${i}] ${t.content}`);
  const details = [USER, OTHER].map((n) =>
    `- chat=group, group=114514, user=${ids[n]}, name=${n}, lines=${
      c.turns.filter((t) => name(t.role) === n).length
    }`
  );
  return P.fill(P.QQ_SUMMARY_USER, {
    chunk_index: "0",
    source_count: "2",
    sources: "group|114514|10001, group|114514|10002",
    source_details: details.join("\n"),
    unique_lines: String(lines.length),
    payload_text: lines.join("\n"),
  });
}

const BUDDY = "Juniper";
const BUDDY_USER = "Sam";
/** src/lib/prompt/buddy.ts fromPersonaDescription(userName, aiName, null). */
export const BUDDY_PERSONA =
  `The following is a chat between user named ${BUDDY_USER} and assistant enthusiastically playing the role of ${BUDDY}. ${BUDDY} doesn't refer to themselves as an AI or an Assistant.`;

/** src/lib/prompt/chat.ts titleFromMessages(msg1 = persona system message, msg2, msg3). */
export function buddyTitle(c: Conversation): string {
  const [m2, m3] = c.turns;
  return `Your task is to write a title in 5 words or less for the following chat. When in doubt, write a generic title.\n\nContext: ${BUDDY_PERSONA}\n\n${m2?.role}: ${m2?.content}\n\n${m3?.role}: ${m3?.content}`;
}

/** src/lib/prompt/img/chat.ts shouldSendImg(userName, aiName). */
export const buddySendImage = () =>
  `The following is a chat between ${BUDDY_USER} and ${BUDDY}. Based on the context of the chat, Assistant's task is to determine whether or not ${BUDDY} sent or intended to send an image to ${BUDDY_USER}.

Respond with a valid JSON object containing the keys "reasoning" with brief contextual reasoning, a "description" with the description of the image, and "do_send" with a boolean answering whether or not to send the image.\nRespond immediately without further prose.`;

/** src/lib/prompt/img/chat.ts imgDescriptionFromChat(userName, aiName, gender + ", " + profile_pic_prompt). */
export function buddyImageDescription(): string {
  const appearance = "female, long black hair, green eyes, denim jacket";
  let prompt =
    `The following is a chat between ${BUDDY_USER} and ${BUDDY}. Given the most recent message and the surrounding context, the assistant's task is to write the description of a single image involving ${BUDDY} to send to ${BUDDY_USER}.`;
  prompt += `\nDescription of ${BUDDY} (retain these details):\n${appearance}`;
  return prompt.trim() +
    `\n\nRespond with a valid JSON object containing a "description" key with a description of the image. Respond without further prose.`;
}

/** vkg26/hackathon_cred ConversationContext.get_context_prompt(). */
export function credContext(c: Conversation): string {
  let prompt = "";
  for (let i = 0; i + 1 < c.turns.length; i += 2) {
    prompt += `User: ${c.turns[i]?.content}\nAssistant: ${c.turns[i + 1]?.content}\n`;
  }
  return prompt.trim();
}

/** AkshitIreddy/Interactive-LLM-Powered-NPCs conversation.json rendered as `sender: message\n`. */
export const npcLines = (c: Conversation) =>
  c.turns.map((t) => `${t.role === "user" ? USER : "Jackie Welles"}: ${t.content}\n`).join("");

export const OC_SYSTEM =
  "You are an expert text summarization assistant. You respond only with what the user requests - nothing more, nothing less.";
const ocBatch = (c: Conversation) =>
  c.turns.map((t) => `[${t.role === "user" ? "Anon" : "Wren"}]: ${t.content}`).join("\n\n");
export const ocPlainSummary = (c: Conversation) => `${P.OC_PLAIN_HEAD}${ocBatch(c)}${P.OC_PLAIN_TAIL}`;
export const ocLearnings = (c: Conversation) => `${P.OC_V1_HEAD}${ocBatch(c)}${P.OC_V1_TAIL}`;

/** bolna-ai/bolna bolna/helpers/utils.py format_messages(). */
export const bolnaTranscript = (c: Conversation) => c.turns.map((t) => `${t.role}: ${t.content}\n`).join("");

/** livekit/agents chat_context.py to_xml(role, content) per message, joined by newlines. */
export const livekitXml = (c: Conversation) =>
  c.turns.map((t) => `<${t.role}>\n${t.content.trim()}\n</${t.role}>`).join("\n").trim();
