/**
 * Fields that take codes (a certificate number, a payment reference, a receipt number) are marked with
 * these props: a scan while one has the focus is typed into it instead of going to the screen's scan
 * handler. Spread them on the input: `<Input {...CODE_FIELD} />`.
 */
export const CODE_FIELD = { 'data-code-field': 'true' } as const;

export function isCodeField(element: Element): boolean {
  return element.getAttribute('data-code-field') === 'true';
}
