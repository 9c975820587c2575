import { memo } from 'react';
import { Button } from 'antd';
import { CrownOutlined, UserAddOutlined } from '@ant-design/icons';
import type { Customer } from '../../../../shared/contract/customers';
import { formatYuan } from '../../../../shared/domain/money';
import { Kbd } from '../../components/Kbd';
import { useI18n } from '../../i18n/context';
import { useShippedName } from '../../i18n/shipped-names';
import { useShownPhone } from '../../session/phone';
import { discountText } from './discount-text';

/** The member on the sale (tier, its discount, points, store credit), or a way to attach one. Memoised: a scan changes the cart, not the member. */
export const MemberCard = memo(function MemberCard({
  customer,
  onOpen,
}: {
  customer: Customer | null;
  onOpen(): void;
}) {
  const { t } = useI18n();
  const shippedName = useShippedName();
  const shownPhone = useShownPhone();
  if (!customer) {
    return (
      <Button className="sale-member-add" icon={<UserAddOutlined />} onClick={onOpen}>
        {t('sale.member.attach')} <Kbd>F4</Kbd>
      </Button>
    );
  }
  return (
    <section className="sale-member panel" data-testid="sale-member" aria-label={t('sale.member')}>
      <div className="sale-member-name">
        <CrownOutlined /> {customer.name}{' '}
        <span className="sale-member-phone">{shownPhone(customer.phone)}</span>
        <Button size="small" type="link" onClick={onOpen}>
          {t('sale.member.change')} <Kbd>F4</Kbd>
        </Button>
      </div>
      <div className="sale-member-facts">
        <span>
          {shippedName(`sale.member.tierName.${customer.tier.id}`, customer.tier.name)}
          {customer.tier.discountBp > 0 &&
            ` · ${t('sale.member.tierDiscount', { discount: discountText({ kind: 'percent', bp: customer.tier.discountBp }) })}`}
        </span>
        <span>{t('sale.member.points', { points: customer.points })}</span>
        <span>{t('sale.member.credit', { amount: formatYuan(customer.storeCreditFen) })}</span>
      </div>
    </section>
  );
});
