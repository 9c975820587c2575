import { useRef, type ReactNode, type RefObject } from 'react';
import { Alert, Button, Modal } from 'antd';
import type { ErrorBody } from '../../../../shared/contract';
import { Kbd } from '../../components/Kbd';
import { useI18n } from '../../i18n/context';
import { useErrorText } from '../../i18n/errors';

interface ListDialogProps {
  title: string;
  width?: number;
  /** Esc: closes, or steps back out of a part of the dialog. */
  onCancel(): void;
  onClose(): void;
  error: ErrorBody | null;
  /** What takes the focus as the dialog opens, when not the list (a field to search it by). */
  initialFocus?: RefObject<{ focus(): void } | null>;
  children: ReactNode;
}

/** A list to choose from (held carts, today's sales), with its own keys and a close button. */
export function ListDialog(props: ListDialogProps) {
  const { title, width, onCancel, onClose, error, initialFocus, children } = props;
  const { t } = useI18n();
  const errorText = useErrorText();
  const body = useRef<HTMLDivElement>(null);
  return (
    <Modal
      open
      // The list takes the focus, not the close button: Enter and the letters are the list's keys.
      afterOpenChange={(open) => {
        if (open) (initialFocus?.current ?? body.current)?.focus();
      }}
      width={width}
      title={title}
      onCancel={onCancel}
      footer={
        <Button onClick={onClose}>
          {t('common.cancel')} <Kbd>Esc</Kbd>
        </Button>
      }
    >
      <div ref={body} tabIndex={-1} className="sale-list-body">
        {error && <Alert className="form-alert" type="error" showIcon title={errorText(error)} />}
        {children}
      </div>
    </Modal>
  );
}
