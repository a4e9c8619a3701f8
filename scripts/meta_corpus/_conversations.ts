/** Short conversations the corpus templates are filled with: several languages, everyday and coding topics. */

/** One chat turn as clients store it before they format it into a template. */
export interface Turn {
  role: "user" | "assistant";
  content: string;
}

/** A conversation plus the next user question (for query-rewrite and follow-up templates). */
export interface Conversation {
  language: string;
  locale: string;
  turns: Turn[];
  followUp: string;
}

const u = (content: string): Turn => ({ role: "user", content });
const a = (content: string): Turn => ({ role: "assistant", content });

export const CONVERSATIONS: Conversation[] = [
  {
    language: "English",
    locale: "en-US",
    turns: [
      u("My sourdough starter stopped rising after I moved it to the fridge. Is it dead?"),
      a(
        "Probably not. Cold slows the yeast down. Take it out, feed it 1:1:1 with flour and water at room temperature twice a day, and it should double again within two or three days.",
      ),
    ],
    followUp: "and what flour works best for that?",
  },
  {
    language: "German",
    locale: "de-DE",
    turns: [
      u("Kann ich die Homeoffice-Pauschale auch absetzen, wenn ich nur zwei Tage pro Woche zu Hause arbeite?"),
      a(
        "Ja. Seit 2023 gilt die Tagespauschale von 6 Euro pro Tag im Homeoffice, höchstens 1.260 Euro im Jahr. Zwei Tage pro Woche reichen, ein eigenes Arbeitszimmer ist dafür nicht nötig.",
      ),
    ],
    followUp: "gilt das auch für Minijobber?",
  },
  {
    language: "English",
    locale: "en-GB",
    turns: [
      u("Why does `[x for x in range(10) if x % 2 == 0 else 0]` give a SyntaxError?"),
      a(
        "A conditional at the end of a comprehension is a filter and cannot have `else`. Put the conditional expression first: `[x if x % 2 == 0 else 0 for x in range(10)]`.",
      ),
      u("ok and how do I flatten a list of lists the same way?"),
      a("Use two `for` clauses: `[item for sub in nested for item in sub]`."),
    ],
    followUp: "is itertools faster for that?",
  },
  {
    language: "French",
    locale: "fr-FR",
    turns: [
      u("On part à Lyon ce week-end avec deux enfants de 6 et 9 ans, qu'est-ce qu'on peut faire ?"),
      a(
        "Le parc de la Tête d'Or (zoo gratuit), le musée des Confluences, une balade sur les traboules du Vieux-Lyon et le musée Miniature et Cinéma plairont aux deux.",
      ),
    ],
    followUp: "et s'il pleut samedi ?",
  },
  {
    language: "Spanish",
    locale: "es-ES",
    turns: [
      u("Quiero correr mi primera carrera de 10 km en ocho semanas. Ahora corro 3 km sin parar."),
      a(
        "Es factible. Corre tres días por semana: un día suave, un día de intervalos cortos y una tirada larga que subas 1 km cada semana hasta llegar a 9 km en la semana siete.",
      ),
    ],
    followUp: "¿qué debo comer antes de la tirada larga?",
  },
  {
    language: "English",
    locale: "en-US",
    turns: [
      u("My daughter wants to do the baking soda volcano for the science fair. How do we make it less messy?"),
      a(
        "Build it inside a plastic tub, use a narrow bottle as the vent, and add a squirt of dish soap so the foam rises slowly instead of splashing.",
      ),
      u("The teacher says it needs a hypothesis. Any ideas?"),
      a("Test whether warmer vinegar makes a taller eruption, and measure the height against a ruler taped to the tub."),
    ],
    followUp: "how many trials should we run?",
  },
  {
    language: "Chinese",
    locale: "zh-CN",
    turns: [
      u("我三十五岁了，现在开始学吉他晚不晚？每天只有半小时。"),
      a("完全不晚。每天半小时足够：先练十分钟换和弦（C、G、Am、F），再练十分钟节奏型，最后十分钟弹一首喜欢的简单歌曲。"),
    ],
    followUp: "买民谣吉他还是古典吉他？",
  },
  {
    language: "English",
    locale: "en-US",
    turns: [
      u("This Postgres query takes 4 seconds: SELECT * FROM orders WHERE customer_id = $1 ORDER BY created_at DESC LIMIT 20"),
      a(
        "Add a composite index so Postgres can read the newest rows directly: CREATE INDEX ON orders (customer_id, created_at DESC). Then check EXPLAIN ANALYZE shows an Index Scan without a Sort.",
      ),
    ],
    followUp: "will that index slow down inserts a lot?",
  },
];
