import { Tag } from 'antd';
import type { TallyPurity } from '../../../../shared/contract/tally';
import { formatGrams, formatWeightChange } from '../../../../shared/domain/money';
import type { Purity } from '../../../../shared/domain/purity';
import { PurityLabel } from '../../components/PurityLabel';
import { useI18n } from '../../i18n/context';

const STATUS_COLOR = { pending: 'default', within: 'green', beyond: 'red', unknown: 'orange' } as const;

/** Each purity's booked and weighed grams and the difference; a row is chosen (to weigh it) by a click. */
export function PurityTable({
  purities,
  chosen,
  onChoose,
}: {
  purities: TallyPurity[];
  chosen?: Purity | null;
  onChoose?(purity: Purity): void;
}) {
  const { t } = useI18n();
  return (
    <table className="tally-purity-table">
      <thead>
        <tr>
          <th>{t('tally.purity')}</th>
          <th className="amount">{t('tally.expectedMg')}</th>
          <th className="amount">{t('tally.countedMg')}</th>
          <th className="amount">{t('tally.differenceMg')}</th>
          <th />
        </tr>
      </thead>
      <tbody>
        {purities.map((p) => (
          <tr
            key={p.purity}
            className={p.purity === chosen ? 'chosen' : undefined}
            data-purity={p.purity}
            data-status={p.status}
            onClick={() => onChoose?.(p.purity)}
          >
            <td>
              <PurityLabel purity={p.purity} />
            </td>
            <td className="amount">{formatGrams(p.expectedMg)}</td>
            <td className="amount">{p.countedMg === null ? '—' : formatGrams(p.countedMg)}</td>
            <td className="amount">{p.differenceMg === null ? '' : formatWeightChange(p.differenceMg)}</td>
            <td>
              <Tag color={STATUS_COLOR[p.status]}>{t(`tally.status.${p.status}`)}</Tag>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
