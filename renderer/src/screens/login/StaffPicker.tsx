import { useEffect, useEffectEvent, useRef } from 'react';
import type { StaffRef } from '../../../../shared/contract/staff';
import { hasModifier, isTextEntry } from '../../components/keyboard';
import { StaffAvatar } from '../../components/StaffAvatar';
import { useI18n } from '../../i18n/context';

const STEP: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };

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

  const onKey = useEffectEvent((event: KeyboardEvent) => {
    if (hasModifier(event) || isTextEntry(event.target)) return;
    const member = /^[1-9]$/.test(event.key) ? staff[Number(event.key) - 1] : undefined;
    if (member) {
      event.preventDefault();
      onChoose(member);
    }
  });

  useEffect(() => {
    const listener = (event: KeyboardEvent): void => onKey(event);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);

  const move = (from: number, step: number): void => {
    buttons.current[(from + step + staff.length) % staff.length]?.focus();
  };

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
          onKeyDown={(event) => {
            const step = STEP[event.key];
            if (step === undefined) return;
            event.preventDefault();
            move(index, step);
          }}
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
