import { Form, Typography } from 'antd';
import type { ErrorBody } from '../../../../shared/contract';
import type { PricedCart } from '../../../../shared/contract/sales';
import { formatYuan } from '../../../../shared/domain/money';
import { SellerFields, type SellerValues } from '../../components/SellerFields';
import { useI18n } from '../../i18n/context';
import { FormDialog } from './FormDialog';

interface PayoutModalProps {
  priced: PricedCart;
  error: ErrorBody | null;
  busy: boolean;
  onPay(seller: { name: string; idNumber: string }): void;
  onClose(): void;
}

/**
 * 以旧换新付款: the old gold is worth more than the new goods, so the customer is paid the difference in cash out
 * of the drawer. The store buys their gold: the seller is named with their ID number (masked once typed); a
 * cashier's payout goes to a manager's PIN by itself, and no tender is taken.
 */
export function PayoutModal({ priced, error, busy, onPay, onClose }: PayoutModalProps) {
  const { t } = useI18n();
  const [form] = Form.useForm<SellerValues>();
  return (
    <FormDialog<SellerValues>
      title={t('sale.payout.title')}
      form={form}
      initialValues={{ sellerName: '', sellerId: '' }}
      onFinish={(values) => onPay({ name: values.sellerName.trim(), idNumber: values.sellerId.trim() })}
      onClose={onClose}
      error={error}
      busy={busy}
      okLabel={t('sale.payout.ok')}
    >
      <Typography.Paragraph type="secondary">
        {t('sale.payout.why', {
          tradeIn: formatYuan(priced.tradeInFen),
          goods: formatYuan(priced.totalFen + priced.tradeInFen),
        })}
      </Typography.Paragraph>
      <div className="sale-payout">
        <span>{t('sale.payout.amount')}</span>
        <strong className="big-digits" data-testid="payout-amount">
          {formatYuan(-priced.totalFen)}
        </strong>
      </div>
      <SellerFields />
    </FormDialog>
  );
}
