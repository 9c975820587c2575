/** A mainland China mobile number: 11 digits, 1 then 3–9. */
export const MOBILE_PATTERN = /^1[3-9]\d{9}$/;

/** As typed or read out: spaces and dashes dropped, and a +86 / 0086 country code. */
export function normalizeMobile(text: string): string {
  return text.replace(/[\s-]/g, '').replace(/^(?:\+86|0086)/, '');
}
