import { Tag } from 'antd';
import { SafetyCertificateOutlined } from '@ant-design/icons';
import type { PricedCart } from '../../../../shared/contract/sales';
import { formatYuan } from '../../../../shared/domain/money';
import { useI18n } from '../../i18n/context';
import { discountText } from './discount-text';
import type { Draft } from './useSaleDraft';

/** 应收: the total in digits legible from a metre, and the amounts it was made from. */
export function TotalsPanel({ priced, draft }: { priced: PricedCart | null; draft: Draft }) {
  const { t } = useI18n();
  const rows: [string, number][] = priced
    ? [
        [t('sale.totals.subtotal'), priced.subtotalFen],
        [t('sale.totals.lineDiscount'), -priced.lineDiscountFen],
        [t('sale.totals.memberDiscount'), -priced.memberDiscountFen],
        [
          draft.orderDiscount
            ? t('sale.totals.orderDiscountOf', { discount: discountText(draft.orderDiscount) })
            : t('sale.totals.orderDiscount'),
          -priced.orderDiscountFen,
        ],
        [t('sale.totals.tradeIn'), -priced.tradeInFen],
      ]
    : [];
  return (
    <section className="sale-totals panel" aria-label={t('sale.totals')}>
      <dl className="sale-totals-rows">
        {rows
          .filter(([, fen], i) => i === 0 || fen !== 0)
          .map(([label, fen]) => (
            <div key={label} className="sale-totals-row">
              <dt>{label}</dt>
              <dd>{formatYuan(fen)}</dd>
            </div>
          ))}
      </dl>
      <div className="sale-total">
        <span className="sale-total-label">{t('sale.totals.total')}</span>
        <span className="sale-total-amount big-digits" data-testid="sale-total">
          {formatYuan(priced?.totalFen ?? 0)}
        </span>
      </div>
      {priced?.approvalRequired && (
        <Tag icon={<SafetyCertificateOutlined />} color="orange" className="sale-approval-tag">
          {t('sale.totals.approval', {
            discount: discountText({ kind: 'percent', bp: priced.deepestDiscountBp }),
            limit: discountText({ kind: 'percent', bp: priced.discountLimitBp }),
          })}
        </Tag>
      )}
      {priced?.heldElsewhere.map((held) => (
        <Tag key={held.lineNo} color="red" className="sale-approval-tag" data-testid="held-elsewhere">
          {t('sale.totals.heldElsewhere', { line: held.lineNo, label: held.label || `#${held.heldCartId}` })}
        </Tag>
      ))}
      {draft.invoice && (
        <Tag color="blue" className="sale-invoice-tag">
          {t('sale.invoice.requested', { title: draft.invoice.title })}
        </Tag>
      )}
    </section>
  );
}
