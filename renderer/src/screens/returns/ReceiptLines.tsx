import { useEffect, useRef, type Ref } from 'react';
import { Tag } from 'antd';
import { CheckSquareFilled, BorderOutlined } from '@ant-design/icons';
import type { ReturnableSale, ReturnLineInput } from '../../../../shared/contract/returns';
import { formatGrams, formatYuan } from '../../../../shared/domain/money';
import { useI18n } from '../../i18n/context';

interface ReceiptLinesProps {
  sale: ReturnableSale;
  chosen: readonly ReturnLineInput[];
  cursor: number;
  listRef: Ref<HTMLDivElement>;
  onCursor(index: number): void;
  onInspect(index: number): void;
}

/**
 * The sale's lines with what was sold, what earlier returns took back and what can still be returned; a line
 * fully returned is shown but cannot be chosen. The list holds the focus for ↑ ↓ Enter Space.
 */
export function ReceiptLines({ sale, chosen, cursor, listRef, onCursor, onInspect }: ReceiptLinesProps) {
  const { t } = useI18n();
  const body = useRef<HTMLTableSectionElement>(null);

  // the line chosen by ↑ ↓ comes into sight in a long receipt
  useEffect(() => {
    body.current?.children[cursor]?.scrollIntoView({ block: 'nearest' });
  }, [cursor]);

  return (
    <div className="returns-lines panel" ref={listRef} tabIndex={0} aria-label={t('returns.lines')}>
      <table>
        <thead>
          <tr>
            <th aria-label={t('returns.col.chosen')} />
            <th>{t('returns.col.name')}</th>
            <th className="num">{t('returns.col.sold')}</th>
            <th className="num">{t('returns.col.returned')}</th>
            <th className="num">{t('returns.col.returnable')}</th>
            <th className="num">{t('returns.col.net')}</th>
          </tr>
        </thead>
        <tbody ref={body}>
          {sale.lines.map((line, index) => {
            const ticked = chosen.find((c) => c.lineNo === line.lineNo);
            const done = line.returnableQuantity === 0;
            return (
              <tr
                key={line.lineNo}
                data-testid={`return-line-${line.lineNo}`}
                aria-current={index === cursor}
                aria-selected={ticked !== undefined}
                aria-disabled={done}
                className={done ? 'returns-line-done' : undefined}
                onClick={() => onCursor(index)}
                onDoubleClick={() => onInspect(index)}
              >
                <td className="returns-tick">
                  {ticked ? <CheckSquareFilled /> : <BorderOutlined />}
                  {ticked && <span className="returns-tick-quantity">×{ticked.quantity}</span>}
                </td>
                <td>
                  <div className="returns-line-name">{line.name}</div>
                  <div className="returns-line-meta">
                    {[
                      line.sku,
                      line.category,
                      line.soldWeightMg === null ? null : formatGrams(line.soldWeightMg),
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                    {done && (
                      <Tag bordered={false} className="returns-done-tag">
                        {t('returns.line.fullyReturned')}
                      </Tag>
                    )}
                  </div>
                </td>
                <td className="num">{line.quantity}</td>
                <td className="num">{line.returnedQuantity}</td>
                <td className="num" data-testid="returnable">
                  {line.returnableQuantity}
                </td>
                <td className="num">{formatYuan(line.netFen)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
