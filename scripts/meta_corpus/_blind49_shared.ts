/** Blind round 49: helpers and names shared by the round's two template files. */
import type { Conversation } from "./_conversations.ts";
import * as F from "./_blind49_fill.ts";

export const at = (repo: string, { path, commit }: { path: string; commit: string }) => ({
  repo,
  path,
  commit,
});
export const fill = (template: string, values: Record<string, string>) =>
  Object.entries(values).reduce((text, [key, value]) => text.replaceAll(key, value), template);
export const firstUser = (c: Conversation) => c.turns.find((t) => t.role === "user")?.content ?? "";
export const lastUser = (c: Conversation) => c.turns.filter((t) => t.role === "user").at(-1)?.content ?? "";
export const lastAssistant = (c: Conversation) =>
  c.turns.filter((t) => t.role === "assistant").at(-1)?.content ?? "";

/** MiGPT's README names: the speaker persona and its owner. */
export const MIGPT = { bot: "傻妞", master: "陆小千" };
/** N.E.K.O: the character (lanlan) and the owner (master). */
export const NEKO = { lanlan: "Lanlan", master: "Alex" };
export const NEKO_OLD = "00baa4daed73eb727e8fb5f95708df3d069021eb";
export const NEKO_NEW = "01485a227a413bf0114897a3cad344b7823ec860";
/** N.E.K.O `_build_summary_prompt`: `%s` replaced by the lines, then `{MASTER_NAME}` by the owner's name. */
export const neko = (template: string, c: Conversation) =>
  template.replace("%s", F.nekoLines(c.turns, NEKO)).replaceAll("{MASTER_NAME}", NEKO.master);
