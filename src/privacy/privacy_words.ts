/**
 * Words that mark a private topic, per language (English, German, French, Spanish). A word ending in `*` is
 * a stem (any letters may follow). Matching ignores case and needs a word boundary on both sides. The lists
 * are kept to words that rarely occur outside the topic: "bank" alone or "price" are not money matters, a
 * "bank statement" or a "mortgage" are.
 */
export const TOPIC_WORDS = {
  health: [
    // English
    "diagnos*",
    "symptom*",
    "prescription*",
    "medication*",
    "antidepressant*",
    "chemotherapy",
    "cancer",
    "tumor*",
    "tumour*",
    "diabetes",
    "depression",
    "anxiety disorder",
    "hiv",
    "pregnan*",
    "miscarriage",
    "std",
    "therapist",
    "psychiatrist",
    "blood test*",
    "my doctor",
    // German
    "diagnose*",
    "krankheit*",
    "erkrankung*",
    "rezept für",
    "medikament*",
    "arzt",
    "ärztin",
    "hausarzt",
    "krebs",
    "schwanger*",
    "krankenkasse",
    "krankschreibung",
    "therapeut*",
    "blutwerte",
    // French
    "maladie*",
    "médecin*",
    "ordonnance",
    "médicament*",
    "enceinte",
    "grossesse",
    "dépression",
    "cancer du",
    "mutuelle",
    // Spanish
    "enfermedad*",
    "médico",
    "receta médica",
    "medicamento*",
    "embarazada",
    "embarazo",
    "depresión",
    "diagnóstico",
  ],
  money: [
    // English
    "salary",
    "paycheck",
    "payslip",
    "bank statement*",
    "bank account*",
    "account number",
    "credit card",
    "mortgage",
    "tax return*",
    "debt*",
    "overdraft",
    "pin code",
    "net worth",
    // German
    "gehalt*",
    "lohnabrechnung",
    "kontoauszug*",
    "bankkonto",
    "kontonummer",
    "kreditkarte*",
    "hypothek*",
    "steuererklärung*",
    "schulden",
    "dispo",
    // French
    "salaire*",
    "fiche de paie",
    "relevé bancaire",
    "compte bancaire",
    "carte bancaire",
    "hypothèque",
    "déclaration d'impôts",
    "dettes",
    // Spanish
    "salario",
    "sueldo",
    "nómina",
    "extracto bancario",
    "cuenta bancaria",
    "tarjeta de crédito",
    "hipoteca",
    "declaración de la renta",
    "deudas",
  ],
  legal: [
    // English
    "lawyer",
    "attorney",
    "lawsuit",
    "divorce",
    "custody",
    "arrested",
    "criminal record",
    "court hearing",
    "subpoena",
    "restraining order",
    "immigration status",
    // German
    "anwalt",
    "anwältin",
    "rechtsanwalt",
    "klage",
    "scheidung",
    "sorgerecht",
    "festgenommen",
    "vorstrafe*",
    "gerichtstermin",
    "aufenthaltstitel",
    // French
    "avocat",
    "avocate",
    "procès",
    "divorce",
    "garde des enfants",
    "casier judiciaire",
    "tribunal",
    "titre de séjour",
    // Spanish
    "abogado",
    "abogada",
    "demanda judicial",
    "divorcio",
    "custodia",
    "antecedentes penales",
    "juicio",
    "permiso de residencia",
  ],
} as const;

/** A private topic found by {@linkcode TOPIC_WORDS}. */
export type Topic = keyof typeof TOPIC_WORDS;

/** Words that make a date next to them a date of birth (within a few words before it). */
export const BIRTH_WORDS = [
  "born",
  "birthday",
  "birth date",
  "date of birth",
  "dob",
  "d.o.b.",
  "geboren",
  "geburtstag",
  "geburtsdatum",
  "geb.",
  "né",
  "née",
  "naissance",
  "nacido",
  "nacida",
  "nacimiento",
  "cumpleaños",
];

/**
 * A street line: English `12 Baker Street`, French `3 rue de la Paix`, Spanish `Calle Mayor 7`; and a British
 * postcode (`SW1A 1AA`), distinctive enough on its own. Each alternative starts with a digit, a capital or a
 * literal, which irregexp skips to quickly. German street names end in their kind (`Hauptstraße 5a`):
 * {@linkcode GERMAN_STREET_SUFFIXES} are found with `indexOf`, since a pattern trying every lower-case letter
 * cost more than all the other rules together. Without the `u` flag: it makes every position slower, and the
 * letters needed are all in Latin-1.
 */
export const STREET = new RegExp(
  [
    String
      .raw`\b\d{1,5}[a-z]?,? (?:[A-Z][\w'-]* ){1,3}(?:Street|St|Avenue|Ave|Road|Rd|Lane|Ln|Drive|Dr|Boulevard|Blvd|Way|Court|Ct|Place|Pl|Terrace|Close|Crescent)\b\.?`,
    String
      .raw`\b\d{1,4}(?: ?bis| ?ter)?,? (?:rue|avenue|av\.|boulevard|bd|chemin|allée|impasse|place|quai|route) (?:d[eu]s? |de la |de l'|d')?[A-ZÉ][A-Za-zÀ-ÿ'-]+`,
    String
      .raw`\b(?:[Cc]alle|C\/|[Aa]venida|Avda\.|[Pp]laza|[Pp]aseo) (?:de (?:la |los |las )?)?[A-ZÁÉÍÓÚÑ][A-Za-zÀ-ÿ]+,? (?:n\.?º ?)?\d{1,4}\b`,
    String.raw`\b[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}\b`,
  ].join("|"),
  "g",
);

/** The endings of German street names, lower case. */
export const GERMAN_STREET_SUFFIXES = [
  "straße",
  "strasse",
  "str.",
  "weg",
  "allee",
  "platz",
  "gasse",
  "damm",
  "ufer",
];
/** What follows a German street name's ending: the house number, maybe the postcode and town. */
export const GERMAN_STREET_TAIL = / ?\d{1,4}[a-z]?\b(?:,? \d{5} [A-ZÄÖÜ][a-zäöüß-]+)?/y;
/** Where a German street name starts: the letters before its ending. */
export const STREET_NAME_START = /[A-Za-zÀ-ÿ-]*$/;
