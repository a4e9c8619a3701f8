/**
 * Blind round 71: where each client was read (repository and commit), and the small formatting steps the clients
 * apply to a conversation before it goes into their templates (labels, clipping, `@@NAME@@` placeholders).
 */
import type { Conversation, Turn } from "./_conversations.ts";
import type { Source } from "./_types.ts";

/** The commit read for each repository of the round. */
const COMMITS: Record<string, string> = {
  "danielmarek22/local_ai_assistant": "eb54e118c66d3dd4e43b89f0618949cc1672a178",
  "rajukr9824/SaathiAI": "5272c757a5dcc8a4a88efd2ea84ea5045464164f",
  "igoakulov/stemify": "4679165139304fd15461b82acae1c73ff08ca9d9",
  "lessabot/backend": "29f02a0c70e3e90fee24da64c5944ca873846d43",
  "rafa77-tech/whats-agents": "e8dea8910b5d80c1bcac3bc0e40bc03405e40e2a",
  "Skywang16/OrbitX": "7d5806e0ecc6bbba6d9051f7a153e5b57f81d586",
  "blessanm86/agent-patterns-ts": "d6e94a20903811ae0c9a17c5ef04ab93678f0478",
  "IndigoNakamoto/Litecoin-Knowledge-Hub": "afa140972780e980ac8613b7e22bfbf59280a313",
  "Dishank-Sen/BioJourney.ai": "e67fc57b372995d05e5428267af7b1ae16882c36",
  "A-rgonaut/LM-32_HrR_Hotel-receptionist_Robot": "48076dff3eb58bf02fc0cec40235682289e2ccde",
  "laynepenney/codi": "4b4e662228b5fec1dcce89f252e45cd47c659da7",
  "hasna/oldpal": "d927393315bad613885026e75d27aa0d4006a325",
  "changzhiho/mini-chatgpt": "a73713ffc51343d560c2b94de4ed26675ceb1eae",
  "yeohj0710/wellnessbox": "7054d76670870bc31130006a84df3fa10aa46c78",
};

/** `owner/repo path@commit` of one file of the round. */
export function at(repo: string, path: string): Source {
  const commit = COMMITS[repo];
  if (!commit) throw new Error(`no commit recorded for ${repo}`);
  return { repo, path, commit };
}

/** Puts each value where its `@@NAME@@` placeholder stands (split/join: values may hold `$`). */
export function fill(template: string, values: Record<string, string>): string {
  return Object.entries(values).reduce(
    (text, [name, value]) => text.split(`@@${name}@@`).join(value),
    template,
  );
}

/** Turns as `<label><separator>text` lines with the client's own labels. */
export function labelled(
  turns: Turn[],
  { user, assistant, join = "\n", sep = ": " }: {
    user: string;
    assistant: string;
    join?: string;
    sep?: string;
  },
): string {
  return turns.map((turn) => `${turn.role === "user" ? user : assistant}${sep}${turn.content}`).join(join);
}

/** The user's turns so far plus the next question, as a client that stores the new message first sees them. */
export function withFollowUp(c: Conversation): Turn[] {
  return [...c.turns, { role: "user", content: c.followUp }];
}

/** The last user turn of the stored conversation. */
export function lastUser(c: Conversation): string {
  return [...c.turns].reverse().find((turn) => turn.role === "user")?.content ?? "";
}

/** The last assistant turn of the stored conversation. */
export function lastAssistant(c: Conversation): string {
  return [...c.turns].reverse().find((turn) => turn.role === "assistant")?.content ?? "";
}

/** Litecoin-Knowledge-Hub's (human, ai) pairs, as `rewriter.py` `_build_prompt` formats the last three. */
export function litecoinHistory(turns: Turn[]): string {
  const pairs: Array<[string, string]> = [];
  for (let i = 0; i < turns.length; i += 2) {
    pairs.push([turns[i]?.content ?? "", turns[i + 1]?.content ?? ""]);
  }
  return pairs.slice(-3).map(([human, ai]) => {
    const shortAi = ai.length > 500 ? `${ai.slice(0, 500)}...` : ai;
    return `${human ? `User: ${human}\n` : ""}${ai ? `Assistant: ${shortAi}\n` : ""}`;
  }).join("");
}

/** wellnessbox `prompt-helpers.ts` `clipPromptText`: whitespace collapsed, cut with an ellipsis. */
export function clip(text: string, max: number): string {
  const cleaned = text.replace(/\s+/g, " ").trim();
  return cleaned.length <= max ? cleaned : `${cleaned.slice(0, max - 1)}…`;
}
