import { useState } from 'react';
import { Alert, Button, Checkbox, Select, Space, Statistic, Typography } from 'antd';
import type { Envelope, ErrorBody } from '../../../../shared/contract';
import { ID_DOCUMENTS, type RepairTicket, type WeightReading } from '../../../../shared/contract/repairs';
import { formatGrams, formatWeightChange, formatYuan } from '../../../../shared/domain/money';
import { useApi } from '../../api/context';
import { Kbd } from '../../components/Kbd';
import { useHotkeys } from '../../components/useHotkeys';
import { useI18n } from '../../i18n/context';
import { useErrorText } from '../../i18n/errors';
import { ChangeDue, emptyTender, TenderInput, tenderOf } from './TenderInput';
import { WeightInput } from '../../components/weight/WeightInput';
import { LabeledInput } from './LabeledInput';

type IdDocument = (typeof ID_DOCUMENTS)[number];

/**
 * 取件: the weight out beside the weight at the quality check, large, for the customer to see; the balance
 * paid; without the claim stub, the customer's identity document is checked and a manager approves.
 */
export function Pickup({
  ticket,
  onCollected,
}: {
  ticket: RepairTicket;
  onCollected(ticket: RepairTicket): void;
}) {
  const api = useApi();
  const { t } = useI18n();
  const errorText = useErrorText();
  const [weightOut, setWeightOut] = useState<WeightReading | null>(null);
  const [tender, setTender] = useState(emptyTender);
  const [lost, setLost] = useState(false);
  const [document, setDocument] = useState<IdDocument>('idCard');
  const [note, setNote] = useState('');
  const [weightNote, setWeightNote] = useState('');
  const [error, setError] = useState<ErrorBody | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const qcWeight = ticket.qc?.weightMg ?? ticket.weightInMg;

  const collect = async (): Promise<void> => {
    const paid = ticket.balanceFen > 0 ? tenderOf(tender) : null;
    const missing = !weightOut
      ? t('repairs.pickup.needWeight')
      : ticket.balanceFen > 0 && !paid
        ? t('repairs.intake.needTender')
        : null;
    setProblem(missing);
    if (!weightOut || missing) return;
    const result: Envelope<RepairTicket> = await api.call('repairs.collect', {
      ticketNo: ticket.ticketNo,
      weightOut,
      weightNote,
      tenders: paid ? [paid] : [],
      stub: lost ? { kind: 'lost', document, note } : { kind: 'presented' },
    });
    setError(result.ok ? null : result.error);
    if (result.ok) onCollected(result.value);
  };
  useHotkeys({ F9: () => void collect() }, 'dialog');

  return (
    <div className="repair-pickup">
      <WeightInput
        label={t('repairs.weightOut')}
        hotkey="F7"
        value={weightOut}
        onChange={setWeightOut}
        scope="dialog"
      />
      <Space size="large" className="repair-weights">
        <Statistic title={t('repairs.qc.weight')} value={formatGrams(qcWeight)} />
        <Statistic
          title={t('repairs.weightOut')}
          value={weightOut ? formatGrams(weightOut.weightMg) : '—'}
          data-testid="weight-out"
        />
        {weightOut && (
          <Statistic
            title={t('repairs.pickup.difference')}
            value={formatWeightChange(weightOut.weightMg - qcWeight)}
          />
        )}
      </Space>
      {(weightNote || error?.code === 'REPAIR_WEIGHT_OUT_NOTE_REQUIRED') && (
        <LabeledInput
          label={t('repairs.pickup.weightNote')}
          value={weightNote}
          onChange={(e) => setWeightNote(e.target.value)}
          maxLength={200}
        />
      )}
      <Typography.Title level={4} data-testid="balance-due">
        {t('repairs.pickup.balance', { amount: formatYuan(ticket.balanceFen) })}
      </Typography.Title>
      {ticket.balanceFen > 0 && <TenderInput value={tender} onChange={setTender} />}
      <ChangeDue tender={tender} dueFen={ticket.balanceFen} />
      <Space wrap>
        <Checkbox checked={lost} onChange={(e) => setLost(e.target.checked)}>
          {t('repairs.pickup.lostStub')}
        </Checkbox>
        {lost && (
          <>
            <Select<IdDocument>
              aria-label={t('repairs.pickup.document')}
              value={document}
              onChange={setDocument}
              options={ID_DOCUMENTS.map((d) => ({ value: d, label: t(`repairs.document.${d}`) }))}
            />
            <LabeledInput
              label={t('repairs.pickup.identityNote')}
              value={note}
              onChange={(e) => setNote(e.target.value)}
              maxLength={200}
            />
          </>
        )}
      </Space>
      {lost && <Alert type="info" showIcon title={t('repairs.pickup.lostHint')} />}
      {problem && <Alert type="warning" showIcon title={problem} />}
      {error && <Alert type="error" showIcon title={errorText(error)} />}
      <Button type="primary" size="large" onClick={() => void collect()}>
        {t('repairs.action.collect')} <Kbd>F9</Kbd>
      </Button>
    </div>
  );
}
