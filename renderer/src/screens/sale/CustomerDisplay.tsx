import type { CommittedSale } from '../../../../shared/contract/sales';
import { formatYuan } from '../../../../shared/domain/money';
import { useI18n } from '../../i18n/context';
import { CustomerFacing } from './CustomerFacing';
import { RatingPrompt } from './RatingPrompt';

interface CustomerDisplayProps {
  sale: CommittedSale;
  rated: number | null;
  onRated(rating: number): void;
  onClose(): void;
}

/**
 * The screen turned to the customer: thanks, what was paid and the change, and the satisfaction prompt in
 * large, with nothing of the till behind it. The cashier takes it back with F7 or Esc.
 */
export function CustomerDisplay({ sale, rated, onRated, onClose }: CustomerDisplayProps) {
  const { t } = useI18n();
  return (
    <CustomerFacing label={t('sale.customer.title')} closeKey="F7" onClose={onClose}>
      <h1 className="customer-display-thanks">{t('sale.customer.thanks')}</h1>
      <div className="customer-display-figures">
        <div>
          <span>{t('sale.customer.paid')}</span>
          <strong className="big-digits">{formatYuan(sale.totalFen)}</strong>
        </div>
        <div>
          <span>{t('sale.customer.change')}</span>
          <strong className="big-digits">{formatYuan(sale.changeFen)}</strong>
        </div>
      </div>
      <p className="customer-display-receipt">{t('sale.customer.receipt', { receiptNo: sale.receiptNo })}</p>
      <RatingPrompt receiptNo={sale.receiptNo} rated={rated} onRated={onRated} large />
    </CustomerFacing>
  );
}
