/**
 * Blind round 14: twelve coding agents and agent frameworks never used in the corpus before (gp.nvim, bolt.diy,
 * Eclipse Theia AI, Amazon Q Developer CLI, Tabby, ElizaOS, agentUniverse, Haystack, ellama, Refact, Coze Studio,
 * DB-GPT), read from their source and measured without changing the rules; Chinese templates from agentUniverse,
 * Coze Studio and DB-GPT; hard negatives from the same clients' ordinary turns in `_blind14_negatives.ts`.
 */
import type { Template } from "./_types.ts";
import { BLIND14_CODING_AGENTS } from "./_blind14_agents.ts";
import { BLIND14_FRAMEWORKS } from "./_blind14_frameworks.ts";

export const BLIND_ROUND_14: Template[] = [...BLIND14_CODING_AGENTS, ...BLIND14_FRAMEWORKS];

export { buildBlind14Negatives } from "./_blind14_negatives.ts";
