import { useEffect, useRef } from 'react';
import { Empty, Tag } from 'antd';
import type { SaleLine } from '../../../../shared/contract/sales';
import { formatGrams, formatYuan } from '../../../../shared/domain/money';
import { PurityLabel } from '../../components/PurityLabel';
import { useI18n } from '../../i18n/context';
import { discountText } from './discount-text';

interface CartLinesProps {
  lines: readonly SaleLine[];
  selected: number;
  onSelect(index: number): void;
  onEdit(index: number): void;
}

/** The cart as the core priced it, one row per line, with how each weighed price is made up. */
export function CartLines({ lines, selected, onSelect, onEdit }: CartLinesProps) {
  const { t } = useI18n();
  const list = useRef<HTMLOListElement>(null);
  // the cart scrolls inside the screen: the line chosen by ↑ ↓ or just added is kept in sight
  useEffect(() => {
    list.current?.children[selected]?.scrollIntoView({ block: 'nearest' });
  }, [selected, lines.length]);
  if (lines.length === 0) {
    return <Empty className="sale-cart-empty" description={t('sale.cart.empty')} />;
  }
  return (
    <ol ref={list} className="sale-cart" aria-label={t('sale.cart')}>
      {lines.map((line, i) => (
        <li
          key={line.lineNo}
          data-testid={`cart-line-${line.lineNo}`}
          aria-current={i === selected}
          className={i === selected ? 'sale-line sale-line-selected' : 'sale-line'}
          onClick={() => onSelect(i)}
          onDoubleClick={() => onEdit(i)}
        >
          <span className="sale-line-no">{line.lineNo}</span>
          <div className="sale-line-body">
            <div className="sale-line-title">
              <span className="sale-line-name">{line.name}</span>
              {line.sku && <code>{line.sku}</code>}
              {line.kind === 'tradeIn' && <Tag color="gold">{t('sale.tradeIn')}</Tag>}
              {line.purity && <PurityLabel purity={line.purity} />}
            </div>
            <LineBreakdown line={line} />
          </div>
          <span className="sale-line-net" data-testid="line-net">
            {formatYuan(line.netFen)}
          </span>
        </li>
      ))}
    </ol>
  );
}

/** Purity, weight, rate and labor fee of gold; quantity × price otherwise; then every discount taken. */
function LineBreakdown({ line }: { line: SaleLine }) {
  const { t } = useI18n();
  const parts: string[] = [];
  if (line.kind === 'weighed') {
    parts.push(
      t('sale.line.weighed', {
        weight: formatGrams(line.weightMg ?? 0),
        rate: formatYuan(line.goldRateFenPerGram ?? 0),
        metal: formatYuan(line.metalFen ?? 0),
      }),
      t('sale.line.labor', {
        fee:
          line.laborFee?.kind === 'perGram'
            ? t('sale.line.laborPerGram', { amount: formatYuan(line.laborFee.fen) })
            : t('sale.line.laborPerPiece', { amount: formatYuan(line.laborFee?.fen ?? 0) }),
        amount: formatYuan(line.laborFen ?? 0),
      }),
    );
  } else if (line.kind === 'tradeIn') {
    parts.push(
      t('sale.line.tradeIn', {
        weight: formatGrams(line.weightMg ?? 0),
        rate: formatYuan(line.goldRateFenPerGram ?? 0),
      }),
    );
    if (line.tradeInTerms && line.tradeInTerms.deductionFenPerGram > 0)
      parts.push(t('sale.line.deduction', { amount: formatYuan(line.tradeInTerms.deductionFenPerGram) }));
  } else {
    parts.push(
      t('sale.line.quantity', {
        quantity: line.quantity,
        price: formatYuan(line.priceOverrideFen ?? line.unitPriceFen ?? 0),
      }),
    );
    if (line.priceOverrideFen !== null)
      parts.push(t('sale.line.override', { list: formatYuan(line.unitPriceFen ?? 0) }));
  }
  if (line.lineDiscountFen > 0 && line.discount)
    parts.push(
      t('sale.line.discount', {
        discount: discountText(line.discount),
        amount: formatYuan(line.lineDiscountFen),
      }),
    );
  if (line.memberDiscountFen > 0)
    parts.push(t('sale.line.member', { amount: formatYuan(line.memberDiscountFen) }));
  if (line.orderDiscountFen > 0)
    parts.push(t('sale.line.order', { amount: formatYuan(line.orderDiscountFen) }));
  return (
    <div className="sale-line-detail">
      {parts.map((part) => (
        <span key={part}>{part}</span>
      ))}
      {line.reason && (
        <span className="sale-line-reason">{t('sale.line.reason', { reason: line.reason })}</span>
      )}
    </div>
  );
}
