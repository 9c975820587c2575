// Card numbers (PANs) are never stored: a slip reference or a note that holds one is refused. The check
// reads the text as a person could have meant it: full-width digits and other compatibility forms folded
// (NFKC), invisible format characters (zero-width spaces, joiners) dropped, and any separator between the
// digit groups ignored: spaces, hyphens, dots, slashes, underscores, letters.

/** A GS1 barcode (EAN-13): its check digit weighs the others 1, 3, 1, 3 … from the left. */
function isEan13(digits: string): boolean {
  if (!/^\d{13}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(digits[i]) * (i % 2 === 0 ? 1 : 3);
  return (10 - (sum % 10)) % 10 === Number(digits[12]);
}

/**
 * A payment card number: 13 to 19 digits passing the Luhn check. A 13-digit EAN barcode is taken for what
 * the till sees daily (one in ten passes Luhn too); 13-digit cards have not been issued for decades.
 */
export function isCardNumber(digits: string): boolean {
  if (!/^\d{13,19}$/.test(digits) || isEan13(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
    sum += digit;
  }
  return sum % 10 === 0;
}

function normalise(text: string): string {
  return text.normalize('NFKC').replace(/\p{Cf}/gu, '');
}

// What the till writes itself and a note may quote: instants, document numbers (receipt T01-20261123-0001,
// repair ticket WX-T01-000012, return T01-R000003) and hex digests or ids. Their digits are not a card's.
const OWN_FORMATS = [
  /\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?/g,
  /\b[A-Z][A-Z0-9]*-\d{8}-\d{4}\b/g,
  /\bWX-[A-Z0-9]+-\d{6}\b/g,
  /\b[A-Z0-9]+-R\d{6}\b/g,
  /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi,
  /\b[0-9a-f]{32,}\b/gi,
];

/**
 * Whether free text (a note, a reason) holds a card number: some run of digits whose groups are at most two
 * characters apart reads as one.
 */
export function holdsCardNumber(text: string): boolean {
  let rest = normalise(text);
  for (const format of OWN_FORMATS) rest = rest.replace(format, ' ');
  for (const run of rest.match(/\d(?:[^\d\n]{0,2}\d)*/g) ?? []) {
    if (isCardNumber(run.replace(/\D/g, ''))) return true;
  }
  return false;
}

/**
 * Whether a payment's reference is a card number: all its digits, whatever stands between them, read as
 * one (a reference is one code, so letters in it are separators too), or any run within it does.
 */
export function referenceIsCardNumber(text: string): boolean {
  return isCardNumber(normalise(text).replace(/\D/g, '')) || holdsCardNumber(text);
}
