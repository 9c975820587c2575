import { useEffect, useState } from 'react';
import { Alert, Form, Input, InputNumber, Modal, Select, Typography } from 'antd';
import type { ErrorBody } from '../../../../shared/contract';
import type { Product } from '../../../../shared/contract/catalog';
import type { ApiClient } from '../../api/client';
import { useApi } from '../../api/context';
import { useLoad } from '../../api/useLoad';
import { Kbd } from '../../components/Kbd';
import { useI18n } from '../../i18n/context';
import { useErrorText } from '../../i18n/errors';
import { CODE_FIELD } from '../../scan/code-field';
import { usePlaceName } from '../stock-places/place-names';

interface ReceiveValues {
  quantity: number | null;
  note?: string;
  placeId?: number;
}

const loadPlaces = (api: ApiClient) => api.call('stock.places', { includeInactive: false });

interface ReceiveStockModalProps {
  product: Product;
  onClose(): void;
  onDone(product: Product, quantity: number): void;
}

/**
 * 入库: goods arrived for a product; on hand goes up and the receipt is journaled. The quantity starts empty
 * (what is typed is what is received, never added to a pre-filled 1) and anything but 1–100000 is refused
 * with the rule, not clamped into range.
 */
export function ReceiveStockModal({ product, onClose, onDone }: ReceiveStockModalProps) {
  const api = useApi();
  const { t } = useI18n();
  const errorText = useErrorText();
  const [form] = Form.useForm<ReceiveValues>();
  const [error, setError] = useState<ErrorBody | null>(null);
  const [busy, setBusy] = useState(false);
  const placeName = usePlaceName();
  const places = useLoad(api, loadPlaces);
  // goods may be received into the places that count as on hand; the stockroom unless another is chosen
  const into = (places.value ?? []).filter((place) => place.sellable);
  const stockroomId = into.find((place) => place.system && place.kind === 'stockroom')?.id;
  useEffect(() => {
    if (stockroomId !== undefined && form.getFieldValue('placeId') === undefined)
      form.setFieldValue('placeId', stockroomId);
  }, [form, stockroomId]);

  const receive = async ({ quantity, note, placeId }: ReceiveValues): Promise<void> => {
    if (quantity === null) return;
    setBusy(true);
    const result = await api.call('catalog.receiveStock', {
      productId: product.id,
      quantity,
      note: note?.trim() ?? '',
      ...(placeId === undefined ? {} : { placeId }),
    });
    setBusy(false);
    if (result.ok) onDone(result.value, quantity);
    else setError(result.error);
  };

  return (
    <Modal
      open
      title={t('product.receive.title', { name: product.name })}
      okText={
        <>
          {t('product.receive')} <Kbd>Enter</Kbd>
        </>
      }
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<ReceiveValues>
        form={form}
        layout="vertical"
        requiredMark={false}
        initialValues={{ quantity: null }}
        onFinish={(values) => void receive(values)}
        onValuesChange={() => setError(null)}
      >
        {error && <Alert className="form-alert" type="error" showIcon title={errorText(error)} />}
        <Typography.Paragraph type="secondary">
          {t('product.receive.onHand', { sku: product.sku, count: product.onHand })}
        </Typography.Paragraph>
        <Form.Item
          name="quantity"
          label={t('product.receive.quantity')}
          rules={[
            {
              required: true,
              type: 'integer',
              min: 1,
              max: 100_000,
              message: t('product.receive.quantity.rule'),
            },
          ]}
        >
          <InputNumber<number>
            autoFocus
            precision={0}
            className="input-quantity"
            onPressEnter={() => form.submit()}
          />
        </Form.Item>
        <Form.Item name="placeId" label={t('places.receive.place')}>
          <Select<number>
            showSearch={{ optionFilterProp: 'label' }}
            loading={places.value === null && places.error === null}
            options={into.map((place) => ({ value: place.id, label: placeName(place) }))}
          />
        </Form.Item>
        <Form.Item name="note" label={t('product.receive.note')} rules={[{ max: 200 }]}>
          <Input
            {...CODE_FIELD}
            maxLength={200}
            placeholder={t('product.receive.note.placeholder')}
            onPressEnter={() => form.submit()}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
