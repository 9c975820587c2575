import { useState } from 'react';
import { Alert, App as AntApp, Button, Input, InputNumber, Modal, Space } from 'antd';
import { DashboardOutlined } from '@ant-design/icons';
import type { ErrorBody } from '../../../../shared/contract';
import { formatGrams, parseGrams } from '../../../../shared/domain/money';
import type { Purity } from '../../../../shared/domain/purity';
import { useApi } from '../../api/context';
import { Kbd } from '../../components/Kbd';
import { PuritySelect } from '../../components/PuritySelect';
import { useHotkeys } from '../../components/useHotkeys';
import { ScaleLive } from '../../components/weight/ScaleLive';
import { useI18n } from '../../i18n/context';
import { useErrorText } from '../../i18n/errors';

interface CountProps {
  stocktakeId: number;
  placeId: number;
  onClose(): void;
}

/** Counted goods at the chosen place: the code, then how many were found (replacing an earlier count). */
export function CountModal({ stocktakeId, placeId, onClose }: CountProps) {
  const api = useApi();
  const { t } = useI18n();
  const { message } = AntApp.useApp();
  const errorText = useErrorText();
  const [code, setCode] = useState('');
  const [quantity, setQuantity] = useState<number | null>(null);
  const [error, setError] = useState<ErrorBody | null>(null);

  const save = async (): Promise<void> => {
    if (quantity === null || !code.trim()) return;
    const product = await api.call('catalog.lookup', { code: code.trim() });
    if (!product.ok) return setError(product.error);
    const result = await api.call('stocktake.count', {
      stocktakeId,
      placeId,
      productId: product.value.id,
      quantity,
    });
    if (!result.ok) return setError(result.error);
    void message.success(t('stocktake.count.saved', { name: product.value.name, quantity }));
    onClose();
  };
  useHotkeys({ Escape: onClose }, 'dialog');

  return (
    <Modal
      open
      title={t('stocktake.count.title')}
      onOk={() => void save()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Space direction="vertical" className="stocktake-dialog">
        {error && <Alert type="error" showIcon message={errorText(error)} />}
        <Input
          autoFocus
          data-scan-field
          placeholder={t('stocktake.count.product')}
          value={code}
          onChange={(event) => setCode(event.target.value)}
        />
        <InputNumber
          min={0}
          precision={0}
          placeholder={t('stocktake.count.quantity')}
          value={quantity}
          onChange={setQuantity}
          onPressEnter={() => void save()}
        />
      </Space>
    </Modal>
  );
}

/**
 * The gold of one purity at the chosen place on the scale (replacing an earlier weighing there): F7 (the key
 * that opened the dialog) takes the scale's stable reading, shown live; a weight typed in grams, with Enter.
 */
export function WeighModal({ stocktakeId, placeId, onClose }: CountProps) {
  const api = useApi();
  const { t } = useI18n();
  const { message } = AntApp.useApp();
  const errorText = useErrorText();
  const [purity, setPurity] = useState<Purity | undefined>(undefined);
  const [grams, setGrams] = useState('');
  const [error, setError] = useState<ErrorBody | null>(null);

  const save = async (weight: { source: 'scale' } | { source: 'typed'; weightMg: number }): Promise<void> => {
    if (purity === undefined) return;
    const result = await api.call('stocktake.weigh', { stocktakeId, placeId, purity, ...weight });
    if (!result.ok) return setError(result.error);
    void message.success(t('stocktake.weigh.saved', { purity, grams: formatGrams(result.value.weightMg) }));
    onClose();
  };
  const saveTyped = (): void => {
    const weightMg = parseGrams(grams);
    if (weightMg !== null) void save({ source: 'typed', weightMg });
  };
  useHotkeys({ Escape: onClose, F7: () => void save({ source: 'scale' }) }, 'dialog');

  return (
    <Modal open title={t('stocktake.weigh.title')} onOk={saveTyped} onCancel={onClose} destroyOnHidden>
      <Space direction="vertical" className="stocktake-dialog">
        {error && <Alert type="error" showIcon message={errorText(error)} />}
        <PuritySelect
          autoFocus
          placeholder={t('stocktake.weigh.purity')}
          value={purity}
          onChange={setPurity}
        />
        <ScaleLive sayWhenNone />
        <Button
          icon={<DashboardOutlined />}
          disabled={purity === undefined}
          onClick={() => void save({ source: 'scale' })}
          data-testid="stocktake-weigh-scale"
        >
          {t('weight.fromScale')} <Kbd>F7</Kbd>
        </Button>
        <Input
          placeholder={t('stocktake.weigh.weight')}
          value={grams}
          onChange={(event) => setGrams(event.target.value)}
          onPressEnter={saveTyped}
        />
      </Space>
    </Modal>
  );
}
