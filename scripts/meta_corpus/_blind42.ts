/**
 * Blind round 42: agent frameworks, multi-agent systems and memory libraries never used in the corpus before,
 * measured without changing the rules. Memory libraries (MemoryBank, SCM4LLMs, chatmemory, A-mem, BeeAI, AgentClaw)
 * are in _blind42_memory.ts, Memori in _blind42_memori.ts, agent frameworks (aiwaves Agents, Agent Squad, AITuber
 * OnAir) in _blind42_agents.ts, AI Town in _blind42_aitown.ts, autoalpha in _blind42_autoalpha.ts, and the hard
 * negatives from the same clients in _negatives_blind42.ts.
 */
import type { Template } from "./_types.ts";
import { BLIND42_MEMORY } from "./_blind42_memory.ts";
import { BLIND42_AGENTS } from "./_blind42_agents.ts";
import { BLIND42_MEMORI } from "./_blind42_memori.ts";
import { BLIND42_AITOWN } from "./_blind42_aitown.ts";
import { BLIND42_AUTOALPHA } from "./_blind42_autoalpha.ts";

export { buildBlind42Negatives } from "./_negatives_blind42.ts";

export const BLIND42: Template[] = [
  ...BLIND42_MEMORY,
  ...BLIND42_MEMORI,
  ...BLIND42_AGENTS,
  ...BLIND42_AITOWN,
  ...BLIND42_AUTOALPHA,
];
