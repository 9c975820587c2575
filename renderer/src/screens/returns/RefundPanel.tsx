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
 * store credit; what an exchange leaves over may also go back in cash.
 */
export type RefundAs = 'tenders' | 'cash' | 'storeCredit';
export type ReturnRefundAs = Exclude<RefundAs, 'cash'>;

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
  refundAs: ReturnRefundAs;
  onRefundAs(refundAs: ReturnRefundAs): void;
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
          <ApprovalReason
            reasons={quote.approvalReasons}
            value={approvalReason}
            onChange={props.onApprovalReason}
            onConfirm={props.onConfirm}
          />
          <PointsNote quote={quote} acceptDebt={acceptDebt} onAcceptDebt={props.onAcceptDebt} />
        </>
      )}
      <RefundAsChoice
        value={refundAs}
        choices={['tenders', 'storeCredit']}
        member={sale.customer !== null}
        onChange={props.onRefundAs}
      />
      {quote && (
        <RefundList
          refunds={quote.refunds}
          totalFen={quote.refundFen}
          references={references}
          onReference={props.onReference}
          onConfirm={props.onConfirm}
        />
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

/** Why a manager must approve, and the reason they give, typed before the confirmation goes to their PIN. */
export function ApprovalReason(props: {
  reasons: ReturnQuote['approvalReasons'];
  value: string;
  onChange(reason: string): void;
  onConfirm(): void;
}) {
  const { t } = useI18n();
  if (props.reasons.length === 0) return null;
  return (
    <div className="returns-approval">
      <Alert
        type="warning"
        showIcon
        title={t('returns.approval.needed', {
          reasons: props.reasons.map((reason) => t(`returns.failure.${reason}`)).join('、'),
        })}
      />
      <Input
        id="returns-approval-reason"
        aria-label={t('returns.approval.reason')}
        placeholder={t('returns.approval.reason')}
        value={props.value}
        maxLength={200}
        onChange={(e) => props.onChange(e.target.value)}
        onPressEnter={props.onConfirm}
      />
    </div>
  );
}

/** The ways back offered (F5 steps through them); store credit only for a member. */
export function RefundAsChoice<T extends RefundAs>(props: {
  value: T;
  choices: readonly T[];
  member: boolean;
  onChange(refundAs: T): void;
}) {
  const { t } = useI18n();
  return (
    <div className="returns-refund-as">
      <Segmented<T>
        value={props.value}
        onChange={props.onChange}
        options={props.choices.map((choice) => ({
          value: choice,
          label: t(`returns.refundAs.${choice}`),
          disabled: choice === 'storeCredit' && !props.member,
        }))}
      />
      <Kbd>F5</Kbd>
    </div>
  );
}

/** The next way back F5 offers, skipping store credit for someone who is not a member. */
export function nextRefundAs<T extends RefundAs>(current: T, choices: readonly T[], member: boolean): T {
  const open = choices.filter((choice) => choice !== 'storeCredit' || member);
  return open[(open.indexOf(current) + 1) % open.length] ?? current;
}

/** What the customer gets back per tender, large, each card or wallet refund with its reference. */
export function RefundList(props: {
  refunds: ReturnQuote['refunds'];
  totalFen: number;
  references: Partial<Record<ExternalMethod, string>>;
  onReference(method: ExternalMethod, reference: string): void;
  onConfirm(): void;
}) {
  const { t } = useI18n();
  return (
    <div className="returns-refunds panel" data-testid="refunds">
      {props.refunds.map((refund, index) => (
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
              value={props.references[refund.method] ?? ''}
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
          {formatYuan(props.totalFen)}
        </strong>
      </div>
    </div>
  );
}

/** Points taken back and restored, and the member's debt when they have spent them, confirmed by a tick. */
export function PointsNote(props: {
  quote: ReturnQuote;
  acceptDebt: boolean;
  onAcceptDebt(accept: boolean): void;
}) {
  const { t } = useI18n();
  const { quote } = props;
  return (
    <>
      {(quote.pointsTaken > 0 || quote.pointsRestored > 0) && (
        <Typography.Text>
          {t('returns.points', { taken: quote.pointsTaken, restored: quote.pointsRestored })}
        </Typography.Text>
      )}
      {quote.pointsDebt > 0 && (
        <Checkbox checked={props.acceptDebt} onChange={(e) => props.onAcceptDebt(e.target.checked)}>
          {t('returns.pointsDebt', { debt: quote.pointsDebt })}
        </Checkbox>
      )}
    </>
  );
}
