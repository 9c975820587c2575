import type { ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { Button } from 'antd';
import { Kbd } from '../../components/Kbd';
import { useI18n } from '../../i18n/context';

interface CustomerFacingProps {
  label: string;
  /** The key that turned the screen to the customer also turns it back, as does Esc. */
  closeKey: 'F7' | 'Shift+F7';
  className?: string;
  onClose(): void;
  children: ReactNode;
}

/** The screen turned to the customer: full screen, nothing of the till behind it, until the cashier takes it back. */
export function CustomerFacing({ label, closeKey, className, onClose, children }: CustomerFacingProps) {
  const { t } = useI18n();
  const shifted = closeKey.startsWith('Shift+');
  return createPortal(
    <div
      className={`customer-display${className ? ` ${className}` : ''}`}
      role="dialog"
      aria-modal
      aria-label={label}
      onKeyDown={(event) => {
        if (event.key === 'Escape' || (event.key === 'F7' && event.shiftKey === shifted)) {
          event.preventDefault();
          onClose();
        }
      }}
    >
      {children}
      <Button className="customer-display-close" autoFocus onClick={onClose}>
        {t('sale.customer.back')} <Kbd>{closeKey}</Kbd>
      </Button>
    </div>,
    document.body,
  );
}
