/**
 * Blind round 71 hard negatives: real user turns in the round's clients, sent with each client's ordinary system
 * prompt and history, several asking for a title or a summary of the user's own text or of the chat for a person.
 */
import { MODEL, sys, usr } from "./_types.ts";
import type { Negative } from "./_negatives_pasted.ts";
import type { Turn } from "./_conversations.ts";
import * as P from "./_prompts_blind71.ts";
import { at, fill } from "./_blind71_fill.ts";
import { CONVERSATIONS_BLIND_71 } from "./_conversations_blind71.ts";

const NZ_TURNS = CONVERSATIONS_BLIND_71[0]?.turns ?? [];
const userRows = (turns: Turn[]) => turns.filter((t) => t.role === "user").map((t) => usr(t.content));
const LAA = at("danielmarek22/local_ai_assistant", "app/services/context_builder.py");
const STEM = at("igoakulov/stemify", "src/lib/chat/runner.tsx");
const STEM_CORE = `${P.STEM_START}\n\n---\n\n${P.STEM_API}`;
const MINI_CHAT_SYSTEM =
  "Tu es un assistant de chat. La date et l'heure actuelle est le Monday 07 December 2026 14:30.\nTu es actuellement utilisé par Camille.";
const SAATHI_MEMORY = fill(P.SAATHI_MEMORY_PROMPT, {
  NAME: "Priya",
  PREFS: "reading",
  MOOD: "tired",
  SUMMARY: "No prior memory",
});

const NEGATIVES: Negative[] = [
  {
    task: "blind-71",
    source: LAA,
    note: "English, Astra's context (system prompt, earlier user rows), asks for a recap for a person",
    body: {
      model: MODEL,
      messages: [
        sys(P.LAA_SYSTEM),
        ...userRows(NZ_TURNS),
        usr(
          "Can you give me the short version of what we worked out about the kiln, so I can text it to my partner?",
        ),
      ],
      stream: true,
    },
  },
  {
    task: "blind-71",
    source: LAA,
    note: "German, the user's own club decision to summarise",
    body: {
      model: MODEL,
      messages: [
        sys(P.LAA_SYSTEM),
        usr(
          "Fass mir bitte diesen Vorstandsbeschluss in drei Stichpunkten zusammen: Der Vorstand beschliesst, den Erlös des Kuchenverkaufs von 1'340 Franken für neue Turnmatten zu verwenden. Die Anschaffung erfolgt bis Ende Januar. Die Kassierin holt zwei Offerten ein.",
        ),
      ],
      stream: true,
    },
  },
  {
    task: "blind-71",
    source: at("rajukr9824/SaathiAI", "server/utils/llm.js"),
    note:
      "English, the ChatGPT fallback flattens system, memory and history into one user message; title for own text",
    body: {
      model: MODEL,
      messages: [usr(
        [
          `SYSTEM: ${P.SAATHI_SYSTEM}`,
          `SYSTEM: ${SAATHI_MEMORY}`,
          "USER: I finally finished my journal entry about the night shift.",
          "ASSISTANT: That sounds like a big one to get down on paper. How are you feeling now that it's written?",
          "USER: Lighter. Can you give it a title? It's about the patient who kept asking for his dog and how we snuck the dog in at 3am.",
        ].join("\n\n"),
      )],
    },
  },
  {
    task: "blind-71",
    source: STEM,
    note: "English, ask mode: core prompts, ask.md, a physics question",
    body: {
      model: MODEL,
      messages: [
        sys(STEM_CORE),
        sys(P.STEM_ASK),
        usr("How does the thermocouple in a pottery kiln measure 1200 °C?"),
      ],
      stream: true,
    },
  },
  {
    task: "blind-71",
    source: STEM,
    note: "Korean, ask mode, the student asks to summarise their own lab report",
    body: {
      model: MODEL,
      messages: [
        sys(STEM_CORE),
        sys(P.STEM_ASK),
        usr(
          "제가 쓴 실험 보고서 요약 좀 해 줄래요? 진자의 길이를 20cm, 40cm, 80cm로 바꿔 가며 주기를 측정했고, 길이가 4배가 되면 주기가 약 2배가 되는 것을 확인했다. 공기 저항 때문에 80cm에서 오차가 가장 컸다.",
        ),
      ],
      stream: true,
    },
  },
  {
    task: "blind-71",
    source: at("lessabot/backend", "src/agents/brain.agent.ts"),
    note:
      "Portuguese, Lessa's reply prompt with the user asking to summarise their own text for the family group",
    body: {
      model: MODEL,
      messages: [
        sys(P.LESSA_SYSTEM),
        usr(fill(P.LESSA_BRAIN_WRAP, {
          BRAIN: P.LESSA_BRAIN,
          TEXT:
            "me ajuda a resumir isso pro grupo da família? a mudança foi adiada pro dia 14, o caminhão chega às 8h e a chave do apê novo fica com a síndica",
          RECENT: "Nenhuma",
          SUMMARY: "Ainda não disponível",
          MOOD: "neutral",
        })),
      ],
      temperature: 0.7,
    },
  },
  {
    task: "blind-71",
    source: at("blessanm86/agent-patterns-ts", "src/post-conversation-metadata/agent.ts"),
    note: "English, the support agent's ordinary turn",
    body: {
      model: MODEL,
      messages: [
        sys(P.AP_SUPPORT_SYSTEM),
        usr("Our November invoice shows the Pro plan charged twice. Can you check why?"),
      ],
    },
  },
  {
    task: "blind-71",
    source: at("IndigoNakamoto/Litecoin-Knowledge-Hub", "backend/rag_pipeline.py"),
    note: "English, RAG_PROMPT: instruction, retrieved context, history, question",
    body: {
      model: MODEL,
      messages: [
        sys(P.LTC_RAG_SYSTEM),
        sys(
          "Context:\nMWEB (MimbleWimble Extension Blocks) activated in May 2022. MWEB transactions use confidential transactions, so amounts are hidden, and cut-through removes intermediate outputs.",
        ),
        usr("What is MWEB?"),
        { role: "assistant", content: "**MWEB** is Litecoin's optional privacy extension block." },
        usr("so how does it hide how much I send?"),
      ],
    },
  },
  {
    task: "blind-71",
    source: at("laynepenney/codi", "src/commands/prompt-commands.ts"),
    note:
      "English, the user's `/prompt summarize` command in the tool-less mode: a summary the user asked for",
    body: {
      model: MODEL,
      messages: [
        sys(P.CODI_FALLBACK_SYSTEM),
        usr(fill(P.CODI_SUMMARIZE_CMD, { TARGET: "src/agent/context.ts" })),
      ],
      stream: true,
    },
  },
  {
    task: "blind-71",
    source: at("changzhiho/mini-chatgpt", "app/Services/ChatService.php"),
    note: "French, streamed chat, the user summarises their own paragraph",
    body: {
      model: MODEL,
      messages: [
        sys(MINI_CHAT_SYSTEM),
        usr(
          "Résume ce paragraphe en deux phrases pour notre newsletter : L'atelier de réparation du quartier rouvre le premier samedi de chaque mois. Les bénévoles réparent vélos, petits appareils et vêtements. L'an dernier, plus de 300 objets ont évité la poubelle.",
        ),
      ],
      stream: true,
    },
  },
  {
    task: "blind-71",
    source: at(
      "A-rgonaut/LM-32_HrR_Hotel-receptionist_Robot",
      "src/simulation/ros2_ws/src/progetto/progetto/ServerLLM.py",
    ),
    note: "Italian, the default system instruction when no task file applies, a guest's question",
    body: {
      model: MODEL,
      messages: [
        sys("Sei un assistente utile. Rispondi brevemente."),
        usr("Mi fai un riassunto di cosa posso visitare a Bolzano in mezza giornata?"),
      ],
      temperature: 0.1,
    },
  },
];

export function buildBlind71Negatives(): Negative[] {
  return NEGATIVES;
}
