/**
 * Blind round 15: chat front-ends, team chat, support desks, mail, bookmark apps and Chinese group bots never used in
 * the corpus before, read from their source and measured without changing the rules; the templates are filled with
 * the round's own four conversations (`_conversations_blind15.ts`). Hard negatives from the same clients.
 */
import type { Template } from "./_types.ts";
import { BLIND_15_APPS } from "./_clients_blind15.ts";
import { BLIND_15_GROUPS } from "./_clients_blind15b.ts";
import { BLIND_15_KNOWLEDGE } from "./_clients_blind15k.ts";

export const BLIND_ROUND_15: Template[] = [...BLIND_15_APPS, ...BLIND_15_KNOWLEDGE, ...BLIND_15_GROUPS];

export { buildBlind15Negatives } from "./_negatives_blind15.ts";
