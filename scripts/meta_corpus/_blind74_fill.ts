/**
 * Blind round 74: where each client was read (repository and commit), and the small formatting steps the clients
 * apply to a conversation before it goes into their templates (labels, tags, `{{name}}` placeholders).
 */
import type { Conversation, Turn } from "./_conversations.ts";
import type { Source } from "./_types.ts";

/** The commit read for each repository of the round. */
const COMMITS: Record<string, string> = {
  "brainlid/langchain": "761399398365bc60e2ec4a7b563e3106b7a74b5d",
  "masteryyh/agenty": "95d977728abefda38004b434387cccde477773bd",
  "usagi3067/dango-ai-code-mother": "ce01918c2614e3fd501866d102f2f1ba4d11bd08",
  "nashtech-garage/ntg-jvm-agent": "9b88846329a7d094ec9d8725132fcb42cdcdd0cd",
  "samredway/RecaLLM": "d6b6a15e545b3af3129c5c44566bd122b9805f4d",
  "Ahod26/Ai.NetTrack": "b94a1169d71b09dbfe1c6db3ae231776e1e2c306",
  "cognesy/instructor-php": "05e240cdd3349ee0b4fc7c7554e53a0c5c188a34",
  "aoebiu/ai-talk": "7c4609e1645f040f9def7b523c22661e492fb1ca",
  "bosun-ai/kwaak": "2f397309c217b1c425cec81152e2be86e3f255c7",
  "HieuDevs/ai-agent": "3a2d88d6321040c732c1320a1be3d51b3c3cfdf3",
  "ModelEngine-Group/app-platform": "dd242b21cb136c871b1658b9594616a29a2f8246",
  "igorcafe/euperturbot": "91329e8b653779d0c5d52b59210f0bc5fd5aaa8b",
  "techwright-lab/admin_suite": "826a23645af7b3aefc8a8d8bcd62623c17a2a2cf",
};

/** `owner/repo path@commit` of one file of the round. */
export function at(repo: string, path: string): Source {
  const commit = COMMITS[repo];
  if (!commit) throw new Error(`no commit recorded for ${repo}`);
  return { repo, path, commit };
}

/** Puts each value where its `{{name}}` (or `{name}`) placeholder stands (split/join: values may hold `$`). */
export function fill(template: string, values: Record<string, string>): string {
  return Object.entries(values).reduce((text, [name, value]) => text.split(name).join(value), template);
}

/** Turns as `<label><sep>text` entries joined by `join`, with the client's own labels. */
export function labelled(
  turns: Turn[],
  { user, assistant, join = "\n", sep = ": ", tail = "" }: {
    user: string;
    assistant: string;
    join?: string;
    sep?: string;
    tail?: string;
  },
): string {
  return turns.map((turn) => `${turn.role === "user" ? user : assistant}${sep}${turn.content}${tail}`).join(
    join,
  );
}

/** brainlid/langchain `SummarizeConversationChain.for_summary_text/1`: `<user>…</user>` and `<AI>…</AI>` lines. */
export function elixirSummaryText(turns: Turn[]): string {
  return turns.map((turn) => {
    const tag = turn.role === "user" ? "user" : "AI";
    return `<${tag}>${turn.content}</${tag}>`;
  }).join("\n");
}

/** The last user turn of the stored conversation. */
export function lastUser(c: Conversation): string {
  return [...c.turns].reverse().find((turn) => turn.role === "user")?.content ?? "";
}

/** The last assistant turn of the stored conversation. */
export function lastAssistant(c: Conversation): string {
  return [...c.turns].reverse().find((turn) => turn.role === "assistant")?.content ?? "";
}

/** Question/answer rounds as `Q: …` / `A: …` lines (the history layout of app-platform's rewrite examples). */
export function qaRounds(turns: Turn[]): string {
  return turns.map((turn) => `${turn.role === "user" ? "Q" : "A"}: ${turn.content}`).join("\n");
}
