import { useMemo, useRef, useState } from 'react';
import { Alert, App as AntApp, Button, type InputRef } from 'antd';
import type { ErrorBody } from '../../../../shared/contract';
import type { Product } from '../../../../shared/contract/catalog';
import type { CartLineInput, CommittedSale, Seller, Tender } from '../../../../shared/contract/sales';
import { NO_CASH_ROUNDING } from '../../../../shared/domain/cash-rounding';
import type { ApiClient } from '../../api/client';
import { useApi } from '../../api/context';
import { useLoad } from '../../api/useLoad';
import { ScreenHeader } from '../../components/ScreenHeader';
import { useGuardLeaving } from '../../components/useGuardLeaving';
import { useHomeFocus } from '../../components/useHomeFocus';
import { useHotkeys } from '../../components/useHotkeys';
import { useStableCallback } from '../../components/useStableCallback';
import { useI18n } from '../../i18n/context';
import { useErrorText } from '../../i18n/errors';
import { useScanHandler } from '../../scan/context';
import { atRates } from './cart-lines';
import { CartLines } from './CartLines';
import { DoneView } from './DoneView';
import { HeldCartsModal } from './HeldCartsModal';
import { InvoiceModal } from './InvoiceModal';
import { LineEditorModal } from './LineEditorModal';
import { MemberCard } from './MemberCard';
import { MemberModal } from './MemberModal';
import { OrderDiscountModal } from './OrderDiscountModal';
import { PayoutModal } from './PayoutModal';
import { PaymentPanel } from './PaymentPanel';
import { ProductSearch } from './ProductSearch';
import { RatesBoard } from './RatesBoard';
import { RatesStrip } from './RatesStrip';
import { SaleActions, type SaleAction } from './SaleActions';
import { ShiftNotice } from './ShiftNotice';
import { TodaySalesModal } from './TodaySalesModal';
import { TotalsPanel } from './TotalsPanel';
import { TradeInModal } from './TradeInModal';
import { cartOf, useSaleDraft } from './useSaleDraft';
import { useCartLines, type LineDialog } from './useCartLines';
import './sale.css';

const loadRates = (api: ApiClient) => api.call('goldRates.today', {});
const loadSettings = (api: ApiClient) => api.call('sales.settings', {});
const loadTradeInPurity = (api: ApiClient) => api.call('sales.tradeInPurity', {});
/** Wrapped, so "no shift" (null) is told apart from "not loaded yet". */
const loadShift = async (api: ApiClient) => {
  const result = await api.call('shifts.current', {});
  return result.ok ? { ok: true as const, value: { open: result.value !== null } } : result;
};

type Dialog =
  LineDialog | { kind: 'payout' | 'member' | 'orderDiscount' | 'invoice' | 'held' | 'today' | 'ratesBoard' };

type Mode = { kind: 'cart' } | { kind: 'pay' } | { kind: 'done'; sale: CommittedSale };

/**
 * 收银台: the counter sale. The search box keeps the focus for typing, scans add goods wherever the focus
 * is, and every action has a key shown beside it. Each change is priced by the core before it is taken.
 */
interface SaleScreenProps {
  onBack(): void;
  /** The shift screen, to open a shift when none is; null while the till has none to go to. */
  onShifts: (() => void) | null;
  /** The returns screen (Shift+F9); null for someone who may not take returns. */
  onReturns: (() => void) | null;
}

export function SaleScreen({ onBack, onShifts, onReturns }: SaleScreenProps) {
  const api = useApi();
  const { t } = useI18n();
  const { message, modal } = AntApp.useApp();
  const errorText = useErrorText();
  const sale = useSaleDraft();
  const { draft, priced } = sale;
  const rates = useLoad(api, loadRates);
  const settings = useLoad(api, loadSettings);
  const tradeInPurity = useLoad(api, loadTradeInPurity);
  const shift = useLoad(api, loadShift);
  const noShift = shift.value?.open === false;
  /** For tests and styling: whether the till's shift is known to be open. */
  const shiftState = shift.value === null ? 'unknown' : shift.value.open ? 'open' : 'none';
  const [mode, setMode] = useState<Mode>({ kind: 'cart' });
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [tenders, setTenders] = useState<Tender[]>([]);
  const [payError, setPayError] = useState<ErrorBody | null>(null);
  const [committing, setCommitting] = useState(false);
  const searchRef = useRef<InputRef>(null);
  const lineCount = draft.lines.length;

  const focusSearch = (): void => searchRef.current?.focus({ cursor: 'all' });
  useHomeFocus(focusSearch);
  const close = (): void => {
    setDialog(null);
    sale.showError(null);
  };
  /** Applies a change; a dialog that asked for it closes once the core took it. */
  const change = async (next: Parameters<typeof sale.change>[0]): Promise<void> => {
    if (await sale.change(next)) setDialog(null);
  };
  const lines = useCartLines(sale, {
    rates: rates.value,
    priced: priced?.lines ?? [],
    open: setDialog,
    close: () => setDialog(null),
  });
  const { position, lookUp, saveLine, editLine } = lines;

  const hold = async (): Promise<void> => {
    if (lineCount === 0) return;
    const result = await api.call('sales.hold', { cart: cartOf(draft), label: priced?.customer?.name ?? '' });
    if (!result.ok) return sale.showError(result.error);
    void message.success(t('sale.held.done', { lines: result.value.lineCount }));
    sale.reset();
  };

  const recall = async (id: number): Promise<ErrorBody | null> => {
    const result = await api.call('sales.recall', { id });
    if (!result.ok) return result.error;
    await sale.load(result.value.cart);
    setDialog(null);
    return null;
  };

  const openHeld = (): void => {
    if (lineCount > 0) void message.warning(t('sale.held.busy'));
    else setDialog({ kind: 'held' });
  };

  const voidCart = (): void => {
    if (lineCount === 0) return;
    modal.confirm({
      title: t('sale.voidCart.title'),
      content: t('sale.voidCart.content', { lines: lineCount }),
      okText: t('sale.voidCart.ok'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: async () => {
        const result = await api.call('sales.voidCart', {
          lineCount,
          amountFen: priced?.totalFen ?? 0,
          reason: null,
        });
        if (!result.ok) return sale.showError(result.error);
        sale.reset();
        focusSearch();
      },
    });
  };

  /**
   * Records the sale paid with the tenders; with `seller`, old gold worth more than the new goods: no tender,
   * the customer paid the difference out of the drawer and the seller named.
   */
  const commit = async (seller: Seller | null = null): Promise<void> => {
    if (committing) return;
    setCommitting(true);
    const result = await api.call('sales.commit', {
      saleId: draft.saleId,
      cart: cartOf(draft),
      tenders: seller ? [] : tenders,
      seller,
    });
    setCommitting(false);
    if (!result.ok) {
      if (result.error.code === 'SHIFT_NOT_OPEN') void shift.reload();
      // a cancelled approval is said by the prompt; the payment stays as it was, ready for another try
      return setPayError(result.error.code === 'APPROVAL_CANCELLED' ? null : result.error);
    }
    setDialog(null);
    setMode({ kind: 'done', sale: result.value });
    setTenders([]);
    setPayError(null);
    sale.reset();
  };

  /** F9: payment, or the payout when the trade-in is worth more than the goods. */
  const pay = (): void => {
    if (!priced) return;
    if (priced.totalFen < 0) setDialog({ kind: 'payout' });
    else setMode({ kind: 'pay' });
  };

  const restamp = async (): Promise<void> => {
    await rates.reload();
    const fresh = await api.call('goldRates.today', {});
    if (!fresh.ok) return sale.showError(fresh.error);
    const purities = draft.lines.map((_, i) => priced?.lines[i]?.purity ?? null);
    await sale.change((current) => ({ lines: atRates(current.lines, purities, fresh.value) }));
  };

  /** The next sale; a scan on the finished one starts it with the item scanned. */
  const startNext = (code: string | null): void => {
    setMode({ kind: 'cart' });
    if (code) void lookUp(code);
  };

  // the parts a scan does not change get callbacks that stay the same, so their memo holds
  const onPick = useStableCallback((product: Product) => void lines.addProduct(product));
  const onCartKey = useStableCallback(lines.onCartKey);
  const openMember = useStableCallback(() => setDialog({ kind: 'member' }));
  const onAction = useStableCallback((action: SaleAction) => {
    if (action === 'pay') pay();
    else if (action === 'returns') onReturns?.();
    else if (action === 'hold') void hold();
    else if (action === 'voidCart') voidCart();
    else if (action === 'held') openHeld();
    else if (action === 'tradeIn') setDialog({ kind: 'tradeIn', index: null });
    else setDialog({ kind: action });
  });
  const header = useMemo(
    () => <ScreenHeader title={t('tile.sales')} onBack={onBack} extra={<RatesStrip rates={rates.value} />} />,
    [t, onBack, rates.value],
  );

  useScanHandler(({ code }) => {
    if (mode.kind === 'cart') void lookUp(code);
  });
  useHotkeys(
    mode.kind === 'cart'
      ? {
          F1: () => setDialog({ kind: 'today' }),
          F3: focusSearch,
          F4: () => setDialog({ kind: 'member' }),
          F5: () => void hold(),
          F6: openHeld,
          F7: () => setDialog({ kind: 'tradeIn', index: null }),
          'Shift+F7': () => setDialog({ kind: 'ratesBoard' }),
          F9: pay,
          F10: () => lineCount > 0 && setDialog({ kind: 'orderDiscount' }),
          'Shift+F9': () => onReturns?.(),
          'Ctrl+I': () => setDialog({ kind: 'invoice' }),
          'Ctrl+Delete': voidCart,
        }
      : {},
  );
  // Esc while paying goes back to the cart, not home; a cart left behind is kept for the way back.
  useGuardLeaving(mode.kind === 'pay' ? () => setMode({ kind: 'cart' }) : null);

  if (mode.kind === 'done') {
    return (
      <div className="screen sale-screen" data-shift={shiftState}>
        {header}
        <DoneView sale={mode.sale} onNext={() => startNext(null)} onScanNext={(code) => startNext(code)} />
      </div>
    );
  }

  const customer = priced?.customer ?? draft.customer;
  return (
    <div className="screen sale-screen" data-shift={shiftState}>
      {header}
      {noShift && <ShiftNotice onShifts={onShifts} onCheck={() => void shift.reload()} />}
      {sale.error && !dialog && (
        <Alert
          type="error"
          showIcon
          data-testid="sale-error"
          title={errorText(sale.error)}
          closable={{ onClose: () => sale.showError(null) }}
          action={
            sale.error.code === 'GOLD_RATE_CHANGED' && (
              <Button onClick={() => void restamp()}>{t('sale.rates.restamp')}</Button>
            )
          }
        />
      )}
      <div className="sale-layout">
        <div className="sale-main">
          {mode.kind === 'cart' ? (
            <>
              <ProductSearch inputRef={searchRef} onPick={onPick} onCartKey={onCartKey} onLeave={onBack} />
              <CartLines
                lines={priced?.lines ?? []}
                selected={position}
                onSelect={lines.select}
                onEdit={editLine}
              />
            </>
          ) : (
            <PaymentPanel
              totalFen={priced?.totalFen ?? 0}
              customer={customer}
              redeemFenPerPoint={settings.value?.pointsRedeemFenPerPoint ?? 1}
              cashRounding={settings.value?.cashRounding ?? NO_CASH_ROUNDING}
              tenders={tenders}
              onTenders={(next) => {
                setTenders(next);
                setPayError(null);
              }}
              error={payError}
              busy={committing}
              onCommit={() => void commit()}
              onBack={() => setMode({ kind: 'cart' })}
            />
          )}
        </div>
        <aside className="sale-side">
          <MemberCard customer={customer} onOpen={openMember} />
          <TotalsPanel priced={priced} draft={draft} />
          {mode.kind === 'cart' && (
            <SaleActions hasLines={lineCount > 0} canReturn={onReturns !== null} onAction={onAction} />
          )}
        </aside>
      </div>
      {dialog?.kind === 'line' && (
        <LineEditorModal
          input={dialog.input}
          priced={dialog.index < lineCount ? (priced?.lines[dialog.index] ?? null) : null}
          name={dialog.name}
          weighed={dialog.weighed}
          error={sale.error}
          busy={sale.busy}
          onSave={(line) => void saveLine(dialog.index, line)}
          onClose={close}
        />
      )}
      {dialog?.kind === 'tradeIn' && (
        <TradeInModal
          rates={rates.value ?? []}
          defaultPurity={tradeInPurity.value}
          line={
            dialog.index === null
              ? null
              : (draft.lines[dialog.index] as Extract<CartLineInput, { kind: 'tradeIn' }>)
          }
          error={sale.error}
          busy={sale.busy}
          onSave={(line) => void saveLine(dialog.index ?? lineCount, line)}
          onClose={close}
        />
      )}
      {dialog?.kind === 'member' && (
        <MemberModal
          attached={customer}
          onAttach={(chosen) => void change({ customer: chosen })}
          onClose={close}
        />
      )}
      {dialog?.kind === 'orderDiscount' && (
        <OrderDiscountModal
          discount={draft.orderDiscount}
          reason={draft.orderDiscountReason}
          error={sale.error}
          busy={sale.busy}
          onSave={(discount, reason) => void change({ orderDiscount: discount, orderDiscountReason: reason })}
          onClose={close}
        />
      )}
      {dialog?.kind === 'invoice' && (
        <InvoiceModal
          invoice={draft.invoice}
          onSave={(invoice) => void change({ invoice })}
          onClose={close}
        />
      )}
      {dialog?.kind === 'payout' && priced && (
        <PayoutModal
          priced={priced}
          error={payError}
          busy={committing}
          onPay={(seller) => void commit(seller)}
          onClose={() => {
            setPayError(null);
            close();
          }}
        />
      )}
      {dialog?.kind === 'held' && <HeldCartsModal onRecall={recall} onClose={close} />}
      {dialog?.kind === 'today' && <TodaySalesModal onClose={close} />}
      {dialog?.kind === 'ratesBoard' && <RatesBoard rates={rates.value ?? []} onClose={close} />}
    </div>
  );
}
