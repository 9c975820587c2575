import { useEffect, useRef } from 'react';
import type { StaffRef } from '../../../../shared/contract/staff';
import { moveFocusByArrow, useNumberKeys } from '../../components/choice-keys';
import { StaffAvatar } from '../../components/StaffAvatar';
import { useI18n } from '../../i18n/context';

interface StaffPickerProps {
  staff: StaffRef[];
  onChoose(member: StaffRef): void;
}

/** Big name buttons: tap one, or move with the arrow keys and press Enter, or press its number. */
export function StaffPicker({ staff, onChoose }: StaffPickerProps) {
  const { t } = useI18n();
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);

  useEffect(() => {
    buttons.current[0]?.focus();
  }, [staff]);

  useNumberKeys(staff.length, (index) => {
    const member = staff[index];
    if (member) onChoose(member);
  });

  return (
    <div className="staff-picker" role="list">
      {staff.map((member, index) => (
        <button
          key={member.id}
          ref={(element) => {
            buttons.current[index] = element;
          }}
          type="button"
          role="listitem"
          className="staff-button"
          onClick={() => onChoose(member)}
          onKeyDown={(event) => moveFocusByArrow(event, buttons.current, index, staff.length)}
        >
          <StaffAvatar name={member.name} role={member.role} size={48} />
          <span className="staff-button-text">
            <span className="staff-button-name">{member.name}</span>
            <span className="staff-button-role">{t(`role.${member.role}` as const)}</span>
          </span>
          {index < 9 && <span className="staff-button-number">{index + 1}</span>}
        </button>
      ))}
    </div>
  );
}
