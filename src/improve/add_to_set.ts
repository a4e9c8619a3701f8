import type { JudgedMisroute } from "../review/run_judge.ts";
import { toConversationKey } from "../routing/render_prompt.ts";
import { parseEvalSet } from "../eval/run_eval.ts";

/**
 * Appends the judged misroutes to a labelled JSONL set with the judge's label, so the next eval guards
 * against the same mistake; requests the set already holds (same conversation) are skipped. Returns how
 * many were added.
 */
export async function addToSet(path: string, misroutes: readonly JudgedMisroute[]): Promise<number> {
  const existing = await Deno.readTextFile(path).catch((error) => {
    if (error instanceof Deno.errors.NotFound) return "";
    throw error;
  });
  const known = new Set(parseEvalSet(existing, path).map((c) => toConversationKey(c.messages)));
  const lines: string[] = [];
  for (const misroute of misroutes) {
    const key = toConversationKey(misroute.messages);
    if (known.has(key)) continue;
    known.add(key);
    lines.push(
      JSON.stringify({ messages: misroute.messages, label: misroute.label, source: `review ${misroute.id}` }),
    );
  }
  if (lines.length === 0) return 0;
  const separator = existing === "" || existing.endsWith("\n") ? "" : "\n";
  await Deno.writeTextFile(path, separator + lines.join("\n") + "\n", { append: true });
  return lines.length;
}
