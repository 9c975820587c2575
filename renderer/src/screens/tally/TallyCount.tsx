import { useEffect, useRef, useState } from 'react';
import { Alert, Button, Input, Select, Space, Tag, Typography, type InputRef } from 'antd';
import { CheckOutlined, DashboardOutlined } from '@ant-design/icons';
import type { Envelope, ErrorBody } from '../../../../shared/contract';
import type { StaffRef } from '../../../../shared/contract/staff';
import type { ScanOutcome, Tally } from '../../../../shared/contract/tally';
import { formatGrams } from '../../../../shared/domain/money';
import type { Purity } from '../../../../shared/domain/purity';
import { useApi } from '../../api/context';
import { parseAmount } from '../../components/amount';
import { Kbd } from '../../components/Kbd';
import { PurityLabel } from '../../components/PurityLabel';
import { useHomeFocus } from '../../components/useHomeFocus';
import { useHotkeys } from '../../components/useHotkeys';
import { ScaleLive } from '../../components/weight/ScaleLive';
import { useI18n } from '../../i18n/context';
import { useErrorText } from '../../i18n/errors';
import { usePurityLabel } from '../../i18n/purity';
import { useScanHandler } from '../../scan/context';
import { TallyDifferences } from './TallyDifferences';
import { PurityTable } from './PurityTable';

interface LastScan {
  outcome: ScanOutcome;
  name: string;
  where: string;
}

const OUTCOME_TYPE: Record<ScanOutcome, 'success' | 'info' | 'warning'> = {
  expected: 'success',
  again: 'info',
  unexpected: 'warning',
  over: 'warning',
};

/**
 * The count itself: scans (and typed codes) go to the scan box, a click ticks a piece, F6 takes the scale's
 * stable weight for the chosen purity, F9 finishes (a handover asks the other person's PIN), F8 cancels.
 */
export function TallyCount({ tally, onChange }: { tally: Tally; onChange(tally: Tally): void }) {
  const api = useApi();
  const { t } = useI18n();
  const errorText = useErrorText();
  const purityLabel = usePurityLabel();
  const [code, setCode] = useState('');
  const [last, setLast] = useState<LastScan | null>(null);
  const [error, setError] = useState<ErrorBody | null>(null);
  const [chosen, setChosen] = useState<Purity | null>(null);
  const [typed, setTyped] = useState('');
  const [finishing, setFinishing] = useState(false);
  const [cancelling, setCancelling] = useState(false);
  const scanBox = useRef<InputRef>(null);

  const purity =
    chosen ?? tally.purities.find((p) => p.status === 'pending')?.purity ?? tally.purities[0]?.purity ?? null;

  const answer = (result: Envelope<Tally>): void => {
    if (result.ok) {
      setError(null);
      onChange(result.value);
    } else setError(result.error);
  };

  const scan = async (input: { code: string } | { productId: number }): Promise<void> => {
    const result = await api.call('tally.scan', { tallyId: tally.id, ...input });
    if (!result.ok) return setError(result.error);
    setError(null);
    const where = result.value.where
      .map((p) => (p.parentName ? `${p.parentName} / ${p.name}` : p.name))
      .join('、');
    setLast({
      outcome: result.value.outcome,
      name: result.value.name,
      where: where || t('tally.where.none'),
    });
    onChange(result.value.tally);
  };

  const weighFromScale = async (): Promise<void> => {
    if (purity === null) return;
    answer(await api.call('tally.weigh', { tallyId: tally.id, purity, source: 'scale' }));
  };
  const weighTyped = async (): Promise<void> => {
    const weightMg = parseAmount('grams', typed);
    if (purity === null || weightMg === null) return;
    answer(await api.call('tally.weigh', { tallyId: tally.id, purity, source: 'typed', weightMg }));
    setTyped('');
  };

  const focusScan = (): void => scanBox.current?.focus({ cursor: 'all' });
  useHomeFocus(focusScan);
  useScanHandler(({ code: scanned }) => void scan({ code: scanned }));
  useHotkeys({
    F3: focusScan,
    F6: () => void weighFromScale(),
    // once their panel is open, F9 and F8 are the panel's
    F8: finishing || cancelling ? undefined : () => setCancelling(true),
    F9: finishing || cancelling ? undefined : () => setFinishing(true),
  });

  return (
    <div className="tally-count">
      <div className="tally-main">
        <div className="panel tally-scan">
          <Input
            ref={scanBox}
            size="large"
            autoFocus
            aria-label={t('tally.scanBox')}
            placeholder={t('tally.scanBox')}
            value={code}
            onChange={(e) => setCode(e.target.value)}
            onPressEnter={() => {
              const entered = code.trim();
              setCode('');
              if (entered) void scan({ code: entered });
            }}
            suffix={<Kbd>F3</Kbd>}
          />
          <Typography.Text type="secondary">{t('tally.scanBox.hint')}</Typography.Text>
          {last && (
            <Alert
              data-testid="tally-last-scan"
              data-outcome={last.outcome}
              type={OUTCOME_TYPE[last.outcome]}
              showIcon
              title={t(`tally.outcome.${last.outcome}`, { name: last.name, where: last.where })}
            />
          )}
          {error && <Alert type="error" showIcon title={errorText(error)} />}
          <Typography.Text strong data-testid="tally-progress">
            {t('tally.progress', { counted: tally.countedPieces, expected: tally.expectedPieces })}
          </Typography.Text>
        </div>
        {/* the counter's own panel only when the books put something on it outside the trays */}
        {tally.trays
          .filter(({ place, pieces }) => place.kind !== 'counter' || pieces.length > 0)
          .map(({ place, pieces }) => (
            <div key={place.id} className="panel tally-tray" data-testid={`tally-tray-${place.code}`}>
              <Typography.Title level={5}>
                {place.kind === 'counter' ? t('tally.tray.direct') : `${place.name} (${place.code})`}
              </Typography.Title>
              {pieces.length === 0 ? (
                <Typography.Text type="secondary">{t('tally.tray.empty')}</Typography.Text>
              ) : (
                <ul className="tally-pieces">
                  {pieces.map((piece) => {
                    const done = piece.counted >= piece.expected;
                    return (
                      <li
                        key={piece.productId}
                        className={done ? 'tally-piece counted' : 'tally-piece missing'}
                        data-product={piece.productId}
                        data-counted={done}
                      >
                        <Button
                          size="small"
                          type={done ? 'primary' : 'default'}
                          icon={<CheckOutlined />}
                          aria-label={`${t('tally.piece.tick')} ${piece.name}`}
                          onClick={() => void scan({ productId: piece.productId })}
                        />
                        <span className="tally-piece-name">{piece.name}</span>
                        <span className="tally-piece-sku">{piece.sku}</span>
                        {piece.purity && <PurityLabel purity={piece.purity} />}
                        {piece.weightMg !== null && (
                          <span className="amount">{formatGrams(piece.weightMg)}</span>
                        )}
                        <span className="amount">
                          {piece.expected > 1 ? `${piece.counted}/${piece.expected}` : ''}
                        </span>
                        <Tag color={done ? 'green' : 'red'}>
                          {done ? t('tally.piece.counted') : t('tally.piece.missing')}
                        </Tag>
                      </li>
                    );
                  })}
                </ul>
              )}
            </div>
          ))}
        {(tally.unexpected.length > 0 || tally.duplicates.length > 0) && (
          <div className="panel tally-tray">
            <TallyDifferences tally={tally} missing={false} />
          </div>
        )}
      </div>
      <div className="tally-side">
        <div className="panel tally-purities">
          <Typography.Title level={5}>{t('tally.purities')}</Typography.Title>
          <Typography.Text type="secondary">
            {t('tally.tolerance', { tolerance: formatGrams(tally.toleranceMg) })}
          </Typography.Text>
          <PurityTable purities={tally.purities} chosen={purity} onChoose={setChosen} />
          <ScaleLive sayWhenNone />
          <Space wrap>
            <Button
              type="primary"
              icon={<DashboardOutlined />}
              disabled={purity === null}
              onClick={() => void weighFromScale()}
              data-testid="tally-weigh"
            >
              {t('tally.weigh', { purity: purity ? purityLabel(purity) : '' })} <Kbd>F6</Kbd>
            </Button>
            <Input
              aria-label={t('tally.weigh.typed')}
              placeholder={t('tally.weigh.typed')}
              suffix="g"
              value={typed}
              onChange={(e) => setTyped(e.target.value)}
              onPressEnter={() => void weighTyped()}
              className="tally-typed"
            />
          </Space>
        </div>
        <Space wrap>
          <Button type="primary" size="large" onClick={() => setFinishing(true)}>
            {t('tally.finish')} <Kbd>F9</Kbd>
          </Button>
          <Button size="large" onClick={() => setCancelling(true)}>
            {t('tally.cancel')} <Kbd>F8</Kbd>
          </Button>
        </Space>
        {finishing && <FinishPanel tally={tally} onDone={onChange} onClose={() => setFinishing(false)} />}
        {cancelling && <CancelPanel tally={tally} onDone={onChange} onClose={() => setCancelling(false)} />}
      </div>
    </div>
  );
}

/** A panel beside the count that ends it, or closes without. */
interface PanelProps {
  tally: Tally;
  onDone(tally: Tally): void;
  onClose(): void;
}

function FinishPanel({ tally, onDone, onClose }: PanelProps) {
  const api = useApi();
  const { t } = useI18n();
  const errorText = useErrorText();
  const [staff, setStaff] = useState<StaffRef[]>([]);
  const [second, setSecond] = useState<number | null>(null);
  const [pin, setPin] = useState('');
  const [note, setNote] = useState('');
  const [error, setError] = useState<ErrorBody | null>(null);
  const handover = tally.kind === 'handover';

  useEffect(() => {
    if (!handover) return;
    void api.call('auth.staff', {}).then((result) => {
      if (result.ok) setStaff(result.value);
    });
  }, [api, handover]);

  const submit = async (): Promise<void> => {
    const result = await api.call('tally.finish', {
      tallyId: tally.id,
      second: second === null ? null : { staffId: second, pin },
      note: note.trim() || null,
    });
    setPin('');
    if (result.ok) onDone(result.value);
    else setError(result.error);
  };
  useHotkeys({ F9: () => void submit() });

  return (
    <div className="panel tally-finish" data-testid="tally-finish">
      {error && <Alert type="error" showIcon title={errorText(error)} />}
      {handover && (
        <>
          <Typography.Text strong>{t('tally.finish.second')}</Typography.Text>
          <Select
            autoFocus
            aria-label={t('tally.finish.secondStaff')}
            placeholder={t('tally.finish.secondStaff')}
            showSearch
            optionFilterProp="label"
            value={second}
            onChange={setSecond}
            options={staff.map((member) => ({ value: member.id, label: member.name }))}
          />
          <Input.Password
            inputMode="numeric"
            autoComplete="off"
            aria-label={t('tally.finish.secondPin')}
            placeholder={t('tally.finish.secondPin')}
            value={pin}
            onChange={(event) => setPin(event.target.value.replace(/\D/g, ''))}
            onPressEnter={() => void submit()}
          />
        </>
      )}
      <Input
        autoFocus={!handover}
        aria-label={t('tally.finish.note')}
        placeholder={t('tally.finish.note')}
        value={note}
        maxLength={200}
        onChange={(e) => setNote(e.target.value)}
      />
      <Space>
        <Button type="primary" onClick={() => void submit()} data-testid="tally-finish-submit">
          {t('tally.finish')} <Kbd>F9</Kbd>
        </Button>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
      </Space>
    </div>
  );
}

function CancelPanel({ tally, onDone, onClose }: PanelProps) {
  const api = useApi();
  const { t } = useI18n();
  const errorText = useErrorText();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<ErrorBody | null>(null);
  const submit = async (): Promise<void> => {
    if (!reason.trim()) return;
    const result = await api.call('tally.cancel', { tallyId: tally.id, reason: reason.trim() });
    if (result.ok) onDone(result.value);
    else setError(result.error);
  };
  return (
    <div className="panel tally-finish">
      {error && <Alert type="error" showIcon title={errorText(error)} />}
      <Input
        autoFocus
        aria-label={t('tally.cancel.reason')}
        placeholder={t('tally.cancel.reason')}
        value={reason}
        maxLength={200}
        onChange={(e) => setReason(e.target.value)}
        onPressEnter={() => void submit()}
      />
      <Space>
        <Button danger onClick={() => void submit()}>
          {t('tally.cancel')} <Kbd>Enter</Kbd>
        </Button>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
      </Space>
    </div>
  );
}
