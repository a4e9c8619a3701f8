/** Small helpers shared by blind round 14's template files. */
import type { Conversation } from "./_conversations.ts";

/** A source: the repository, then the path and the commit read. */
export const at = (repo: string, [path, commit]: [string, string]) => ({ repo, path, commit });
/** Fills holes in order, each first occurrence literally (a `$` in a conversation is no replacement pattern). */
export const fill = (text: string, holes: Array<[string, string]>) =>
  holes.reduce((done, [hole, value]) => done.replace(hole, () => value), text);
/** The content of the conversation's last turn of `role`. */
export const lastOf = (c: Conversation, role: "user" | "assistant") =>
  c.turns.filter((turn) => turn.role === role).at(-1)?.content ?? "";
/** Python `str.format` leaves `{{`/`}}` as single braces. */
export const unbrace = (text: string) => text.replaceAll("{{", "{").replaceAll("}}", "}");
