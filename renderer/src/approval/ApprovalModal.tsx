import { useEffect, useEffectEvent, useRef, useState } from 'react';
import { Button, Descriptions, Empty, Modal, Radio, Skeleton, Typography } from 'antd';
import { SafetyCertificateOutlined } from '@ant-design/icons';
import type { ErrorBody } from '../../../shared/contract';
import type { ApiClient } from '../api/client';
import { useRawApi } from '../api/context';
import { useLoad } from '../api/useLoad';
import { Kbd } from '../components/Kbd';
import { PinEntry } from '../components/PinEntry';
import { isMessageKey } from '../i18n/catalog';
import { useI18n } from '../i18n/context';
import { useErrorText } from '../i18n/errors';
import { useScanHandler } from '../scan/context';
import type { PendingApproval } from './pending';
import { approvalSubject } from './subject';
import './approval.css';

const loadApprovers = (api: ApiClient) => api.call('auth.approvers', {});

const ARROW_STEPS: Partial<Record<string, 1 | -1>> = {
  ArrowDown: 1,
  ArrowRight: 1,
  ArrowUp: -1,
  ArrowLeft: -1,
};

/**
 * 主管授权: an approver chosen from the list types their PIN; the refused call then runs once more. It is
 * made for the keyboard: the PIN has the focus from the start, the arrows pick the approver, Enter approves
 * and Esc cancels. The screen behind keeps none of the keys while it is open (a second F9 is no second
 * commit).
 */
export function ApprovalModal({ pending }: { pending: PendingApproval }) {
  const api = useRawApi();
  const { t } = useI18n();
  const errorText = useErrorText();
  const loaded = useLoad(api, loadApprovers);
  const [chosenId, setChosenId] = useState<number | null>(null);
  const [pin, setPin] = useState('');
  const [pinError, setPinError] = useState<ErrorBody | null>(null);
  const [busy, setBusy] = useState(false);
  const pinArea = useRef<HTMLDivElement>(null);
  const approvers = loaded.error ? [] : loaded.value;
  const approverId = chosenId ?? approvers?.[0]?.id ?? null;
  const error = pinError ?? loaded.error;
  const subject = approvalSubject(pending.error, pending.input);

  const onKey = useEffectEvent((event: KeyboardEvent) => {
    const step = ARROW_STEPS[event.key];
    if (step !== undefined && approvers && approvers.length > 0) {
      const index = approvers.findIndex((approver) => approver.id === approverId);
      const next = approvers[(index + step + approvers.length) % approvers.length];
      setChosenId(next?.id ?? null);
      setPinError(null);
    } else if (!/^F\d+$/.test(event.key)) return;
    event.preventDefault();
    event.stopPropagation();
  });

  // the PIN pad appears once the approvers are loaded: it takes the focus then (and again once the dialog's
  // opening has settled, which moves the focus to the dialog itself)
  const ready = Boolean(approvers && approvers.length > 0);
  useEffect(() => {
    if (ready) pinArea.current?.focus();
  }, [ready]);

  useEffect(() => {
    const listener = (event: KeyboardEvent): void => onKey(event);
    window.addEventListener('keydown', listener, { capture: true });
    return () => window.removeEventListener('keydown', listener, { capture: true });
  }, []);

  // A scan while a manager types their PIN is no PIN: its first digits may have reached the pad, so the
  // pad is cleared, and the scan never reaches the screen behind the prompt.
  useScanHandler(() => {
    setPin('');
    setPinError(null);
  });

  const submit = async (value: string): Promise<void> => {
    if (approverId === null) return;
    setBusy(true);
    const approval = await api.call('auth.approve', {
      approverId,
      pin: value,
      channel: pending.channel,
      input: pending.input,
    });
    if (approval.ok) {
      await pending.retry(approval.value.approvalId);
      return;
    }
    setBusy(false);
    setPin('');
    setPinError(approval.error);
  };

  const permission = pending.error.details.permission;
  const actionKey = `permission.${String(permission)}`;
  const action = isMessageKey(actionKey) ? t(actionKey) : pending.channel;

  return (
    <Modal
      open
      title={
        <span className="approval-title">
          <SafetyCertificateOutlined /> {t('approval.title')}
        </span>
      }
      onCancel={pending.cancel}
      closable={false}
      afterOpenChange={(open) => open && pinArea.current?.focus()}
      mask={{ closable: false }}
      footer={
        <Button onClick={pending.cancel}>
          {t('approval.cancel')} <Kbd>Esc</Kbd>
        </Button>
      }
      width={460}
    >
      <Typography.Paragraph type="secondary">{t('approval.reason', { action })}</Typography.Paragraph>
      <Descriptions
        size="small"
        column={1}
        className="approval-subject"
        items={[
          { key: 'action', label: t('approval.action'), children: action },
          ...(subject.item ? [{ key: 'item', label: t('approval.item'), children: subject.item }] : []),
          ...(subject.amount
            ? [{ key: 'amount', label: t('approval.amount'), children: subject.amount }]
            : []),
          ...(subject.discountBp !== null
            ? [
                {
                  key: 'discount',
                  label: t('approval.discount'),
                  children: `${(subject.discountBp / 100).toFixed(2)}%`,
                },
              ]
            : []),
        ]}
      />
      {approvers === null ? (
        <Skeleton active paragraph={{ rows: 2 }} />
      ) : approvers.length === 0 ? (
        <Empty description={error ? errorText(error) : t('approval.noApprovers')} />
      ) : (
        <>
          <Typography.Text strong>
            {t('approval.chooseApprover')} <Kbd>↑</Kbd>
            <Kbd>↓</Kbd>
          </Typography.Text>
          <Radio.Group
            className="approval-approvers"
            optionType="button"
            buttonStyle="solid"
            size="large"
            value={approverId}
            onChange={(event) => {
              setChosenId(event.target.value as number);
              setPinError(null);
            }}
            options={approvers.map((approver) => ({
              value: approver.id,
              label: (
                <span className="approver-option">
                  <span className="approver-option-name">{approver.name}</span>
                  <span className="approver-option-role">{t(`role.${approver.role}` as const)}</span>
                </span>
              ),
            }))}
          />
          {/* the focus rests here, so Enter approves instead of pressing a button */}
          <div ref={pinArea} tabIndex={-1} aria-label={t('approval.pin')} className="approval-pin">
            <PinEntry
              compact
              pin={pin}
              onPinChange={(next) => {
                setPin(next);
                if (next) setPinError(null);
              }}
              onSubmit={(value) => void submit(value)}
              onBack={pending.cancel}
              busy={busy}
              error={error && errorText(error)}
            />
          </div>
        </>
      )}
    </Modal>
  );
}
