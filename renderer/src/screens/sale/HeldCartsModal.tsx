import { useState } from 'react';
import { Button, Empty, List } from 'antd';
import type { ErrorBody } from '../../../../shared/contract';
import type { HeldCartListing } from '../../../../shared/contract/sales';
import { formatYuan } from '../../../../shared/domain/money';
import type { ApiClient } from '../../api/client';
import { useApi } from '../../api/context';
import { useLoad } from '../../api/useLoad';
import { Kbd } from '../../components/Kbd';
import { useHotkeys } from '../../components/useHotkeys';
import { useI18n } from '../../i18n/context';
import { useFormatInstant } from '../../i18n/format';
import { useShownPhone } from '../../session/phone';
import { ListDialog } from './ListDialog';

const loadHeld = (api: ApiClient) => api.call('sales.held', {});

interface HeldCartsModalProps {
  onRecall(id: number): Promise<ErrorBody | null>;
  onClose(): void;
}

/** 取单: the carts parked at this terminal; ↑ ↓ choose, Enter takes one back. */
export function HeldCartsModal({ onRecall, onClose }: HeldCartsModalProps) {
  const api = useApi();
  const { t } = useI18n();
  const formatInstant = useFormatInstant();
  const shownPhone = useShownPhone();
  const { value: held, error: loadError } = useLoad(api, loadHeld);
  const [active, setActive] = useState(0);
  const [error, setError] = useState<ErrorBody | null>(null);
  const carts = held ?? [];

  const recall = async (cart: HeldCartListing | undefined): Promise<void> => {
    if (cart) setError(await onRecall(cart.id));
  };

  useHotkeys(
    {
      ArrowDown: () => setActive((i) => Math.min(i + 1, carts.length - 1)),
      ArrowUp: () => setActive((i) => Math.max(i - 1, 0)),
      Enter: () => void recall(carts[active]),
    },
    'dialog',
  );

  return (
    <ListDialog title={t('sale.held.title')} onCancel={onClose} onClose={onClose} error={error ?? loadError}>
      {held && carts.length === 0 ? (
        <Empty description={t('sale.held.none')} />
      ) : (
        <List
          dataSource={carts}
          renderItem={(cart, i) => (
            <List.Item
              className={i === active ? 'sale-list-item sale-list-item-active' : 'sale-list-item'}
              onClick={() => void recall(cart)}
              actions={[
                <Button
                  key="recall"
                  type={i === active ? 'primary' : 'default'}
                  onClick={() => void recall(cart)}
                >
                  {t('sale.held.recall')} {i === active && <Kbd>Enter</Kbd>}
                </Button>,
              ]}
            >
              <List.Item.Meta
                title={cart.label || t('sale.held.unnamed', { id: cart.id })}
                description={t('sale.held.meta', {
                  lines: cart.lineCount,
                  at: formatInstant(cart.heldAt, 'time'),
                  by: cart.heldBy,
                })}
              />
              <div className="sale-held-facts" data-testid={`held-${cart.id}`}>
                <strong className="sale-held-total">
                  {cart.totalFen === null ? t('sale.held.repriced') : formatYuan(cart.totalFen)}
                </strong>
                <span>
                  {cart.customer
                    ? `${cart.customer.name} ${shownPhone(cart.customer.phone)}`
                    : t('sale.held.noMember')}
                </span>
              </div>
            </List.Item>
          )}
        />
      )}
    </ListDialog>
  );
}
