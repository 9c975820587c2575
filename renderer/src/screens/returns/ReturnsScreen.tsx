import { useEffect, useMemo, useRef, useState } from 'react';
import { Alert, Button, Input, Typography, type InputRef } from 'antd';
import type { ChannelInput, Envelope, ErrorBody } from '../../../../shared/contract';
import type {
  BuyBack,
  CommittedExchange,
  NoReceiptReturn,
  ReturnableSale,
  ReturnLineInput,
  ReturnQuote,
} from '../../../../shared/contract/returns';
import { formatYuan } from '../../../../shared/domain/money';
import type { ApiClient } from '../../api/client';
import { useApi } from '../../api/context';
import { useLoad } from '../../api/useLoad';
import { Kbd } from '../../components/Kbd';
import { ScreenHeader } from '../../components/ScreenHeader';
import { useGuardLeaving } from '../../components/useGuardLeaving';
import { useHomeFocus } from '../../components/useHomeFocus';
import { useHotkeys } from '../../components/useHotkeys';
import { useI18n } from '../../i18n/context';
import { useErrorText } from '../../i18n/errors';
import { CODE_FIELD } from '../../scan/code-field';
import { useScanHandler } from '../../scan/context';
import { BuyBackModal } from './BuyBackModal';
import { ExchangePanel } from './ExchangePanel';
import { InspectModal } from './InspectModal';
import { MemberPurchasesModal } from './MemberPurchasesModal';
import { NoReceiptModal } from './NoReceiptModal';
import { ReceiptLines } from './ReceiptLines';
import { RefundPanel, isExternal, type ExternalMethod, type ReturnRefundAs } from './RefundPanel';
import { ReturnDone, type DoneReturn } from './ReturnDone';
import { withLine, withoutLine } from './return-lines';
import './returns.css';

const loadPolicy = (api: ApiClient) => api.call('returns.policy', {});

/** What the cashier has chosen for the sale on screen; kept through a refusal so nothing is typed twice. */
interface Selection {
  chosen: ReturnLineInput[];
  refundAs: ReturnRefundAs;
  references: Partial<Record<ExternalMethod, string>>;
  approvalReason: string;
  acceptDebt: boolean;
}

interface QuoteAnswer {
  request: ChannelInput<'returns.quote'>;
  result: Envelope<ReturnQuote>;
}

const EMPTY: Selection = {
  chosen: [],
  refundAs: 'tenders',
  references: {},
  approvalReason: '',
  acceptDebt: false,
};

/**
 * 退换货: the sale found by its receipt (scanned anywhere on the screen, or typed), its lines ticked after
 * inspection, the rule and the refund quoted by the core as it would commit it, a manager's approval with a
 * reason when the quote asks, then the return committed and its receipt printed through the queue.
 */
export function ReturnsScreen({ onBack }: { onBack(): void }) {
  const api = useApi();
  const { t } = useI18n();
  const errorText = useErrorText();
  const policy = useLoad(api, loadPolicy);
  const [receiptText, setReceiptText] = useState('');
  const [sale, setSale] = useState<ReturnableSale | null>(null);
  const [selection, setSelection] = useState<Selection>(EMPTY);
  const [cursor, setCursor] = useState(0);
  const [inspecting, setInspecting] = useState<number | null>(null);
  /** The paths without a sale on screen: old gold bought back, a piece taken back without its receipt. */
  const [other, setOther] = useState<'buyBack' | 'noReceipt' | 'purchases' | null>(null);
  const [error, setError] = useState<ErrorBody | null>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<DoneReturn | null>(null);
  /** The ticked lines are being exchanged for new goods rather than refunded. */
  const [exchanging, setExchanging] = useState(false);
  // one id per return being made: a retry after a lost answer is answered with the return already made
  const [returnId, setReturnId] = useState(() => crypto.randomUUID());
  const receiptRef = useRef<InputRef>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const { chosen, refundAs } = selection;

  const focusHome = (): void => {
    if (sale) listRef.current?.focus();
    else receiptRef.current?.focus({ cursor: 'all' });
  };
  useHomeFocus(focusHome);
  useEffect(() => {
    if (sale) listRef.current?.focus();
  }, [sale]);

  const change = (next: Partial<Selection>): void => {
    setSelection((current) => ({ ...current, ...next }));
    setError(null);
  };

  // The quote follows every change of the lines or of the way back; an answer to an older choice is not shown.
  const request = useMemo(
    () => (sale && chosen.length > 0 ? { receiptNo: sale.receiptNo, lines: chosen, refundAs } : null),
    [sale, chosen, refundAs],
  );
  const [answer, setAnswer] = useState<QuoteAnswer | null>(null);
  useEffect(() => {
    if (!request) return;
    let live = true;
    void api.call('returns.quote', request).then((result) => {
      if (live) setAnswer({ request, result });
    });
    return () => {
      live = false;
    };
  }, [api, request]);
  const answered = request !== null && answer?.request === request ? answer.result : null;
  const quote = answered?.ok ? answered.value : null;
  const quoteError = answered && !answered.ok ? answered.error : null;

  const find = async (code: string): Promise<void> => {
    const receiptNo = code.trim();
    if (!receiptNo) return;
    setReceiptText(receiptNo);
    const result = await api.call('returns.find', { receiptNo });
    // a receipt not found leaves the sale on screen and its selection as they were
    if (!result.ok) return setError(result.error);
    setError(null);
    setDone(null);
    setSale(result.value);
    setSelection(EMPTY);
    setCursor(
      Math.max(
        0,
        result.value.lines.findIndex((line) => line.returnableQuantity > 0),
      ),
    );
    setReturnId(crypto.randomUUID());
  };

  const reset = (): void => {
    setExchanging(false);
    setSale(null);
    setSelection(EMPTY);
    setDone(null);
    setError(null);
    setReceiptText('');
    setReturnId(crypto.randomUUID());
  };

  const inspect = (index: number): void => {
    const line = sale?.lines[index];
    if (line && line.returnableQuantity > 0) setInspecting(index);
  };

  const untick = (): void => {
    const line = sale?.lines[cursor];
    if (line) change({ chosen: withoutLine(chosen, line.lineNo) });
  };

  const toggleRefundAs = (): void => {
    if (sale?.customer) change({ refundAs: refundAs === 'tenders' ? 'storeCredit' : 'tenders' });
  };

  /** The first thing the commit would refuse for, with the focus put where it is given. */
  const missing = (current: ReturnQuote): boolean => {
    const focus = (id: string): void => document.getElementById(id)?.focus();
    if (current.approvalReasons.length > 0 && selection.approvalReason.trim() === '') {
      focus('returns-approval-reason');
      return true;
    }
    const unreferenced = current.refunds.find(
      (refund) => isExternal(refund.method) && !selection.references[refund.method]?.trim(),
    );
    if (unreferenced) focus(`returns-reference-${unreferenced.method}`);
    return unreferenced !== undefined;
  };

  const confirm = async (): Promise<void> => {
    if (!sale || !quote || busy || missing(quote)) return;
    setBusy(true);
    const result = await api.call('returns.commit', {
      returnId,
      receiptNo: sale.receiptNo,
      lines: chosen,
      refundAs,
      references: Object.entries(selection.references).flatMap(([method, reference]) =>
        reference?.trim() && isExternal(method) ? [{ method, reference: reference.trim() }] : [],
      ),
      approvalReason: quote.approvalReasons.length > 0 ? selection.approvalReason.trim() : null,
      acceptPointsDebt: selection.acceptDebt,
    });
    setBusy(false);
    // a cancelled approval is said by the prompt; the selection stays for another try
    if (!result.ok) return setError(result.error.code === 'APPROVAL_CANCELLED' ? null : result.error);
    setDone({ ...result.value, kind: 'return', seller: null });
    setSale(null);
    setSelection(EMPTY);
    setReceiptText('');
  };

  const otherDone = (made: DoneReturn): void => {
    setOther(null);
    reset();
    setDone(made);
  };
  const boughtBack = (bought: BuyBack): void =>
    otherDone({
      kind: 'buyBack',
      returnNo: bought.returnNo,
      seller: `${bought.seller.name} ${bought.seller.idNumber}`,
      refunds: [{ method: 'cash', amountFen: bought.amountFen }],
      refundFen: bought.amountFen,
    });
  const noReceiptDone = (made: NoReceiptReturn): void =>
    otherDone({
      kind: 'noReceipt',
      returnNo: made.returnNo,
      seller: null,
      refunds: made.refundFen === 0 ? [] : [{ method: made.refundAs, amountFen: made.refundFen }],
      refundFen: made.refundFen,
    });
  const otherKeys = {
    F6: () => setOther('purchases'),
    F7: () => setOther('buyBack'),
    F10: () => setOther('noReceipt'),
  };

  const exchanged = (made: CommittedExchange): void => {
    reset();
    setDone({
      kind: 'exchange',
      returnNo: made.returnNo,
      seller: null,
      refunds: made.refunds,
      refundFen: made.refunds.reduce((sum, refund) => sum + refund.amountFen, 0),
      exchange: { receiptNo: made.receiptNo, differenceFen: made.differenceFen, changeFen: made.changeFen },
    });
  };

  useScanHandler(({ code }) => {
    if (inspecting === null && other === null) void find(code);
  });
  useHotkeys(
    exchanging
      ? {}
      : done
        ? otherKeys
        : {
            ...otherKeys,
            F3: () => receiptRef.current?.focus({ cursor: 'all' }),
            F4: () => chosen.length > 0 && setExchanging(true),
            F5: toggleRefundAs,
            F9: () => void confirm(),
            ArrowUp: () => setCursor((at) => Math.max(0, at - 1)),
            ArrowDown: () => setCursor((at) => Math.min((sale?.lines.length ?? 1) - 1, at + 1)),
            Enter: () => inspect(cursor),
            ' ': untick,
            Delete: untick,
          },
  );
  // Esc with a sale on screen puts it away (one step back), not the whole screen
  useGuardLeaving(sale && !exchanging ? reset : null);

  const line = inspecting === null ? null : (sale?.lines[inspecting] ?? null);
  return (
    <div className="screen returns-screen">
      <ScreenHeader title={t('tile.returns')} onBack={onBack} />
      {error && (
        <Alert
          type="error"
          showIcon
          data-testid="returns-error"
          title={errorText(error)}
          closable={{ onClose: () => setError(null) }}
        />
      )}
      {done ? (
        <ReturnDone done={done} onNext={reset} />
      ) : sale && exchanging ? (
        <ExchangePanel sale={sale} chosen={chosen} onDone={exchanged} onBack={() => setExchanging(false)} />
      ) : (
        <>
          <div className="returns-find">
            <Input
              {...CODE_FIELD}
              ref={receiptRef}
              size="large"
              aria-label={t('returns.receipt')}
              placeholder={t('returns.receipt')}
              value={receiptText}
              autoFocus
              autoComplete="off"
              onChange={(e) => {
                setReceiptText(e.target.value);
                // a scan is typed into the field whole, by a plain input event (typing sends InputEvents), and
                // its Enter kept: the receipt is looked up as the scanner's Enter would have asked
                if (!(e.nativeEvent instanceof InputEvent)) void find(e.target.value);
              }}
              onPressEnter={() => void find(receiptText)}
              onKeyDown={(event) => {
                // Esc steps back from the field as from the screen: the text, the sale, then home
                if (event.key !== 'Escape') return;
                if (receiptText) setReceiptText('');
                else if (sale) reset();
                else onBack();
              }}
            />
            <Button size="large" onClick={() => void find(receiptText)}>
              {t('returns.find')} <Kbd>Enter</Kbd>
            </Button>
            <Kbd>F3</Kbd>
            <div className="returns-other">
              <Button onClick={() => setOther('purchases')}>
                {t('returns.purchases.title')} <Kbd>F6</Kbd>
              </Button>
              <Button onClick={() => setOther('noReceipt')}>
                {t('returns.noReceipt.title')} <Kbd>F10</Kbd>
              </Button>
              <Button onClick={() => setOther('buyBack')}>
                {t('returns.buyBack.title')} <Kbd>F7</Kbd>
              </Button>
            </div>
          </div>
          {sale ? (
            <div className="returns-layout">
              <div className="returns-main">
                <div className="returns-sale" data-testid="returns-sale">
                  <strong>{t('returns.sale', { receiptNo: sale.receiptNo, day: sale.businessDay })}</strong>
                  <span>{t('returns.daysSince', { days: sale.daysSinceSale })}</span>
                  {sale.customer && (
                    <span>
                      {t('returns.customer', { name: sale.customer.name, points: sale.customer.points })}
                    </span>
                  )}
                </div>
                <ReceiptLines
                  sale={sale}
                  chosen={chosen}
                  cursor={cursor}
                  listRef={listRef}
                  onCursor={setCursor}
                  onInspect={inspect}
                />
                <div className="returns-paid" data-testid="returns-paid">
                  {t('returns.paid')}
                  {sale.payments.map((payment) => (
                    <span key={payment.method}>
                      {t('returns.paid.tender', {
                        method: t(`sale.tender.${payment.method}`),
                        paid: formatYuan(payment.paidFen),
                        refunded: formatYuan(payment.refundedFen),
                      })}
                    </span>
                  ))}
                </div>
                <div className="returns-keys">
                  <span>
                    <Kbd>↑</Kbd>
                    <Kbd>↓</Kbd> {t('returns.keys.choose')}
                  </span>
                  <span>
                    <Kbd>Enter</Kbd> {t('returns.keys.inspect')}
                  </span>
                  <span>
                    <Kbd>Space</Kbd> {t('returns.keys.untick')}
                  </span>
                  <span>
                    <Kbd>Esc</Kbd> {t('returns.keys.clear')}
                  </span>
                  <Button
                    size="small"
                    disabled={chosen.length === 0}
                    onClick={() => setExchanging(true)}
                    data-testid="to-exchange"
                  >
                    {t('returns.keys.exchange')} <Kbd>F4</Kbd>
                  </Button>
                </div>
              </div>
              <RefundPanel
                sale={sale}
                policy={policy.value}
                quote={quote}
                quoteError={quoteError}
                pending={request !== null && answered === null}
                refundAs={refundAs}
                onRefundAs={(next) => change({ refundAs: next })}
                references={selection.references}
                onReference={(method, reference) =>
                  change({ references: { ...selection.references, [method]: reference } })
                }
                approvalReason={selection.approvalReason}
                onApprovalReason={(approvalReason) => change({ approvalReason })}
                acceptDebt={selection.acceptDebt}
                onAcceptDebt={(acceptDebt) => change({ acceptDebt })}
                busy={busy}
                onConfirm={() => void confirm()}
              />
            </div>
          ) : (
            <Typography.Text type="secondary" className="returns-hint">
              {t('returns.empty')}
            </Typography.Text>
          )}
        </>
      )}
      {other === 'buyBack' && <BuyBackModal onDone={boughtBack} onClose={() => setOther(null)} />}
      {other === 'purchases' && (
        <MemberPurchasesModal
          onPick={(receiptNo) => {
            setOther(null);
            void find(receiptNo);
          }}
          onClose={() => setOther(null)}
        />
      )}
      {other === 'noReceipt' && <NoReceiptModal onDone={noReceiptDone} onClose={() => setOther(null)} />}
      {sale && line && (
        <InspectModal
          line={line}
          given={chosen.find((c) => c.lineNo === line.lineNo) ?? null}
          onSave={(input) => {
            change({ chosen: withLine(chosen, input) });
            setInspecting(null);
          }}
          onClose={() => setInspecting(null)}
        />
      )}
    </div>
  );
}
