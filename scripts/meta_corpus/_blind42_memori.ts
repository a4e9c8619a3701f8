/**
 * Blind round 42, Memori (GibsonAI/memori before its rewrite): the memory agent's per-exchange processing on the
 * fallback path that a custom (non-OpenAI) base URL selects, where the schema is written into the system prompt.
 */
import { MODEL, sys, type Template, usr } from "./_types.ts";
import * as P from "./_prompts_blind42.ts";
import { exchanges, memoriSource } from "./_blind42_fill.ts";

/** memory.py builds a ConversationContext with no projects or skills and no topic thread. */
const CONTEXT_INFO =
  "\nCONVERSATION CONTEXT:\n- Session: 3f6c2a9e-8d41-4b7a-9c55-0e2d7b1a6f13\n- Model: ai-router\n- User Projects: None specified\n- Relevant Skills: None specified\n- Topic Thread: General conversation\n";

export const BLIND42_MEMORI: Template[] = [
  {
    client: "Memori",
    task: "memory-extraction",
    source: memoriSource,
    note:
      "MemoryAgent._process_with_fallback_parsing (structured outputs are off for a base URL that is not api.openai.com): SYSTEM_PROMPT plus the JSON schema lines as system, the latest exchange and the conversation context as user; no earlier memories to deduplicate; temperature 0.1, max_tokens 2000",
    build: (c) => {
      const last = exchanges(c.turns).at(-1) ?? { q: "", r: "" };
      const system =
        `${P.MEMORI_SYSTEM}\n\nIMPORTANT: You MUST respond with a valid JSON object that matches this exact schema:\n${P.MEMORI_SCHEMA}\n\nRespond ONLY with the JSON object, no additional text or formatting.`;
      return {
        model: MODEL,
        messages: [
          sys(system),
          usr(
            `Process this conversation for enhanced memory storage:\n\nUser: ${last.q}\nAssistant: ${last.r}\n${CONTEXT_INFO}`,
          ),
        ],
        temperature: 0.1,
        max_tokens: 2000,
      };
    },
  },
];
