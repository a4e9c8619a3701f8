import { isFrenchNirValid, isGermanTaxIdValid, isNhsNumberValid, isSpanishIdValid } from "./checksums.ts";

/** Countries whose national identifier formats the detector knows. */
export const COUNTRIES = ["DE", "FR", "ES", "GB", "US"] as const;
/** One of {@linkcode COUNTRIES}. */
export type Country = (typeof COUNTRIES)[number];

/** One identifier format: where it may be, and the check that separates it from a look-alike. */
export interface IdFormat {
  pattern: RegExp;
  /** The match with separators removed, checked (a checksum where the format has one). */
  isValid: (compact: string) => boolean;
}

/**
 * National identifier formats per country, each with its checksum where one exists: Germany's tax id (11 digits,
 * ISO 7064) and pension insurance number (area, birth date, initial, serial); France's NIR (15 characters, key
 * mod 97); Spain's DNI and NIE (letter mod 23); the United Kingdom's National Insurance number (two letters
 * from the allowed prefixes, six digits, A–D) and NHS number (10 digits, mod 11); the United States' SSN
 * (never area 000, 666 or 9xx, group 00 or serial 0000).
 */
export const NATIONAL_IDS: Record<Country, readonly IdFormat[]> = {
  DE: [
    { pattern: /\b[1-9]\d(?: ?\d{3}){3}\b/g, isValid: isGermanTaxIdValid },
    { pattern: /\b\d{2} ?[0-3]\d[01]\d{3} ?[A-Z] ?\d{3}\b/g, isValid: (id) => Number(id.slice(4, 6)) <= 12 },
  ],
  FR: [
    {
      pattern: /\b[12] ?\d{2} ?(?:0[1-9]|1[0-2]|[2-9]\d) ?(?:\d{2}|2A|2B) ?\d{3} ?\d{3} ?\d{2}\b/g,
      isValid: isFrenchNirValid,
    },
  ],
  ES: [
    { pattern: /\b\d{8}-?[A-Z]\b/g, isValid: isSpanishIdValid },
    { pattern: /\b[XYZ]-?\d{7}-?[A-Z]\b/g, isValid: isSpanishIdValid },
  ],
  GB: [
    {
      pattern: /\b(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b/g,
      isValid: () => true,
    },
    { pattern: /\b\d{3}[ -]\d{3}[ -]\d{4}\b/g, isValid: isNhsNumberValid },
  ],
  US: [
    {
      pattern: /\b(?!000|666|9\d\d)\d{3}-(?!00)\d{2}-(?!0000)\d{4}\b/g,
      isValid: () => true,
    },
  ],
};
