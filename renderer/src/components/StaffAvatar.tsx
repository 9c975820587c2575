import { Avatar } from 'antd';
import type { Role } from '../../../shared/domain/roles';

const ROLE_COLOURS: Record<Role, string> = {
  cashier: '#b8322f',
  repairDesk: '#2f6f8f',
  manager: '#9a6b12',
  administrator: '#4b3f72',
};

/** The first character of the name on the role's colour: enough to tell colleagues apart at a glance. */
export function StaffAvatar({ name, role, size }: { name: string; role: Role; size?: number }) {
  return (
    <Avatar size={size ?? 40} style={{ backgroundColor: ROLE_COLOURS[role], flexShrink: 0 }}>
      {Array.from(name)[0] ?? '?'}
    </Avatar>
  );
}
