import type { TenderCount } from '../../../../shared/contract/shifts';
import { formatYuan } from '../../../../shared/domain/money';
import { useI18n } from '../../i18n/context';

/** Expected, counted and over/short per tender: shown only once the count is on record. */
export function TenderTable({ tenders }: { tenders: readonly TenderCount[] }) {
  const { t } = useI18n();
  return (
    <table className="tender-table" aria-label={t('shift.result')}>
      <thead>
        <tr>
          <th>{t('shift.tender')}</th>
          <th>{t('shift.expected')}</th>
          <th>{t('shift.counted')}</th>
          <th>{t('shift.overShort')}</th>
        </tr>
      </thead>
      <tbody>
        {tenders.map((tender) => (
          <tr key={tender.method} data-method={tender.method}>
            <td>{t(`shift.tender.${tender.method}`)}</td>
            <td className="amount">{formatYuan(tender.expectedFen)}</td>
            <td className="amount">{formatYuan(tender.countedFen)}</td>
            <td
              className={`amount ${tender.overShortFen < 0 ? 'short' : tender.overShortFen > 0 ? 'over' : ''}`}
            >
              {tender.overShortFen > 0 ? '+' : ''}
              {formatYuan(tender.overShortFen)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
