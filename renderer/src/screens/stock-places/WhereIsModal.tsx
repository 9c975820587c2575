import { useState } from 'react';
import { Alert, Button, Descriptions, Input, List, Modal, Typography } from 'antd';
import type { ChannelOutput, ErrorBody } from '../../../../shared/contract';
import type { Product } from '../../../../shared/contract/catalog';
import { useApi } from '../../api/context';
import { useI18n } from '../../i18n/context';
import { useErrorText } from '../../i18n/errors';
import { useFormatInstant } from '../../i18n/format';
import { CODE_FIELD } from '../../scan/code-field';
import { useScanHandler } from '../../scan/context';
import { useKindLabel, usePlaceName } from './place-names';

interface Found {
  product: Product;
  where: ChannelOutput<'stock.whereIs'>;
}

interface WhereIsModalProps {
  /** Names the place a level or movement is at, from the places the screen has. */
  placeOf(placeId: number): { code: string; name: string } | null;
  onOpenPlace(placeId: number): void;
  onClose(): void;
}

/** 查位置: a barcode or SKU, scanned or typed, answers the place(s) holding the product and its last movement. */
export function WhereIsModal({ placeOf, onOpenPlace, onClose }: WhereIsModalProps) {
  const api = useApi();
  const { t } = useI18n();
  const errorText = useErrorText();
  const formatInstant = useFormatInstant();
  const placeName = usePlaceName();
  const kindLabel = useKindLabel();
  const [code, setCode] = useState('');
  const [found, setFound] = useState<Found | null>(null);
  const [error, setError] = useState<ErrorBody | null>(null);

  const find = async (text: string): Promise<void> => {
    const wanted = text.trim();
    if (!wanted) return;
    setCode(wanted);
    const product = await api.call('catalog.lookup', { code: wanted });
    if (!product.ok) {
      setFound(null);
      return setError(product.error);
    }
    const where = await api.call('stock.whereIs', { productId: product.value.id });
    if (!where.ok) {
      setFound(null);
      return setError(where.error);
    }
    setError(null);
    setFound({ product: product.value, where: where.value });
  };

  useScanHandler(({ code: scanned }) => void find(scanned));

  const last = found?.where.lastMovement ?? null;
  const lastPlace = last ? placeOf(last.placeId) : null;

  return (
    <Modal open title={t('places.whereIs')} footer={null} onCancel={onClose} destroyOnHidden width={560}>
      <Input.Search
        {...CODE_FIELD}
        autoFocus
        value={code}
        maxLength={64}
        aria-label={t('places.whereIs.code')}
        placeholder={t('places.whereIs.placeholder')}
        enterButton={t('places.whereIs')}
        onChange={(event) => setCode(event.target.value)}
        onSearch={(value) => void find(value)}
      />
      {error && <Alert className="form-alert" type="error" showIcon title={errorText(error)} />}
      {found && (
        <div className="where-is-answer" data-testid="where-is-answer">
          <Typography.Title level={5}>
            <code>{found.product.sku}</code> {found.product.name}
          </Typography.Title>
          <List
            size="small"
            header={t('places.whereIs.places')}
            locale={{ emptyText: t('places.whereIs.nowhere') }}
            dataSource={found.where.levels}
            renderItem={(level) => (
              <List.Item
                actions={[
                  <Button key="open" size="small" onClick={() => onOpenPlace(level.placeId)}>
                    {t('places.whereIs.open')}
                  </Button>,
                ]}
              >
                <span className="where-is-place">
                  {placeName(level)}
                  {kindLabel(level) && ` · ${kindLabel(level)}`}
                </span>
                <span>× {level.quantity}</span>
              </List.Item>
            )}
          />
          {last && (
            <Descriptions
              size="small"
              column={1}
              items={[
                {
                  key: 'last',
                  label: t('places.whereIs.last'),
                  children: t('places.whereIs.lastLine', {
                    time: formatInstant(last.at),
                    reason: t(`places.reason.${last.reason}`),
                    place: lastPlace ? placeName(lastPlace) : `#${last.placeId}`,
                    quantity: last.quantity > 0 ? `+${last.quantity}` : String(last.quantity),
                  }),
                },
                ...(last.reference
                  ? [{ key: 'reference', label: t('places.whereIs.reference'), children: last.reference }]
                  : []),
                ...(last.note ? [{ key: 'note', label: t('places.whereIs.note'), children: last.note }] : []),
              ]}
            />
          )}
        </div>
      )}
    </Modal>
  );
}
