/** Blind round 48: the repositories read and a helper naming one file at one commit. */
import type { Source } from "./_types.ts";

export const AGIXT = "Josh-XT/AGiXT";
export const BOTPRESS = "botpress/botpress";
export const RASA = "RasaHQ/rasa";
export const CHATWIKI = "zhimaAi/chatwiki";
export const BUILDINGAI = "BidingCC/BuildingAI";
export const PROMPTFLOW = "microsoft/promptflow";
export const PRAISON = "MervinPraison/PraisonAI";
export const SOLON = "opensolon/solon-ai";
export const COPILOTKIT = "CopilotKit/CopilotKit";
export const ROWBOAT = "rowboatlabs/rowboat";
export const AGENTKIT = "inngest/agent-kit";
export const MEAI = "dotnet/extensions";

export const src = (repo: string, { path, commit }: { path: string; commit: string }): Source => ({
  repo,
  path,
  commit,
});
