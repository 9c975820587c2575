import { useRef, useState } from 'react';
import { Button, Empty, Input, List, type InputRef } from 'antd';
import { bilingualMessage, type ErrorBody } from '../../../../shared/contract';
import type { MemberPurchase } from '../../../../shared/contract/returns';
import { formatYuan } from '../../../../shared/domain/money';
import { useApi } from '../../api/context';
import { Kbd } from '../../components/Kbd';
import { useHotkeys } from '../../components/useHotkeys';
import { useI18n } from '../../i18n/context';
import { ListDialog } from '../sale/ListDialog';

interface Found {
  customerId: number;
  name: string;
  purchases: MemberPurchase[];
  nextBefore: string | null;
}

const PAGE = 10;

/**
 * 会员购买记录: the member found by mobile number, their purchases listed newest first with what can still come
 * back; ↑ ↓ choose, Enter takes the receipt to the returns screen, PageDown shows older ones.
 */
export function MemberPurchasesModal({
  onPick,
  onClose,
}: {
  onPick(receiptNo: string): void;
  onClose(): void;
}) {
  const api = useApi();
  const { t } = useI18n();
  const [phone, setPhone] = useState('');
  const [found, setFound] = useState<Found | null>(null);
  const [active, setActive] = useState(0);
  const [error, setError] = useState<ErrorBody | null>(null);
  const phoneRef = useRef<InputRef>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const purchases = found?.purchases ?? [];

  const search = async (): Promise<void> => {
    if (!phone.trim()) return;
    const member = await api.call('customers.find', { phone: phone.trim() });
    if (!member.ok) return setError(member.error);
    if (!member.value) {
      return setError({
        code: 'CUSTOMER_NOT_FOUND',
        message: bilingualMessage('CUSTOMER_NOT_FOUND'),
        details: {},
      });
    }
    const page = await api.call('returns.memberPurchases', { customerId: member.value.id, limit: PAGE });
    if (!page.ok) return setError(page.error);
    setError(null);
    setFound({ customerId: member.value.id, name: member.value.name, ...page.value });
    setActive(0);
    // the list takes the keys from here: ↑ ↓ Enter
    listRef.current?.focus();
  };

  const more = async (): Promise<void> => {
    if (!found?.nextBefore) return;
    const page = await api.call('returns.memberPurchases', {
      customerId: found.customerId,
      before: found.nextBefore,
      limit: PAGE,
    });
    if (!page.ok) return setError(page.error);
    setFound({
      ...found,
      purchases: [...found.purchases, ...page.value.purchases],
      nextBefore: page.value.nextBefore,
    });
  };

  const pick = (purchase: MemberPurchase | undefined): void => {
    if (purchase && purchase.returnableQuantity > 0) onPick(purchase.receiptNo);
  };

  useHotkeys(
    {
      ArrowDown: () => setActive((i) => Math.min(i + 1, purchases.length - 1)),
      ArrowUp: () => setActive((i) => Math.max(i - 1, 0)),
      Enter: () => pick(purchases[active]),
      PageDown: () => void more(),
      F3: () => phoneRef.current?.focus({ cursor: 'all' }),
    },
    'dialog',
  );

  return (
    <ListDialog
      title={t('returns.purchases.title')}
      width={720}
      onCancel={onClose}
      onClose={onClose}
      error={error}
      initialFocus={phoneRef}
    >
      <div className="returns-purchases-find">
        <Input
          ref={phoneRef}
          size="large"
          inputMode="numeric"
          autoComplete="off"
          maxLength={20}
          aria-label={t('returns.purchases.phone')}
          placeholder={t('returns.purchases.phone')}
          value={phone}
          onChange={(event) => setPhone(event.target.value)}
          onPressEnter={() => void search()}
        />
        <Button size="large" onClick={() => void search()}>
          {t('returns.find')} <Kbd>Enter</Kbd>
        </Button>
        <Kbd>F3</Kbd>
      </div>
      <div ref={listRef} tabIndex={-1} className="returns-purchases" aria-label={t('returns.purchases.list')}>
        {found && (
          <div className="returns-purchases-member" data-testid="purchases-member">
            {t('returns.purchases.member', { name: found.name })}
          </div>
        )}
        {found && purchases.length === 0 ? (
          <Empty description={t('returns.purchases.none')} />
        ) : (
          <List
            dataSource={purchases}
            renderItem={(purchase, i) => (
              <List.Item
                data-testid={`purchase-${purchase.receiptNo}`}
                aria-current={i === active}
                aria-disabled={purchase.returnableQuantity === 0}
                className={i === active ? 'sale-list-item sale-list-item-active' : 'sale-list-item'}
                onClick={() => pick(purchase)}
              >
                <List.Item.Meta
                  title={`${purchase.receiptNo} · ${purchase.businessDay}`}
                  description={purchase.items.join('、')}
                />
                <div className="returns-purchase-facts">
                  <strong>{formatYuan(purchase.totalFen)}</strong>
                  <span data-testid="purchase-returnable">
                    {purchase.returnableQuantity === 0
                      ? t('returns.line.fullyReturned')
                      : t('returns.purchases.returnable', {
                          quantity: purchase.returnableQuantity,
                          amount: formatYuan(purchase.returnableFen),
                        })}
                  </span>
                </div>
              </List.Item>
            )}
          />
        )}
        {found?.nextBefore && (
          <Button block onClick={() => void more()}>
            {t('returns.purchases.more')} <Kbd>PageDown</Kbd>
          </Button>
        )}
      </div>
    </ListDialog>
  );
}
