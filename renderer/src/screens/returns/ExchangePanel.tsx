import { useCallback, useEffect, useRef, useState } from 'react';
import { Alert, Button, Typography, type InputRef } from 'antd';
import type { ErrorBody } from '../../../../shared/contract';
import type {
  CommittedExchange,
  ExchangeQuote,
  ReturnableSale,
  ReturnLineInput,
} from '../../../../shared/contract/returns';
import type { Cart, Tender } from '../../../../shared/contract/sales';
import { NO_CASH_ROUNDING } from '../../../../shared/domain/cash-rounding';
import { formatYuan } from '../../../../shared/domain/money';
import type { ApiClient } from '../../api/client';
import { useApi } from '../../api/context';
import { useLoad } from '../../api/useLoad';
import { Kbd } from '../../components/Kbd';
import { useGuardLeaving } from '../../components/useGuardLeaving';
import { useHomeFocus } from '../../components/useHomeFocus';
import { useHotkeys } from '../../components/useHotkeys';
import { useI18n } from '../../i18n/context';
import { useErrorText } from '../../i18n/errors';
import { useScanHandler } from '../../scan/context';
import { CartLines } from '../sale/CartLines';
import { LineEditorModal } from '../sale/LineEditorModal';
import { PaymentPanel } from '../sale/PaymentPanel';
import { ProductSearch } from '../sale/ProductSearch';
import { cartOf, useCartDraft } from '../sale/useSaleDraft';
import { useCartLines, type LineDialog } from '../sale/useCartLines';
import {
  ApprovalReason,
  isExternal,
  nextRefundAs,
  PointsNote,
  RefundAsChoice,
  RefundList,
  type ExternalMethod,
  type RefundAs,
} from './RefundPanel';

const loadRates = (api: ApiClient) => api.call('goldRates.today', {});
const loadSettings = (api: ApiClient) => api.call('sales.settings', {});

const CHOICES: readonly RefundAs[] = ['tenders', 'cash', 'storeCredit'];

interface ExchangePanelProps {
  sale: ReturnableSale;
  /** The lines ticked and inspected on the receipt: they come back. */
  chosen: readonly ReturnLineInput[];
  onDone(exchange: CommittedExchange): void;
  /** Back to the receipt's lines, as a refund again. */
  onBack(): void;
}

/**
 * 换货: the ticked lines come back and new goods go out in one transaction. The new goods are added as at the
 * sale screen (scan, or search and Enter; gold at today's rate, weighed where it has no tag weight), every
 * change quoted by the core with what comes back; the difference is shown large. The customer pays it with the
 * sale's tenders, or gets it back over the tenders that paid, in cash or as store credit; F9 confirms.
 */
export function ExchangePanel({ sale, chosen, onDone, onBack }: ExchangePanelProps) {
  const api = useApi();
  const { t } = useI18n();
  const errorText = useErrorText();
  const rates = useLoad(api, loadRates);
  const settings = useLoad(api, loadSettings);
  const [refundAs, setRefundAs] = useState<RefundAs>('tenders');
  const [references, setReferences] = useState<Partial<Record<ExternalMethod, string>>>({});
  const [approvalReason, setApprovalReason] = useState('');
  const [acceptDebt, setAcceptDebt] = useState(false);
  const [paying, setPaying] = useState(false);
  const [tenders, setTenders] = useState<Tender[]>([]);
  const [error, setError] = useState<ErrorBody | null>(null);
  const [busy, setBusy] = useState(false);
  const [editing, setEditing] = useState<LineDialog | null>(null);
  // one return id per exchange being made (the sale's id is the cart's): a retry answers the one already made
  const [returnId] = useState(() => crypto.randomUUID());
  const searchRef = useRef<InputRef>(null);

  const request = useCallback(
    (cart: Cart) => ({ receiptNo: sale.receiptNo, lines: [...chosen], cart, refundAs }),
    [sale.receiptNo, chosen, refundAs],
  );
  const price = useCallback((cart: Cart) => api.call('returns.quoteExchange', request(cart)), [api, request]);
  const cart = useCartDraft<ExchangeQuote>({ price, kept: false });
  const { draft, priced: quote } = cart;
  const lineCount = draft.lines.length;
  const member = sale.customer !== null;
  const differenceFen = quote?.differenceFen ?? 0;
  const refundFen = quote?.refunds.reduce((sum, refund) => sum + refund.amountFen, 0) ?? 0;

  // how the customer gets money back changes the quote's refunds: quoted again
  const { change } = cart;
  useEffect(() => {
    void change({});
  }, [change, refundAs]);

  const focusSearch = (): void => searchRef.current?.focus({ cursor: 'all' });
  useHomeFocus(focusSearch);

  const lines = useCartLines(cart, {
    rates: rates.value,
    priced: quote?.sale.lines ?? [],
    open: setEditing,
    close: () => setEditing(null),
  });

  /** The first thing the commit would refuse for, with the focus put where it is given. */
  const missing = (current: ExchangeQuote): boolean => {
    const focus = (id: string): void => document.getElementById(id)?.focus();
    if (current.returned.approvalReasons.length > 0 && approvalReason.trim() === '') {
      focus('returns-approval-reason');
      return true;
    }
    const unreferenced = current.refunds.find(
      (refund) => isExternal(refund.method) && !references[refund.method]?.trim(),
    );
    if (unreferenced) focus(`returns-reference-${unreferenced.method}`);
    return unreferenced !== undefined;
  };

  const commit = async (): Promise<void> => {
    if (!quote || busy || missing(quote)) return;
    setBusy(true);
    const result = await api.call('returns.exchange', {
      ...request(cartOf(draft)),
      returnId,
      saleId: draft.saleId,
      tenders: differenceFen > 0 ? tenders : [],
      references: Object.entries(references).flatMap(([method, reference]) =>
        reference?.trim() && isExternal(method) ? [{ method, reference: reference.trim() }] : [],
      ),
      approvalReason: quote.returned.approvalReasons.length > 0 ? approvalReason.trim() : null,
      acceptPointsDebt: acceptDebt,
    });
    setBusy(false);
    // a cancelled approval is said by the prompt; everything stays for another try
    if (!result.ok) return setError(result.error.code === 'APPROVAL_CANCELLED' ? null : result.error);
    onDone(result.value);
  };

  /** F9: a difference to pay goes to the tenders first; otherwise the exchange is confirmed. */
  const confirm = (): void => {
    if (!quote || missing(quote)) return;
    if (differenceFen > 0) setPaying(true);
    else void commit();
  };

  useScanHandler(({ code }) => {
    if (!paying && editing === null) void lines.lookUp(code);
  });
  useHotkeys(
    paying
      ? {}
      : {
          F3: focusSearch,
          F4: onBack,
          F5: () => setRefundAs((current) => nextRefundAs(current, CHOICES, member)),
          F9: confirm,
        },
  );
  // Esc while paying goes back to the new goods; from the goods, back to the receipt's lines
  useGuardLeaving(paying ? () => setPaying(false) : onBack);

  const shown = error ?? cart.error;
  return (
    <div className="returns-layout returns-exchange" data-testid="exchange">
      <div className="returns-main">
        <div className="returns-sale">
          <strong>{t('returns.exchange.title', { receiptNo: sale.receiptNo })}</strong>
          <span data-testid="exchange-returned">
            {t('returns.exchange.returned', {
              lines: chosen
                .map((line) => {
                  const sold = sale.lines.find((l) => l.lineNo === line.lineNo);
                  return `${sold?.name ?? line.lineNo} ×${line.quantity ?? 1}`;
                })
                .join('、'),
            })}
          </span>
        </div>
        {shown && (
          <Alert
            type="error"
            showIcon
            data-testid="exchange-error"
            title={errorText(shown)}
            closable={{
              onClose: () => {
                setError(null);
                cart.showError(null);
              },
            }}
          />
        )}
        {paying ? (
          <PaymentPanel
            totalFen={differenceFen}
            customer={null}
            redeemFenPerPoint={settings.value?.pointsRedeemFenPerPoint ?? 1}
            cashRounding={settings.value?.cashRounding ?? NO_CASH_ROUNDING}
            tenders={tenders}
            onTenders={(next) => {
              setTenders(next);
              setError(null);
            }}
            error={null}
            busy={busy}
            onCommit={() => void commit()}
            onBack={() => setPaying(false)}
          />
        ) : (
          <>
            <ProductSearch
              inputRef={searchRef}
              onPick={(product) => void lines.addProduct(product)}
              onCartKey={lines.onCartKey}
              onLeave={onBack}
            />
            <CartLines
              lines={quote?.sale.lines ?? []}
              selected={lines.position}
              onSelect={lines.select}
              onEdit={lines.editLine}
            />
          </>
        )}
      </div>
      <aside className="returns-side">
        <div className="returns-refunds panel" data-testid="exchange-figures">
          <div className="returns-refund-row">
            <span>{t('returns.exchange.credit')}</span>
            <strong className="big-digits" data-testid="exchange-credit">
              {formatYuan(quote?.creditFen ?? 0)}
            </strong>
          </div>
          <div className="returns-refund-row">
            <span>{t('returns.exchange.newGoods')}</span>
            <strong className="big-digits" data-testid="exchange-new">
              {formatYuan(quote?.sale.totalFen ?? 0)}
            </strong>
          </div>
          <div className="returns-refund-total">
            <span>
              {differenceFen >= 0 ? t('returns.exchange.customerPays') : t('returns.exchange.customerGets')}
            </span>
            <strong className="big-digits" data-testid="exchange-difference">
              {formatYuan(Math.abs(differenceFen))}
            </strong>
          </div>
        </div>
        {!quote && (
          <Typography.Text type="secondary" className="returns-hint">
            {t('returns.exchange.empty')}
          </Typography.Text>
        )}
        {quote && (
          <>
            <ApprovalReason
              reasons={quote.returned.approvalReasons}
              value={approvalReason}
              onChange={setApprovalReason}
              onConfirm={confirm}
            />
            <PointsNote quote={quote.returned} acceptDebt={acceptDebt} onAcceptDebt={setAcceptDebt} />
          </>
        )}
        {differenceFen < 0 && (
          <RefundAsChoice value={refundAs} choices={CHOICES} member={member} onChange={setRefundAs} />
        )}
        {quote && quote.refunds.length > 0 && (
          <RefundList
            refunds={quote.refunds}
            totalFen={refundFen}
            references={references}
            onReference={(method, reference) => setReferences({ ...references, [method]: reference })}
            onConfirm={confirm}
          />
        )}
        <div className="returns-exchange-actions">
          <Button size="large" onClick={onBack}>
            {t('returns.exchange.back')} <Kbd>F4</Kbd>
          </Button>
          <Button
            type="primary"
            size="large"
            className="returns-confirm"
            disabled={!quote || paying}
            loading={busy}
            onClick={confirm}
          >
            {differenceFen > 0 ? t('returns.exchange.pay') : t('returns.exchange.confirm')} <Kbd>F9</Kbd>
          </Button>
        </div>
      </aside>
      {editing?.kind === 'line' && (
        <LineEditorModal
          input={editing.input}
          priced={editing.index < lineCount ? (quote?.sale.lines[editing.index] ?? null) : null}
          name={editing.name}
          weighed={editing.weighed}
          error={cart.error}
          busy={cart.busy}
          onSave={(line) => void lines.saveLine(editing.index, line)}
          onClose={() => {
            setEditing(null);
            cart.showError(null);
          }}
        />
      )}
    </div>
  );
}
