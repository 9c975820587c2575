import { memo } from 'react';
import { Button } from 'antd';
import { Kbd } from '../../components/Kbd';
import type { MessageKey } from '../../i18n/catalog';
import { useI18n } from '../../i18n/context';

export type SaleAction =
  | 'pay'
  | 'member'
  | 'tradeIn'
  | 'orderDiscount'
  | 'invoice'
  | 'hold'
  | 'held'
  | 'today'
  | 'ratesBoard'
  | 'voidCart'
  | 'returns';

/** Every action of the cart with its key, in the order a sale goes; the key works as well as the button. */
const ACTIONS: { action: SaleAction; key: string; label: MessageKey; needsLines: boolean }[] = [
  { action: 'pay', key: 'F9', label: 'sale.action.pay', needsLines: true },
  { action: 'member', key: 'F4', label: 'sale.action.member', needsLines: false },
  { action: 'tradeIn', key: 'F7', label: 'sale.action.tradeIn', needsLines: false },
  { action: 'orderDiscount', key: 'F10', label: 'sale.action.orderDiscount', needsLines: true },
  { action: 'invoice', key: 'Ctrl+I', label: 'sale.action.invoice', needsLines: false },
  { action: 'hold', key: 'F5', label: 'sale.action.hold', needsLines: true },
  { action: 'held', key: 'F6', label: 'sale.action.held', needsLines: false },
  { action: 'today', key: 'F1', label: 'sale.action.today', needsLines: false },
  { action: 'ratesBoard', key: 'Shift+F7', label: 'sale.action.ratesBoard', needsLines: false },
  { action: 'voidCart', key: 'Ctrl+Delete', label: 'sale.action.voidCart', needsLines: true },
  { action: 'returns', key: 'Shift+F9', label: 'sale.action.returns', needsLines: false },
];

/**
 * The cart's actions, and the keys of the search box that work on the cart's lines. Memoised: eleven buttons
 * are not rendered again by every scan, only when the cart gains its first line or loses its last.
 */
export const SaleActions = memo(function SaleActions({
  hasLines,
  canReturn,
  onAction,
}: {
  hasLines: boolean;
  canReturn: boolean;
  onAction(action: SaleAction): void;
}) {
  const { t } = useI18n();
  return (
    <section className="sale-actions" aria-label={t('sale.actions')}>
      {ACTIONS.map(({ action, key, label, needsLines }) => (
        <Button
          key={action}
          size={action === 'pay' ? 'large' : 'middle'}
          type={action === 'pay' ? 'primary' : 'default'}
          danger={action === 'voidCart'}
          disabled={(needsLines && !hasLines) || (action === 'returns' && !canReturn)}
          className={`sale-action sale-action-${action}`}
          onClick={() => onAction(action)}
        >
          {t(label)} <Kbd>{key}</Kbd>
        </Button>
      ))}
      <div className="sale-keys">
        <span>
          <Kbd>F3</Kbd> {t('sale.keys.search')}
        </span>
        <span>
          <Kbd>↑</Kbd>
          <Kbd>↓</Kbd> {t('sale.keys.choose')}
        </span>
        <span>
          <Kbd>Enter</Kbd> {t('sale.keys.edit')}
        </span>
        <span>
          <Kbd>Delete</Kbd> {t('sale.keys.remove')}
        </span>
        <span>{t('sale.keys.scan')}</span>
      </div>
    </section>
  );
});
