import { useState } from 'react';
import { Button, Typography } from 'antd';
import { CheckCircleFilled, DesktopOutlined, PlusOutlined } from '@ant-design/icons';
import type { CommittedSale } from '../../../../shared/contract/sales';
import { formatYuan } from '../../../../shared/domain/money';
import { Kbd } from '../../components/Kbd';
import { useHotkeys } from '../../components/useHotkeys';
import { useI18n } from '../../i18n/context';
import { useScanHandler } from '../../scan/context';
import { CustomerDisplay } from './CustomerDisplay';
import { RatingPrompt } from './RatingPrompt';

interface DoneViewProps {
  sale: CommittedSale;
  onNext(): void;
  /** A scan here starts the next sale with the item scanned. */
  onScanNext(code: string): void;
}

/**
 * 交易完成: the change due in digits legible from a metre, the receipt number, the satisfaction prompt
 * (which can be turned to the customer, F7), then the next sale (F9 or a scan).
 */
export function DoneView({ sale, onNext, onScanNext }: DoneViewProps) {
  const { t } = useI18n();
  const [rated, setRated] = useState<number | null>(null);
  const [customerMode, setCustomerMode] = useState(false);
  const payout = sale.totalFen < 0;

  useScanHandler(({ code }) => onScanNext(code));
  useHotkeys({ F9: onNext, F7: () => setCustomerMode((on) => !on) });

  return (
    <div className="sale-done panel" data-testid="sale-done">
      <div className="sale-done-head">
        <CheckCircleFilled className="sale-done-icon" />
        <Typography.Title level={3}>{t('sale.done.title')}</Typography.Title>
        <span className="sale-done-receipt">
          {t('sale.done.receipt')} <strong data-testid="receipt-no">{sale.receiptNo}</strong>
        </span>
      </div>
      <div className="sale-done-figures">
        <div>
          <span>{t('sale.pay.total')}</span>
          <strong className="big-digits" data-testid="done-total">
            {formatYuan(sale.totalFen)}
          </strong>
        </div>
        {/* a payout (old gold worth more than the goods) gives cash out rather than change */}
        <div className="sale-done-change">
          <span>{payout ? t('sale.payout.amount') : t('sale.pay.change')}</span>
          <strong className="big-digits huge-digits" data-testid={payout ? 'payout-done' : 'change-due'}>
            {formatYuan(payout ? -sale.totalFen : sale.changeFen)}
          </strong>
        </div>
      </div>
      {sale.pointsEarned > 0 && (
        <Typography.Text className="sale-done-points">
          {t('sale.done.points', { points: sale.pointsEarned })}
        </Typography.Text>
      )}
      <Typography.Text type="secondary">{t('sale.done.printing')}</Typography.Text>
      <RatingPrompt receiptNo={sale.receiptNo} rated={rated} onRated={setRated} />
      <div className="sale-done-actions">
        <Button size="large" icon={<DesktopOutlined />} onClick={() => setCustomerMode(true)}>
          {t('sale.done.toCustomer')} <Kbd>F7</Kbd>
        </Button>
        <Button size="large" type="primary" icon={<PlusOutlined />} onClick={onNext}>
          {t('sale.done.next')} <Kbd>F9</Kbd>
        </Button>
      </div>
      {customerMode && (
        <CustomerDisplay
          sale={sale}
          rated={rated}
          onRated={setRated}
          onClose={() => setCustomerMode(false)}
        />
      )}
    </div>
  );
}
