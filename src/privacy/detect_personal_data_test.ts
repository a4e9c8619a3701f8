import { deepEqual } from "node:assert/strict";
import type { Country } from "./national_ids.ts";
import { createDetector } from "./detect_personal_data.ts";

/** A text, the family's country, and what must be found in it as `kind:value` (empty: nothing may fire). */
const CASES: Array<{ text: string; country?: Country; found: string[] }> = [
  // E-mail addresses and phone numbers
  { text: "write to ann.smith+kids@example.co.uk today", found: ["email:ann.smith+kids@example.co.uk"] },
  { text: "Ruf an: +49 30 1234567", found: ["phone:+49 30 1234567"] },
  { text: "Appelle le 06 12 34 56 78 ce soir", found: ["phone:06 12 34 56 78"] },
  { text: "call (555) 123-4567 after six", found: ["phone:(555) 123-4567"] },
  { text: "mi número es 0034 612 345 678", found: ["phone:0034 612 345 678"] },
  // IBAN (mod 97) and card numbers (Luhn)
  { text: "IBAN DE89 3704 0044 0532 0130 00 bitte", found: ["iban:DE89 3704 0044 0532 0130 00"] },
  { text: "FR1420041010050500013M02606", found: ["iban:FR1420041010050500013M02606"] },
  { text: "card 4111 1111 1111 1111 exp 12/27", found: ["card:4111 1111 1111 1111"] },
  { text: "Mastercard 5500-0000-0000-0004", found: ["card:5500-0000-0000-0004"] },
  // National identifiers of the family's country, with their checksums
  { text: "Steuer-ID 65929970489", country: "DE", found: ["national-id:65929970489"] },
  { text: "NIR 1 85 05 78 006 084 91", country: "FR", found: ["national-id:1 85 05 78 006 084 91"] },
  { text: "mi DNI es 12345678Z", country: "ES", found: ["national-id:12345678Z"] },
  { text: "NIE X1234567L", country: "ES", found: ["national-id:X1234567L"] },
  { text: "NI number AB 12 34 56 C", country: "GB", found: ["national-id:AB 12 34 56 C"] },
  { text: "NHS 943 476 5919", country: "GB", found: ["national-id:943 476 5919"] },
  { text: "SSN 123-45-6789", country: "US", found: ["national-id:123-45-6789"] },
  // Dates of birth: a date after a birth word
  { text: "I was born on 12.03.1990 in Bonn", found: ["birth-date:12.03.1990"] },
  { text: "Geburtsdatum: 3. Mai 1985", found: ["birth-date:3. Mai 1985"] },
  { text: "née le 14/07/2001", found: ["birth-date:14/07/2001"] },
  { text: "DOB 2012-06-30", found: ["birth-date:2012-06-30"] },
  // Postal addresses
  { text: "I live at 221 Baker Street now", found: ["address:221 Baker Street"] },
  {
    text: "Wir wohnen in der Hauptstraße 5a, 10115 Berlin.",
    found: ["address:Hauptstraße 5a, 10115 Berlin"],
  },
  { text: "au 3 rue de la Paix", found: ["address:3 rue de la Paix"] },
  { text: "en la Calle Mayor 7", found: ["address:Calle Mayor 7"] },
  // Members' names (with their capitals) and topics per language
  { text: "Ann and Bob Smith are coming", found: ["name:Ann", "name:Bob Smith"] },
  { text: "my diagnosis was diabetes", found: ["health:diagnosis", "health:diabetes"] },
  { text: "Meine Krankenkasse zahlt nicht", found: ["health:Krankenkasse"] },
  { text: "mon salaire et ma mutuelle", found: ["money:salaire", "health:mutuelle"] },
  { text: "necesito un abogado para el divorcio", found: ["legal:abogado", "legal:divorcio"] },
  { text: "Our mortgage and the lawyer", found: ["money:mortgage", "legal:lawyer"] },
  // Look-alikes that must not fire
  { text: "Order 123456789 shipped; ticket #4711-0815", found: [] },
  { text: "upgrade from 1.2.3 to 10.0.19041.1", found: [] },
  { text: "It costs $1,299.99 or 1.299,99 € or 12 345,00 €", found: [] },
  { text: "The meeting is on 12.03.2024 at 10:30", found: [] },
  { text: "invoice 4111111111111112 (not a card)", found: [] },
  { text: "DE89 3704 0044 0532 0130 01 is a typo", found: [] },
  { text: "Tax number 65929970488 is wrong", country: "DE", found: [] },
  { text: "version 2024.1.15, build 20240115", found: [] },
  { text: "the will of the people; annual report", found: [] },
  { text: "the bank near the river; a good price", found: [] },
  { text: "NI number AB 12 34 56 C", country: "US", found: [] },
];

Deno.test("createDetector() finds each kind of personal data and leaves its look-alikes alone", () => {
  const wrong = CASES.flatMap(({ text, country, found }) => {
    const detector = createDetector({ country, names: ["Ann", "Bob", "Bob Smith"] });
    const actual = detector.detect(text).map((f) => `${f.kind}:${text.slice(f.start, f.end)}`);
    return JSON.stringify(actual) === JSON.stringify(found) ? [] : [{ text, actual, expected: found }];
  });
  deepEqual(wrong, []);
});

Deno.test("createDetector() scans a long text in one pass and finds what sits at its end", () => {
  const detector = createDetector({ country: "DE" });
  const text = "Nothing to see here, version 1.2.3 and order 123456789. ".repeat(300) + "mail: x@example.org";
  deepEqual(detector.detect(text).map((f) => f.kind), ["email"]);
});
