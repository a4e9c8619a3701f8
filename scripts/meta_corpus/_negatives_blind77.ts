/**
 * Blind round 77: hard negatives from the round's own clients, their ordinary turns as sent (the ZAS/EAK Copilot's
 * RAG system prompt, better-chatbot's user system prompt, runable's coding-agent prompt) with real user questions,
 * and user turns asking a title or summary of the user's own text. Also the ZAS helpers the templates share.
 */
import type { Conversation } from "./_conversations.ts";
import { MODEL, type Source, sys, usr } from "./_types.ts";
import type { Negative } from "./_negatives_pasted.ts";
import * as P from "./_prompts_blind77.ts";

/** CdC-SI/ZAS-EAK-CopilotGPT prompt files, read at one commit. */
export const ZAS = (file: string) => ({
  repo: "CdC-SI/ZAS-EAK-CopilotGPT",
  path: `src/copilot/app/prompts/${file}`,
  commit: "6f00625b2552eaed8a0737bc326353543b5a152d",
});

/** ZAS memory/models.py `ConversationData.format`: `<datetime> - <role>\n<message>` blocks joined by blank lines. */
export function zasMemory(c: Conversation): string {
  return c.turns
    .map((t, i) =>
      `2026-12-07 09:${String(12 + i).padStart(2, "0")}:0${i}.48213${i} - ${t.role}\n${t.content}`
    )
    .join("\n\n");
}

/** ZAS chat/messages.py `build_chat_prompt` with the default detailed style and complete format. */
function zasRag(language: "de" | "fr", contextDocs: string): string {
  const responseFormat = language === "de"
    ? P.pyFormat(P.ZAS_TEMPLATE_DETAILED_DE, {
      completeness: P.ZAS_COMPLETE_DE,
      rules: P.ZAS_RULES_DETAILED_DE,
    })
    : P.pyFormat(P.ZAS_TEMPLATE_DETAILED_FR, {
      completeness: P.ZAS_COMPLETE_FR,
      rules: P.ZAS_RULES_DETAILED_FR,
    });
  return P.pyFormat(language === "de" ? P.ZAS_RAG_SYSTEM_DE : P.ZAS_RAG_SYSTEM_FR, {
    conversational_memory: "",
    context_docs: contextDocs,
    response_format: responseFormat,
  });
}

const DOCS_DE =
  "[{'text': 'Sie können Ihre Altersrente ab dem 63. Altersjahr ganz oder teilweise vorbeziehen. Die Rente wird für jedes Vorbezugsjahr gekürzt.', 'url': 'https://www.ahv-iv.ch/de/Sozialversicherungen/Alters-und-Hinterlassenenversicherung-AHV/Altersrente'}]";
const DOCS_FR =
  "[{'text': 'La rente de vieillesse est versée chaque mois, au plus tard le 20 du mois. Un changement d’adresse doit être communiqué à la caisse de compensation.', 'url': 'https://www.ahv-iv.ch/fr/Assurances-sociales/Assurance-vieillesse-et-survivants-AVS/Rentes-de-vieillesse'}]";

/** cgoinglove/better-chatbot prompts.ts `buildUserSystemPrompt` for a signed-in user, no agent, no MCP servers. */
function betterSystem(name: string, email: string): string {
  return `You are better-chatbot. The current date and time is Monday, December 7, 2026 at 3:04:12 PM.\n\n<user_information>\nName: ${name}\nEmail: ${email}\n</user_information>\n\n<general_capabilities>\nYou can assist with:\n- Analysis and problem-solving across various domains\n- Using available tools and resources to complete tasks\n- Adapting communication to user preferences and context\n</general_capabilities>\n\n<communication_preferences>\n- Address the user as "${name}" when appropriate to personalize interactions\n\n- When using tools, briefly mention which tool you'll use with natural phrases\n- Examples: "I'll search for that information", "Let me check the weather", "I'll run some calculations"\n- Use \`mermaid\` code blocks for diagrams and charts when helpful\n</communication_preferences>`;
}
const BETTER = {
  repo: "cgoinglove/better-chatbot",
  path: "src/lib/ai/prompts.ts",
  commit: "5c98ab67afd438982320515e65c4246ad418ac6e",
};

/** arushkumarsingh/runable index.ts `SYSTEM_PROMPT`. */
const RUNABLE_SYSTEM =
  "You are a helpful coding assistant with access to tools for executing commands, reading files, and writing files. \n\nYou work in a sandboxed Docker environment where you can safely run commands and manipulate files.\n\nWhen the user asks you to do something:\n1. Break it down into steps\n2. Use the available tools to accomplish the task\n3. Provide clear explanations of what you're doing\n4. Show the results of your actions\n\nAvailable tools:\n- run_shell: Execute shell commands in the Docker sandbox\n- read_file: Read file contents from the workspace\n- write_file: Write content to a file in the workspace\n\nBe concise but thorough. Focus on getting things done.";
const RUNABLE = {
  repo: "arushkumarsingh/runable",
  path: "index.ts",
  commit: "a69ae0f27b2a18c9d7babe70c656745a60035463",
};

const negative = (source: Source, { note, body }: { note: string; body: Negative["body"] }): Negative => ({
  task: "blind-77",
  source,
  note,
  body,
});

export function buildBlind77NegativeList(): Negative[] {
  return [
    negative(ZAS("rag.py"), {
      note: "ZAS/EAK Copilot RAG answer, a pension question (German); doc list shape reconstructed",
      body: {
        model: MODEL,
        messages: [
          sys(zasRag("de", DOCS_DE)),
          usr("Ab welchem Alter kann ich meine AHV-Rente vorbeziehen, und wie stark wird sie dann gekürzt?"),
        ],
      },
    }),
    negative(ZAS("rag.py"), {
      note: "ZAS/EAK Copilot RAG turn, the user asks a summary of a letter they received (French)",
      body: {
        model: MODEL,
        messages: [
          sys(zasRag("fr", DOCS_FR)),
          usr(
            "Peux-tu me résumer en deux phrases ce courrier que j'ai reçu ? « Madame, suite à votre déménagement à Fribourg, votre dossier a été transféré à la caisse cantonale. Votre rente continuera d'être versée sans interruption ; merci de nous retourner le formulaire joint avant le 31 janvier. »",
          ),
        ],
      },
    }),
    negative(BETTER, {
      note: "better-chatbot chat turn, a pandas question (English)",
      body: {
        model: MODEL,
        messages: [
          sys(betterSystem("Hemi Walker", "hemi.walker@example.org")),
          usr("How do I add a Fahrenheit column computed from a Celsius column in a pandas DataFrame?"),
        ],
        stream: true,
      },
    }),
    negative(BETTER, {
      note: "better-chatbot chat turn, a travel question (Japanese)",
      body: {
        model: MODEL,
        messages: [
          sys(betterSystem("佐藤 美咲", "misaki.sato@example.jp")),
          usr("来週京都に行くのですが、雨の日でも楽しめる場所を三つ教えてください。"),
        ],
        stream: true,
      },
    }),
    negative(BETTER, {
      note: "better-chatbot chat turn, the user asks a title for their own blog post (English)",
      body: {
        model: MODEL,
        messages: [
          sys(betterSystem("Hemi Walker", "hemi.walker@example.org")),
          usr(
            "Suggest a title for my blog post, under ten words: 'Last weekend I rebuilt the rotten transom of my grandfather's dinghy with epoxy and new marine ply, and she floated dry for the first time in twenty years.'",
          ),
        ],
        stream: true,
      },
    }),
    negative(RUNABLE, {
      note: "runable coding-agent turn, a shell task (English)",
      body: {
        model: MODEL,
        messages: [
          sys(RUNABLE_SYSTEM),
          usr(
            "Write a bash script backup.sh that archives ./data into backups/data-YYYY-MM-DD.tar.gz and run it once.",
          ),
        ],
      },
    }),
    negative(RUNABLE, {
      note: "runable coding-agent turn, the user asks a one-line summary of their own commit text (Polish)",
      body: {
        model: MODEL,
        messages: [
          sys(RUNABLE_SYSTEM),
          usr(
            "Streść w jednym zdaniu mój opis commita: 'Refaktoryzacja modułu płatności: walidacja kart przeniesiona do osobnej klasy, dodane testy jednostkowe i usunięty martwy kod obsługi PayU.'",
          ),
        ],
      },
    }),
    negative(ZAS("rag.py"), {
      note: "ZAS/EAK Copilot RAG answer, a payment-date question (French)",
      body: {
        model: MODEL,
        messages: [
          sys(zasRag("fr", DOCS_FR)),
          usr("À quelle date ma rente AVS est-elle versée chaque mois ?"),
        ],
      },
    }),
  ];
}
