/**
 * Blind round 73: helpers shared by the round's templates and negatives (source citations, commits, chit's
 * date-filled preset).
 */
import * as P from "./_prompts_blind73.ts";

export const at = (repo: string, { path, commit }: { path: string; commit: string }) => ({
  repo,
  path,
  commit,
});
export const CHIT = "6349823078c9dc8af43bfb5f5234115e4d56bc5a";
export const STITCH = "f41d57e6ac7b1c0d30d16764f432c1ff9bdcc50d";
/** chit fills `{{date}}` of its presets when it builds the system prompt; any date stands for it. */
export const chitGeneral = () => P.CHIT_GENERAL.replace("{{date}}", "12/7/2026");
