import type { Language } from '../../../../shared/contract';
import type { ReturnLineInput, ReturnPolicy, ReturnQuote } from '../../../../shared/contract/returns';
import { RULE_TEXT } from '../../../../shared/domain/returns';

/** The lines ticked for this return, one per sale line, in the receipt's order. */
export function withLine(chosen: readonly ReturnLineInput[], line: ReturnLineInput): ReturnLineInput[] {
  return [...chosen.filter((c) => c.lineNo !== line.lineNo), line].sort((a, b) => a.lineNo - b.lineNo);
}

export const withoutLine = (chosen: readonly ReturnLineInput[], lineNo: number): ReturnLineInput[] =>
  chosen.filter((c) => c.lineNo !== lineNo);

/**
 * The rule in the cashier's words: the core words it in Chinese; in English the same sentence is filled in
 * from the shared rule texts with the days since the sale and the category's window.
 */
export function ruleText(
  language: Language,
  line: ReturnQuote['lines'][number],
  days: number,
  category: string | null,
  policy: ReturnPolicy | null,
): string {
  if (language === 'zh-CN' || policy === null) return line.explanation;
  const window = (policy.categories.find((c) => c.category === category) ?? policy.standard).returnDays;
  return RULE_TEXT[line.why].en.replace('{days}', String(days)).replace('{window}', String(window));
}
