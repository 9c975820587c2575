import { Button, Typography } from 'antd';
import { CheckCircleFilled, PlusOutlined } from '@ant-design/icons';
import { formatYuan } from '../../../../shared/domain/money';
import type { TenderMethod } from '../../../../shared/domain/shift';
import { Kbd } from '../../components/Kbd';
import { useHotkeys } from '../../components/useHotkeys';
import { useI18n } from '../../i18n/context';

export interface DoneReturn {
  kind: 'return' | 'buyBack' | 'noReceipt' | 'exchange';
  returnNo: string;
  /** A buy-back's seller as paper shows them: the name and the masked ID number. */
  seller: string | null;
  refunds: readonly { method: TenderMethod; amountFen: number }[];
  refundFen: number;
  /** An exchange's new sale: its receipt, the difference (more than 0 the customer paid it) and the change. */
  exchange?: { receiptNo: string; differenceFen: number; changeFen: number };
}

/**
 * 退货完成: what the customer gets back, per tender, in digits legible across the counter; the return number;
 * the receipt on its way to the printer. F9 or Enter starts the next return, a scan finds its receipt.
 */
export function ReturnDone({ done, onNext }: { done: DoneReturn; onNext(): void }) {
  const { t } = useI18n();
  useHotkeys({ F9: onNext, Enter: onNext });
  return (
    <div className="returns-done panel" data-testid="return-done">
      <div className="returns-done-head">
        <CheckCircleFilled className="returns-done-icon" />
        <Typography.Title level={3}>{t(`returns.done.title.${done.kind}`)}</Typography.Title>
        <span>
          {t('returns.done.no')} <strong data-testid="return-no">{done.returnNo}</strong>
        </span>
      </div>
      {done.exchange && (
        <Typography.Text data-testid="done-exchange">
          {t('returns.done.exchange', { receiptNo: done.exchange.receiptNo })}
        </Typography.Text>
      )}
      {done.seller && (
        <Typography.Text data-testid="done-seller">
          {t('returns.done.seller', { seller: done.seller })}
        </Typography.Text>
      )}
      <div className="returns-done-refunds">
        {done.refunds.map((refund, index) => (
          <div key={`${refund.method}-${index}`} data-testid={`done-refund-${refund.method}`}>
            <span>{t(`sale.tender.${refund.method}`)}</span>
            <strong className="big-digits">{formatYuan(refund.amountFen)}</strong>
          </div>
        ))}
      </div>
      {done.exchange && done.exchange.differenceFen > 0 ? (
        <div className="returns-done-refunds">
          <div>
            <span>{t('returns.exchange.customerPaid')}</span>
            <strong className="big-digits" data-testid="done-paid">
              {formatYuan(done.exchange.differenceFen)}
            </strong>
          </div>
          <div className="returns-done-total">
            <span>{t('sale.pay.change')}</span>
            <strong className="big-digits huge-digits" data-testid="done-change">
              {formatYuan(done.exchange.changeFen)}
            </strong>
          </div>
        </div>
      ) : (
        <div className="returns-done-total">
          <span>{t('returns.done.total')}</span>
          <strong className="big-digits huge-digits" data-testid="done-total">
            {formatYuan(done.refundFen)}
          </strong>
        </div>
      )}
      <Typography.Text type="secondary">{t('returns.done.printing')}</Typography.Text>
      <Button size="large" type="primary" icon={<PlusOutlined />} onClick={onNext}>
        {t('returns.done.next')} <Kbd>F9</Kbd>
      </Button>
    </div>
  );
}
