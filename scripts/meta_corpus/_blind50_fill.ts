/**
 * Blind round 50: how the round's clients lay a conversation out before they send it (transcript shapes and the
 * placeholder filling their template engines do), shared by `_blind50.ts` and `_negatives_blind50.ts`.
 */
import type { Conversation, Turn } from "./_conversations.ts";
import * as P from "./_prompts_blind50.ts";

/** Replaces each placeholder exactly as the source writes it (`${x}`, `{x}`, `{{ x }}`) with its value. */
export function fill(template: string, values: Record<string, string>): string {
  return Object.entries(values).reduce((text, [key, value]) => text.replaceAll(key, value), template);
}

export const lastUser = (c: Conversation): string =>
  [...c.turns].reverse().find((t) => t.role === "user")?.content ?? "";
export const lastAssistant = (c: Conversation): string =>
  [...c.turns].reverse().find((t) => t.role === "assistant")?.content ?? "";

/** LangChain get_buffer_string with the prefixes a client passes (`[User]: text` lines). */
export const bufferString = (turns: Turn[], { human, ai }: { human: string; ai: string }): string =>
  turns.map((t) => `${t.role === "user" ? human : ai}: ${t.content}`).join("\n");

/** How the Gemini-wire clients are written here. */
export const GEMINI_WIRE =
  "the wire is Google Gemini generateContent (systemInstruction + contents), written here as chat messages";

/** The session clock the round pretends: the measurement day, mid-morning. */
export const NOW = { date: "2026-12-07", time: "2026-12-07 10:24" };

/** Python str.split() word count, as the PROMOS router prints it. */
export const pyWordCount = (text: string): number => text.split(/\s+/).filter(Boolean).length;

/** PROMOS select_route prompt with the f-string expressions evaluated. */
export function promosRouter(userInput: string): string {
  return fill(P.PR_ROUTER, {
    "{len(user_input.split())}": String(pyWordCount(userInput)),
    "{chr(10).join(sorted(route_descriptions))}": P.PR_ROUTES.join("\n"),
    "{user_input}": userInput,
  });
}

/** LinXiaoLu's group-chat stream lines: `time [nickname]-[role]-[qq]: text`, the bot's own lines under its name. */
export function groupChatLines(c: Conversation): string {
  return c.turns.map((t, i) => {
    const time = `2026-12-07 10:${String(10 + i * 2).padStart(2, "0")}:05`;
    return t.role === "user"
      ? `${time} [阿哲]-[群成员]-[284913377]: ${t.content}`
      : `${time} [小鹿]-[群成员]-[100245]: ${t.content}`;
  }).join("\n");
}

/** The operator's persona (setup.setting in the bot's config, not in the repository): written for these cases. */
export const LX_PERSONA = "你是小鹿，一个常在QQ群里聊天的普通群友，说话随和、口语化，不会自称AI。";

/** attendance-bot's api_session values: the previous exchange, today, and no time range or topic recognised yet. */
export function attendanceSession(c: Conversation): Record<string, string> {
  return {
    "{{ api_session.data.current_time }}": "2026-12-07",
    "{{ api_session.data.time_query_str }}": "",
    "{{ api_session.data.topic }}": "",
    "{{ api_session.data.prev_question }}": lastUser(c),
    "{{ api_session.data.prev_answer }}": lastAssistant(c),
  };
}

/** kelgel main_agent: the last six history messages (the new input already appended) as `role: content` lines. */
export function kelgelHistory(c: Conversation): string {
  const history = [...c.turns, { role: "user" as const, content: c.followUp }].slice(-6);
  return history.map((m) => `${m.role}: ${m.content}\n`).join("");
}

/** aimolt's emotion user prompt for a fresh user: VAD at the neutral 50 and no context passed. */
export function aimoltEmotionUser(message: string): string {
  return fill(P.AM_EMOTION_USER, {
    "${currentVAD.valence}": "50",
    "${currentVAD.arousal}": "50",
    "${currentVAD.dominance}": "50",
    "${message}": message,
    "${context ? `# 会話の文脈\\n${context}` : ''}": "",
  });
}

/** aimolt's Bluesky step 1: recent exchanges as `User:` / `Mol:` pairs joined by `---`, no journal transcripts. */
export function aimoltAbstraction(c: Conversation): string {
  const pairs: string[] = [];
  for (let i = 0; i + 1 < c.turns.length; i += 2) {
    pairs.push(`User: ${c.turns[i]?.content}\nMol: ${c.turns[i + 1]?.content}`);
  }
  return fill(P.AM_ABSTRACT_USER, { "${rawConversations}": pairs.join("\n---\n"), "${rawTranscripts}": "" });
}

/** aimolt's impression analysis for the chat path: the message and the ConversationAnalysis it stringifies. */
export function aimoltImpression(message: string): string {
  const analysis = JSON.stringify({ user_id: "418027365921", user_message: message });
  return fill(P.AM_IMPRESSION, {
    "${relationship.impression_summary || 'まだ情報なし'}": "まだ情報なし",
    "${relationship.mentor_focus || 'なし'}": "なし",
    "${inputType}": "chat",
    "${content}": `User: ${message}\nAnalysis: ${analysis}`,
  });
}
