import { useState } from 'react';
import { Alert, App as AntApp, Button, Input, InputNumber, Select, Tag, Typography } from 'antd';
import { DeleteOutlined, SwapOutlined } from '@ant-design/icons';
import type { ErrorBody } from '../../../../shared/contract';
import type { StockPlace } from '../../../../shared/contract/stock';
import { useApi } from '../../api/context';
import { Kbd } from '../../components/Kbd';
import { useHotkeys } from '../../components/useHotkeys';
import { useI18n } from '../../i18n/context';
import { useErrorText } from '../../i18n/errors';
import { LEAVING_KINDS, OUT_KINDS, useKindLabel, usePlaceName } from './place-names';

export interface TransferLine {
  productId: number;
  name: string;
  sku: string;
  serialized: boolean;
  quantity: number;
  /** What the source holds of it, when known: the most the count may be. */
  held: number | null;
}

interface TransferPanelProps {
  source: StockPlace;
  places: readonly StockPlace[];
  lines: readonly TransferLine[];
  onLines(lines: TransferLine[]): void;
  /** After the move: the places it touched, to be read again. */
  onMoved(toId: number): void;
}

/**
 * 调拨 out of the selected place: pieces scanned or goods picked from its contents, to a target place. Going
 * to the written-off goods or back to the supplier asks for a reason, and the core for a manager's approval
 * (the approval prompt comes from the api client). Ctrl+S, or Enter in the reason, confirms.
 */
export function TransferPanel({ source, places, lines, onLines, onMoved }: TransferPanelProps) {
  const api = useApi();
  const { t } = useI18n();
  const { message } = AntApp.useApp();
  const errorText = useErrorText();
  const placeName = usePlaceName();
  const kindLabel = useKindLabel();
  const [toId, setToId] = useState<number | null>(null);
  const [note, setNote] = useState('');
  const [error, setError] = useState<ErrorBody | 'noTarget' | null>(null);
  const [busy, setBusy] = useState(false);

  const targets = places.filter((place) => place.active && place.id !== source.id && place.kind !== 'sold');
  const targetLabel = (place: StockPlace): string => {
    const counter = places.find((other) => other.id === place.parentId);
    const kind = kindLabel(place);
    return `${counter ? `${placeName(counter)} / ` : ''}${placeName(place)}${kind ? ` · ${kind}` : ''}`;
  };
  const target = targets.find((place) => place.id === toId) ?? null;
  const leaving = target !== null && LEAVING_KINDS.includes(target.kind);
  const count = lines.reduce((sum, line) => sum + line.quantity, 0);

  const confirm = async (): Promise<void> => {
    if (busy || lines.length === 0) return;
    if (!target) return void setError('noTarget');
    setBusy(true);
    setError(null);
    const result = await api.call('stock.move', {
      fromId: source.id,
      toId: target.id,
      lines: lines.map(({ productId, quantity }) => ({ productId, quantity })),
      note: note.trim(),
    });
    setBusy(false);
    if (result.ok) {
      void message.success(
        t('places.transfer.done', { count, name: placeName(target), reference: result.value.reference }),
      );
      setNote('');
      onLines([]);
      onMoved(target.id);
    } else if (result.error.code !== 'APPROVAL_CANCELLED') setError(result.error);
  };

  useHotkeys({ 'Ctrl+S': () => void confirm() });

  const setQuantity = (productId: number, quantity: number): void =>
    onLines(lines.map((line) => (line.productId === productId ? { ...line, quantity } : line)));
  const confirmLabel =
    target?.kind === 'writtenOff'
      ? 'places.transfer.writeOff'
      : target?.kind === 'supplier'
        ? 'places.transfer.supplierReturn'
        : 'places.transfer.confirm';

  return (
    <section className="panel transfer-panel" aria-label={t('places.transfer')}>
      <div className="transfer-head">
        <Typography.Title level={5}>
          <SwapOutlined /> {t('places.transfer')}
        </Typography.Title>
        <Typography.Text type="secondary">
          {t('places.transfer.from', { name: placeName(source) })}
        </Typography.Text>
      </div>
      <Typography.Text type="secondary" className="transfer-hint">
        {t('places.transfer.hint')}
      </Typography.Text>
      {lines.length === 0 ? (
        <Typography.Text type="secondary">{t('places.transfer.empty')}</Typography.Text>
      ) : (
        <ul className="transfer-lines" aria-label={t('places.transfer')}>
          {lines.map((line) => (
            <li key={line.productId} className="transfer-line">
              <span className="transfer-line-name">
                <code>{line.sku}</code> {line.name}
                {line.serialized && <Tag bordered={false}>{t('places.piece')}</Tag>}
              </span>
              {line.serialized ? (
                <span className="transfer-line-count">1</span>
              ) : (
                <InputNumber<number>
                  size="small"
                  min={1}
                  max={line.held ?? undefined}
                  precision={0}
                  value={line.quantity}
                  aria-label={`${t('places.transfer.count')} ${line.name}`}
                  onChange={(value) => value !== null && setQuantity(line.productId, value)}
                />
              )}
              <Button
                size="small"
                type="text"
                icon={<DeleteOutlined />}
                aria-label={`${t('places.transfer.remove')} ${line.name}`}
                onClick={() => onLines(lines.filter((other) => other.productId !== line.productId))}
              />
            </li>
          ))}
        </ul>
      )}
      <label className="transfer-field">
        <span>{t('places.transfer.target')}</span>
        <Select<number>
          showSearch={{ optionFilterProp: 'label' }}
          value={toId ?? undefined}
          placeholder={t('places.transfer.target.placeholder')}
          aria-label={t('places.transfer.target')}
          onChange={(id) => {
            setToId(id);
            setError(null);
          }}
          options={targets.map((place) => ({
            value: place.id,
            label: targetLabel(place),
            className: OUT_KINDS.includes(place.kind) ? 'transfer-target-out' : undefined,
          }))}
        />
      </label>
      <label className="transfer-field">
        <span>{t('places.transfer.note')}</span>
        <Input
          value={note}
          maxLength={200}
          status={leaving && note.trim() === '' && error ? 'error' : undefined}
          aria-label={t('places.transfer.note')}
          onChange={(event) => {
            setNote(event.target.value);
            setError(null);
          }}
          onPressEnter={() => void confirm()}
        />
      </label>
      {leaving && <Alert type="warning" showIcon title={t('places.transfer.note.required')} />}
      {error && (
        <Alert
          type="error"
          showIcon
          title={error === 'noTarget' ? t('places.transfer.chooseTarget') : errorText(error)}
        />
      )}
      <Button
        type="primary"
        danger={leaving}
        block
        loading={busy}
        disabled={lines.length === 0}
        onClick={() => void confirm()}
      >
        {t(confirmLabel)} <Kbd>Ctrl+S</Kbd>
      </Button>
    </section>
  );
}
