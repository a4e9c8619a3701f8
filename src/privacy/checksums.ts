/** Checksums that tell an identifier from a number that merely looks like one (pure, digits in, boolean out). */

/** Luhn (ISO/IEC 7812-1), the check digit of every payment card number. */
export function isLuhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** ISO 13616 IBAN check: the first four characters moved to the end, letters as 10–35, mod 97 equals 1. */
export function isIbanValid(iban: string): boolean {
  if (iban.length < 15 || iban.length > 34) return false;
  const moved = iban.slice(4) + iban.slice(0, 4);
  let rest = 0;
  for (let i = 0; i < moved.length; i++) {
    const code = moved.charCodeAt(i);
    const value = code >= 65 ? code - 55 : code - 48;
    rest = value >= 10 ? (rest * 100 + value) % 97 : (rest * 10 + value) % 97;
  }
  return rest === 1;
}

/** Spain's DNI and NIE: the letter is the number mod 23 in this table (the NIE's X, Y, Z count as 0, 1, 2). */
export function isSpanishIdValid(id: string): boolean {
  const letters = "TRWAGMYFPDXBNJZSQVHLCKE";
  const body = id.slice(0, -1).replace(/^[XYZ]/, (lead) => String("XYZ".indexOf(lead)));
  return letters[Number(body) % 23] === id.at(-1);
}

/** France's NIR (social security number): the key is 97 minus the first 13 digits mod 97 (Corsica: 2A → 19, 2B → 18). */
export function isFrenchNirValid(nir: string): boolean {
  const body = nir.slice(0, 13).replace("2A", "19").replace("2B", "18");
  if (!/^\d{13}$/.test(body)) return false;
  return 97 - Number(BigInt(body) % 97n) === Number(nir.slice(13));
}

/** Germany's tax id (Steuer-ID): ISO 7064 MOD 11,10 over the first ten digits. */
export function isGermanTaxIdValid(digits: string): boolean {
  if (digits.length !== 11 || digits[0] === "0") return false;
  let product = 10;
  for (let i = 0; i < 10; i++) {
    let sum = (digits.charCodeAt(i) - 48 + product) % 10;
    if (sum === 0) sum = 10;
    product = (sum * 2) % 11;
  }
  const check = (11 - product) % 10;
  return check === digits.charCodeAt(10) - 48;
}

/** The United Kingdom's NHS number: weights 10 down to 2, 11 minus the sum mod 11 (10 is never issued). */
export function isNhsNumberValid(digits: string): boolean {
  if (digits.length !== 10) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += (digits.charCodeAt(i) - 48) * (10 - i);
  const check = 11 - (sum % 11);
  if (check === 10) return false;
  return (check === 11 ? 0 : check) === digits.charCodeAt(9) - 48;
}
