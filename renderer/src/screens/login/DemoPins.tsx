import type { DemoSignIn } from '../../../../shared/contract/setup';
import { useI18n } from '../../i18n/context';

/** Just after the demo store is built: whose PIN is what, so a newcomer can sign in. */
export function DemoPins({ staff }: { staff: readonly DemoSignIn[] }) {
  const { t } = useI18n();
  return (
    <div className="demo-pins" data-testid="demo-pins">
      <span className="demo-pins-title">{t('login.demoPins')}</span>
      {staff.map((member) => (
        <span key={member.name} className="demo-pin">
          {member.name} <span className="demo-pin-role">{t(`role.${member.role}` as const)}</span>{' '}
          <strong>{member.pin}</strong>
        </span>
      ))}
    </div>
  );
}
