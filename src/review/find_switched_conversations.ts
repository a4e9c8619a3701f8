import type { SessionLogEntry } from "../logs/session_log_entry.ts";

/** A conversation whose turns were answered by more than one backend (affinity let it move). */
export interface SwitchedConversation {
  conversation: string;
  user: string;
  turns: number;
  switches: number;
  /** The backends in the order the turns went to them, e.g. `primary → cloud`. */
  path: string;
  lastId: string;
}

/** Conversations (by their affinity hash) that changed backend during the period, most switches first. */
export function findSwitchedConversations(entries: readonly SessionLogEntry[]): SwitchedConversation[] {
  const byConversation = new Map<string, SessionLogEntry[]>();
  for (const entry of entries) {
    const key = entry.affinity?.conversation;
    if (key !== undefined) byConversation.set(key, [...byConversation.get(key) ?? [], entry]);
  }
  const switched: SwitchedConversation[] = [];
  for (const [conversation, turns] of byConversation) {
    const switches = turns.filter((entry) => entry.affinity?.switched).length;
    if (switches === 0) continue;
    const backends = turns.map((entry) =>
      entry.steps.findLast((step) => step.step === "answer")?.provider ?? "?"
    );
    const path = backends.filter((backend, index) => backend !== backends[index - 1]).join(" → ");
    const last = turns.at(-1) as SessionLogEntry;
    switched.push({ conversation, user: last.user, turns: turns.length, switches, path, lastId: last.id });
  }
  return switched.sort((a, b) => b.switches - a.switches || a.conversation.localeCompare(b.conversation));
}
