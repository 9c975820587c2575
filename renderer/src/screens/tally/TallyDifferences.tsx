import { Typography } from 'antd';
import type { Tally } from '../../../../shared/contract/tally';
import { useI18n } from '../../i18n/context';

/**
 * What is missing and what is unexpected, by name and where the books put it; while counting, the trays
 * show what is missing, so `missing` is left out.
 */
export function TallyDifferences({ tally, missing = true }: { tally: Tally; missing?: boolean }) {
  const { t } = useI18n();
  const whereText = (where: Tally['unexpected'][number]['where']): string =>
    where.length === 0
      ? t('tally.where.none')
      : where.map((p) => (p.parentName ? `${p.parentName} / ${p.name}` : p.name)).join('、');
  return (
    <div className="tally-differences">
      {missing && <Typography.Title level={5}>{t('tally.missing')}</Typography.Title>}
      {missing && tally.missing.length === 0 && (
        <Typography.Paragraph type="secondary">{t('tally.missing.none')}</Typography.Paragraph>
      )}
      {missing && tally.missing.length > 0 && (
        <ul className="tally-missing" data-testid="tally-missing">
          {tally.missing.map((piece) => (
            <li key={`${piece.productId}-${piece.placeId}`} data-product={piece.productId}>
              {piece.name} · {piece.sku}
              {piece.expected > 1 && ` × ${piece.expected - piece.counted}`}
            </li>
          ))}
        </ul>
      )}
      {tally.unexpected.length > 0 && (
        <>
          <Typography.Title level={5}>{t('tally.unexpected')}</Typography.Title>
          <ul className="tally-unexpected" data-testid="tally-unexpected">
            {tally.unexpected.map((piece) => (
              <li key={piece.productId} data-product={piece.productId}>
                {piece.name} · {piece.sku} — {t('tally.unexpected.where', { where: whereText(piece.where) })}
              </li>
            ))}
          </ul>
        </>
      )}
      {tally.duplicates.length > 0 && (
        <Typography.Paragraph type="secondary">
          {t('tally.duplicates', { list: tally.duplicates.map((d) => `${d.name} ×${d.scans}`).join('、') })}
        </Typography.Paragraph>
      )}
    </div>
  );
}
