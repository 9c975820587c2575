import { useState } from 'react';
import { Alert, Button, Input, Descriptions, Drawer, InputNumber, Select, Space, Tag, Timeline } from 'antd';
import type { ChannelInput, Envelope, ErrorBody } from '../../../../shared/contract';
import { CONSENT_METHODS, type RepairTicket, type WeightReading } from '../../../../shared/contract/repairs';
import { formatGrams, formatYuan } from '../../../../shared/domain/money';
import { OPEN_STATUSES } from '../../../../shared/domain/repair-status';
import { useApi } from '../../api/context';
import { parseAmount } from '../../components/amount';
import { Kbd } from '../../components/Kbd';
import { useHotkeys } from '../../components/useHotkeys';
import { useI18n } from '../../i18n/context';
import { useErrorText } from '../../i18n/errors';
import { useFormatInstant } from '../../i18n/format';
import { Pickup } from './Pickup';
import { TicketPhotos } from './TicketPhotos';
import { WeightInput } from '../../components/weight/WeightInput';
import { LabeledInput } from './LabeledInput';

type Step = ChannelInput<'repairs.advance'>['step'];
type Consent = (typeof CONSENT_METHODS)[number];

/** The step a status allows next, on F9. */
function StepButton({ label, onClick }: { label: string; onClick(): void }) {
  return (
    <Button type="primary" onClick={onClick}>
      {label} <Kbd>F9</Kbd>
    </Button>
  );
}

/** A ticket with its history, and the step its status allows next (F9), keyboard first. */
export function TicketDetail({
  ticket,
  onChange,
  onClose,
}: {
  ticket: RepairTicket;
  onChange(ticket: RepairTicket): void;
  onClose(): void;
}) {
  const api = useApi();
  const { t } = useI18n();
  const errorText = useErrorText();
  const formatInstant = useFormatInstant();
  const [error, setError] = useState<ErrorBody | null>(null);
  /** What a step still needs before it can be taken: said, not silently ignored (a key press must answer). */
  const [problem, setProblem] = useState<string | null>(null);
  const [quote, setQuote] = useState('');
  const [how, setHow] = useState<Consent>('phone');
  const [outside, setOutside] = useState('');
  const [qcWeight, setQcWeight] = useState<WeightReading | null>(null);
  const [stones, setStones] = useState(ticket.stoneCount);
  const [note, setNote] = useState('');
  const [reason, setReason] = useState('');
  const [promisedOn, setPromisedOn] = useState(ticket.promisedOn);
  const { ticketNo, status } = ticket;

  const run = async (call: Promise<Envelope<RepairTicket>>): Promise<void> => {
    setProblem(null);
    const result = await call;
    setError(result.ok ? null : result.error);
    if (result.ok) onChange(result.value);
  };
  const advance = (step: Step) => run(api.call('repairs.advance', { ticketNo, step }));
  const qc = (passed: boolean): void => {
    if (!qcWeight) setProblem(t('repairs.qc.needWeight'));
    else void run(api.call('repairs.qc', { ticketNo, weightMg: qcWeight.weightMg, stones, passed, note }));
  };

  const primary: Partial<Record<RepairTicket['status'], () => unknown>> = {
    received: () => {
      const quoteFen = parseAmount('yuan', quote);
      if (quoteFen === null) setProblem(t('repairs.quote.needAmount'));
      else void run(api.call('repairs.quote', { ticketNo, quoteFen }));
    },
    awaitingApproval: () => void advance({ to: 'approved', how }),
    approved: () =>
      void advance({
        to: 'inWorkshop',
        workshop: outside.trim() ? { kind: 'outside', place: outside.trim() } : { kind: 'bench' },
      }),
    inWorkshop: () => void advance({ to: 'qualityCheck' }),
    qualityCheck: () => qc(true),
  };
  const withReason = (step: (reason: string) => Promise<void>): void => {
    if (reason.trim()) void step(reason.trim());
    else setProblem(t('repairs.close.needReason'));
  };
  const close = (to: 'cancelled' | 'returnedUnrepaired') => withReason((why) => advance({ to, reason: why }));
  const reschedule = () =>
    withReason((why) => run(api.call('repairs.reschedule', { ticketNo, promisedOn, reason: why })));

  useHotkeys(
    {
      // only where this status has a step of its own: at pick-up, F9 is the pick-up's
      ...(primary[status] ? { F9: primary[status] } : {}),
      'Shift+F9': () => status === 'qualityCheck' && qc(false),
      'Ctrl+Delete': () => close('returnedUnrepaired'),
      'Ctrl+Shift+Delete': () => close('cancelled'),
      'Ctrl+D': () => reschedule(),
    },
    'dialog',
  );

  const isOpen = OPEN_STATUSES.includes(status);
  return (
    <Drawer open size="large" title={`${t('repairs.ticket')} ${ticketNo}`} onClose={onClose} destroyOnHidden>
      <Space direction="vertical" className="repair-detail">
        <Tag color="blue" data-testid="ticket-status">
          {t(`repairs.status.${status}`)}
        </Tag>
        <Descriptions size="small" column={2} bordered>
          <Descriptions.Item label={t('repairs.customer')}>
            {ticket.customer.name} {ticket.customer.phone}
          </Descriptions.Item>
          <Descriptions.Item label={t('repairs.item.description')}>{ticket.description}</Descriptions.Item>
          <Descriptions.Item label={t('repairs.weightIn')}>
            {formatGrams(ticket.weightInMg)}
          </Descriptions.Item>
          <Descriptions.Item label={t('repairs.promisedOn')}>{ticket.promisedOn}</Descriptions.Item>
          <Descriptions.Item label={t('repairs.quote')}>
            {ticket.quoteFen === null ? t('repairs.quote.pending') : formatYuan(ticket.quoteFen)}
          </Descriptions.Item>
          <Descriptions.Item label={t('repairs.balance')}>{formatYuan(ticket.balanceFen)}</Descriptions.Item>
          {ticket.qc && (
            <Descriptions.Item label={t('repairs.qc.weight')}>
              {formatGrams(ticket.qc.weightMg)} ({ticket.qc.weightDiffMg >= 0 ? '+' : '-'}
              {formatGrams(Math.abs(ticket.qc.weightDiffMg))})
            </Descriptions.Item>
          )}
          {ticket.workshop && (
            <Descriptions.Item label={t('repairs.workshop')}>
              {ticket.workshop.place ?? t('repairs.workshop.bench')}
            </Descriptions.Item>
          )}
        </Descriptions>

        {status === 'received' && (
          <Space wrap>
            <LabeledInput
              label={t('repairs.quote.amount')}
              prefix="￥"
              value={quote}
              onChange={(e) => setQuote(e.target.value)}
            />
            <StepButton label={t('repairs.action.quote')} onClick={() => primary.received?.()} />
          </Space>
        )}
        {status === 'awaitingApproval' && (
          <Space wrap>
            <Select<Consent>
              aria-label={t('repairs.consent.how')}
              value={how}
              onChange={setHow}
              options={CONSENT_METHODS.map((m) => ({ value: m, label: t(`repairs.consent.${m}`) }))}
            />
            <StepButton label={t('repairs.action.approve')} onClick={() => primary.awaitingApproval?.()} />
          </Space>
        )}
        {status === 'approved' && (
          <Space wrap>
            <LabeledInput
              label={t('repairs.workshop.outside')}
              value={outside}
              onChange={(e) => setOutside(e.target.value)}
              maxLength={60}
            />
            <StepButton label={t('repairs.action.workshop')} onClick={() => primary.approved?.()} />
          </Space>
        )}
        {status === 'inWorkshop' && (
          <StepButton label={t('repairs.action.toQc')} onClick={() => primary.inWorkshop?.()} />
        )}
        {status === 'qualityCheck' && (
          <Space direction="vertical">
            <WeightInput
              label={t('repairs.qc.weight')}
              hotkey="F7"
              value={qcWeight}
              onChange={setQcWeight}
              scope="dialog"
            />
            <Space wrap>
              <InputNumber
                aria-label={t('repairs.item.stones')}
                addonBefore={t('repairs.item.stones')}
                min={0}
                precision={0}
                value={stones}
                onChange={(value) => setStones(value ?? 0)}
              />
              <LabeledInput
                label={t('repairs.qc.note')}
                value={note}
                onChange={(e) => setNote(e.target.value)}
                maxLength={200}
              />
            </Space>
            <Space>
              <Button type="primary" onClick={() => qc(true)}>
                {t('repairs.action.qcPass')} <Kbd>F9</Kbd>
              </Button>
              <Button danger onClick={() => qc(false)}>
                {t('repairs.action.qcFail')} <Kbd>Shift+F9</Kbd>
              </Button>
            </Space>
          </Space>
        )}
        {status === 'readyToCollect' && <Pickup ticket={ticket} onCollected={onChange} />}
        {isOpen && (
          <Space wrap>
            <LabeledInput
              label={t('repairs.close.reason')}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              maxLength={200}
            />
            <Input
              type="date"
              className="repair-date"
              aria-label={t('repairs.promisedOn')}
              value={promisedOn}
              onChange={(e) => setPromisedOn(e.target.value)}
            />
            <Button
              disabled={!reason.trim() || promisedOn === ticket.promisedOn}
              onClick={() => reschedule()}
            >
              {t('repairs.action.reschedule')} <Kbd>Ctrl+D</Kbd>
            </Button>
            <Button disabled={!reason.trim()} onClick={() => close('returnedUnrepaired')}>
              {t('repairs.action.return')} <Kbd>Ctrl+Delete</Kbd>
            </Button>
            <Button danger disabled={!reason.trim()} onClick={() => close('cancelled')}>
              {t('repairs.action.cancel')} <Kbd>Ctrl+Shift+Delete</Kbd>
            </Button>
          </Space>
        )}
        {problem && <Alert type="warning" showIcon title={problem} data-testid="ticket-problem" />}
        {error && <Alert type="error" showIcon title={errorText(error)} />}
        {ticket.photos.length > 0 && <TicketPhotos ticket={ticket} />}
        <Timeline
          items={ticket.steps.map((step) => ({
            children: `${formatInstant(step.at)} ${t(`repairs.step.${step.kind}` as 'repairs.step.received')} · ${
              step.actor.name
            }${step.approver ? ` / ${step.approver.name}` : ''}${step.note ? ` · ${step.note}` : ''}`,
          }))}
        />
      </Space>
    </Drawer>
  );
}
