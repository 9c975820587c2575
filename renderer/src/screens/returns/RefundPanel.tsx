import { Alert, Button, Checkbox, Input, Segmented, Tag, Typography } from 'antd';
import type { ErrorBody } from '../../../../shared/contract';
import type { ReturnableSale, ReturnPolicy, ReturnQuote } from '../../../../shared/contract/returns';
import { formatWeightChange, formatYuan } from '../../../../shared/domain/money';
import { Kbd } from '../../components/Kbd';
import { useI18n } from '../../i18n/context';
import { useErrorText } from '../../i18n/errors';
import { CODE_FIELD } from '../../scan/code-field';
import { ruleText } from './return-lines';

/**
 * How the money goes back: to the tenders that paid (as the core proposes the split), or as the member's
 * store credit. An exchange will be a third way to settle, beside these two.
 */
export type RefundAs = 'tenders' | 'storeCredit';

/** Refunds made on the card terminal or in the wallet app: their reference is asked for. */
export const EXTERNAL_METHODS = ['bankCard', 'wechat', 'alipay'] as const;
export type ExternalMethod = (typeof EXTERNAL_METHODS)[number];
export const isExternal = (method: string): method is ExternalMethod =>
  (EXTERNAL_METHODS as readonly string[]).includes(method);

interface RefundPanelProps {
  sale: ReturnableSale;
  policy: ReturnPolicy | null;
  quote: ReturnQuote | null;
  quoteError: ErrorBody | null;
  /** A quote is on its way for what was just chosen. */
  pending: boolean;
  refundAs: RefundAs;
  onRefundAs(refundAs: RefundAs): void;
  references: Partial<Record<ExternalMethod, string>>;
  onReference(method: ExternalMethod, reference: string): void;
  approvalReason: string;
  onApprovalReason(reason: string): void;
  acceptDebt: boolean;
  onAcceptDebt(accept: boolean): void;
  busy: boolean;
  onConfirm(): void;
}

/**
 * The quote beside the lines: which rule applies to each and why in the cashier's words, what needs a
 * manager, and what the customer gets back per tender, large.
 */
export function RefundPanel(props: RefundPanelProps) {
  const { sale, policy, quote, quoteError, pending, refundAs, references, approvalReason, acceptDebt, busy } =
    props;
  const { t, language } = useI18n();
  const errorText = useErrorText();
  const categoryOf = (lineNo: number): string | null =>
    sale.lines.find((line) => line.lineNo === lineNo)?.category ?? null;

  return (
    <aside className="returns-side">
      {quoteError && <Alert type="error" showIcon data-testid="quote-error" title={errorText(quoteError)} />}
      {!quote && !quoteError && !pending && (
        <Typography.Text type="secondary" className="returns-hint">
          {t('returns.quote.none')}
        </Typography.Text>
      )}
      {quote && (
        <>
          <ul className="returns-rules panel" aria-label={t('returns.quote.rules')}>
            {quote.lines.map((line) => (
              <li key={line.lineNo} data-testid={`quote-line-${line.lineNo}`}>
                <div className="returns-rule-head">
                  <span>
                    {line.name} ×{line.quantity}
                  </span>
                  <strong>{formatYuan(line.amountFen)}</strong>
                </div>
                <div className="returns-rule-why" data-testid="rule">
                  {ruleText(language, line, quote.daysSinceSale, categoryOf(line.lineNo), policy)}
                </div>
                {line.weightDiffMg !== null && (
                  <div className="returns-rule-weight">
                    {t('returns.weightDiff', { diff: formatWeightChange(line.weightDiffMg) })}
                  </div>
                )}
                {line.failures.length > 0 && (
                  <div>
                    {line.failures.map((failure) => (
                      <Tag key={failure} color="red" bordered={false}>
                        {t(`returns.failure.${failure}`)}
                      </Tag>
                    ))}
                  </div>
                )}
              </li>
            ))}
          </ul>
          {quote.approvalReasons.length > 0 && (
            <div className="returns-approval">
              <Alert
                type="warning"
                showIcon
                title={t('returns.approval.needed', {
                  reasons: quote.approvalReasons.map((reason) => t(`returns.failure.${reason}`)).join('、'),
                })}
              />
              <Input
                id="returns-approval-reason"
                aria-label={t('returns.approval.reason')}
                placeholder={t('returns.approval.reason')}
                value={approvalReason}
                maxLength={200}
                onChange={(e) => props.onApprovalReason(e.target.value)}
                onPressEnter={props.onConfirm}
              />
            </div>
          )}
          {(quote.pointsTaken > 0 || quote.pointsRestored > 0) && (
            <Typography.Text>
              {t('returns.points', { taken: quote.pointsTaken, restored: quote.pointsRestored })}
            </Typography.Text>
          )}
          {quote.pointsDebt > 0 && (
            <Checkbox checked={acceptDebt} onChange={(e) => props.onAcceptDebt(e.target.checked)}>
              {t('returns.pointsDebt', { debt: quote.pointsDebt })}
            </Checkbox>
          )}
        </>
      )}
      <div className="returns-refund-as">
        <Segmented<RefundAs>
          value={refundAs}
          onChange={props.onRefundAs}
          options={[
            { value: 'tenders', label: t('returns.refundAs.tenders') },
            {
              value: 'storeCredit',
              label: t('returns.refundAs.storeCredit'),
              disabled: sale.customer === null,
            },
          ]}
        />
        <Kbd>F5</Kbd>
      </div>
      {quote && (
        <div className="returns-refunds panel" data-testid="refunds">
          {quote.refunds.map((refund, index) => (
            <div key={`${refund.method}-${refund.pool ?? 'buyBack'}-${index}`} className="returns-refund">
              <div className="returns-refund-row" data-testid={`refund-${refund.method}`}>
                <span>{t(`sale.tender.${refund.method}`)}</span>
                <strong className="big-digits">{formatYuan(refund.amountFen)}</strong>
              </div>
              {isExternal(refund.method) && (
                <Input
                  {...CODE_FIELD}
                  id={`returns-reference-${refund.method}`}
                  aria-label={t('returns.reference', { method: t(`sale.tender.${refund.method}`) })}
                  placeholder={t('returns.reference', { method: t(`sale.tender.${refund.method}`) })}
                  value={references[refund.method] ?? ''}
                  maxLength={64}
                  onChange={(e) => props.onReference(refund.method as ExternalMethod, e.target.value)}
                  onPressEnter={props.onConfirm}
                />
              )}
            </div>
          ))}
          <div className="returns-refund-total">
            <span>{t('returns.total')}</span>
            <strong className="big-digits" data-testid="refund-total">
              {formatYuan(quote.refundFen)}
            </strong>
          </div>
        </div>
      )}
      <Button
        type="primary"
        size="large"
        className="returns-confirm"
        disabled={!quote}
        loading={busy}
        onClick={props.onConfirm}
      >
        {t('returns.confirm')} <Kbd>F9</Kbd>
      </Button>
    </aside>
  );
}
