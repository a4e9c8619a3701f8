/**
 * Names the language of a transcript from its commonest short words, for a Whisper backend that does not
 * say (Wyoming's transcript event carries no language unless one was asked for). Whisper's own names are
 * lower-case English (`english`, `german`), as OpenAI's `verbose_json` reports them.
 */
const STOPWORDS: Record<string, string[]> = {
  english: ["the", "and", "is", "of", "to", "in", "it", "you", "that", "this", "was", "for", "are", "with"],
  german: ["der", "die", "und", "ist", "das", "nicht", "ich", "es", "ein", "zu", "mit", "sie", "den", "auf"],
  french: ["le", "la", "et", "les", "des", "est", "un", "une", "je", "pas", "que", "vous", "il", "du"],
  spanish: ["el", "la", "y", "de", "que", "los", "es", "en", "un", "por", "con", "una", "las", "no"],
  italian: ["il", "di", "che", "e", "la", "non", "un", "per", "sono", "una", "con", "gli", "mi", "ho"],
  portuguese: ["o", "de", "que", "e", "não", "um", "uma", "os", "para", "com", "se", "da", "em", "eu"],
  dutch: ["de", "het", "een", "en", "van", "ik", "niet", "dat", "is", "op", "te", "zijn", "je", "met"],
};

/** The likeliest language by stopword hits, or undefined when fewer than two words say anything. */
export function detectLanguage(text: string): string | undefined {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  let best: string | undefined;
  let bestHits = 1;
  for (const [language, stopwords] of Object.entries(STOPWORDS)) {
    const set = new Set(stopwords);
    const hits = words.filter((word) => set.has(word)).length;
    if (hits > bestHits) {
      best = language;
      bestHits = hits;
    }
  }
  return best;
}
