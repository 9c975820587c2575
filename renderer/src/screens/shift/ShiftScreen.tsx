import { useState } from 'react';
import { Alert, Button, Descriptions, Space, Spin } from 'antd';
import type { Envelope } from '../../../../shared/contract';
import type { Shift } from '../../../../shared/contract/shifts';
import { formatYuan } from '../../../../shared/domain/money';
import type { Permission } from '../../../../shared/domain/roles';
import type { ApiClient } from '../../api/client';
import { useApi } from '../../api/context';
import { useLoad } from '../../api/useLoad';
import type { MessageKey } from '../../i18n/catalog';
import { Kbd } from '../../components/Kbd';
import { ScreenHeader } from '../../components/ScreenHeader';
import { useGuardLeaving } from '../../components/useGuardLeaving';
import { useHotkeys } from '../../components/useHotkeys';
import { useI18n } from '../../i18n/context';
import { useErrorText } from '../../i18n/errors';
import { useFormatInstant } from '../../i18n/format';
import { CashMovementPanel } from './CashMovementPanel';
import { CloseShiftPanel } from './CloseShiftPanel';
import { DayClosePanel } from './DayClosePanel';
import { HandoverPanel } from './HandoverPanel';
import { MidDayCountPanel } from './MidDayCountPanel';
import { OpenShiftPanel } from './OpenShiftPanel';
import { ShiftSettingsPanel } from './ShiftSettingsPanel';
import { XReportPanel } from './XReportPanel';
import './shift.css';

/** The open shift wrapped, so "none open" (null) is told apart from "not loaded yet". */
async function loadCurrent(api: ApiClient): Promise<Envelope<{ shift: Shift | null }>> {
  const result = await api.call('shifts.current', {});
  return result.ok ? { ok: true, value: { shift: result.value } } : result;
}

type Panel = 'menu' | 'movement' | 'midday' | 'handover' | 'x' | 'close' | 'day' | 'settings';

const ACTIONS: {
  panel: Exclude<Panel, 'menu' | 'day' | 'settings'>;
  key: string;
  label: MessageKey;
}[] = [
  { panel: 'movement', key: 'F3', label: 'shift.action.movement' },
  { panel: 'midday', key: 'F4', label: 'shift.action.midday' },
  { panel: 'handover', key: 'F6', label: 'shift.action.handover' },
  { panel: 'x', key: 'F7', label: 'shift.action.x' },
  { panel: 'close', key: 'F9', label: 'shift.action.close' },
];

/**
 * 班次与日结: opening the shift with the float counted, the drawer's movements during it, the blind close
 * with its Z report, and the close of the business day for those allowed.
 */
export function ShiftScreen({ permissions, onBack }: { permissions: readonly Permission[]; onBack(): void }) {
  const api = useApi();
  const { t } = useI18n();
  const errorText = useErrorText();
  const formatInstant = useFormatInstant();
  const current = useLoad(api, loadCurrent);
  const [opened, setOpened] = useState<Shift | null>(null);
  const shift = opened ?? (current.value ? current.value.shift : undefined);
  const { error } = current;
  const [panel, setPanel] = useState<Panel>('menu');
  const canCloseDay = permissions.includes('shifts.closeDay');
  const canSetUp = permissions.includes('settings.manage');

  const done = (): void => {
    setPanel('menu');
    setOpened(null);
    void current.reload();
  };
  const back = (): void => (panel === 'menu' ? onBack() : done());
  const open = shift ? Object.fromEntries(ACTIONS.map((a) => [a.key, () => setPanel(a.panel)])) : {};
  // Esc from a panel goes back to the menu, so a count in progress is not dropped on the way home
  useGuardLeaving(panel === 'menu' ? null : done);
  useHotkeys({
    ...(panel === 'menu' ? open : {}),
    ...(canCloseDay && panel === 'menu' ? { F10: () => setPanel('day') } : {}),
    ...(canSetUp && panel === 'menu' ? { F5: () => setPanel('settings') } : {}),
  });

  const subtitle =
    shift === undefined
      ? undefined
      : shift === null
        ? t('shift.subtitle.none')
        : t('shift.subtitle.open', {
            name: shift.openedBy.name,
            at: formatInstant(shift.openedAt),
            holder: shift.holder.name,
          });

  return (
    <div className="screen shift-screen">
      <ScreenHeader title={t('tile.shift')} subtitle={subtitle} onBack={back} />
      {error && <Alert type="error" showIcon title={errorText(error)} />}
      {shift === undefined && <Spin />}
      {panel === 'day' && <DayClosePanel />}
      {panel === 'menu' && shift === null && <OpenShiftPanel onOpened={setOpened} />}
      {panel === 'close' && shift && <CloseShiftPanel shift={shift} />}
      {shift && panel === 'movement' && <CashMovementPanel onDone={done} />}
      {shift && panel === 'midday' && <MidDayCountPanel onDone={done} />}
      {shift && panel === 'handover' && <HandoverPanel holderId={shift.holder.id} onDone={done} />}
      {shift && panel === 'x' && <XReportPanel />}
      {shift && panel === 'menu' && (
        <div className="panel shift-menu">
          <Descriptions column={1} size="small" bordered>
            <Descriptions.Item label={t('shift.float')}>{formatYuan(shift.floatFen)}</Descriptions.Item>
            <Descriptions.Item label={t('shift.openedAt')}>{formatInstant(shift.openedAt)}</Descriptions.Item>
            <Descriptions.Item label={t('shift.holder')}>{shift.holder.name}</Descriptions.Item>
            <Descriptions.Item label={t('shift.previousLeftIn')}>
              {shift.previousLeftInFen === null ? t('shift.firstShift') : formatYuan(shift.previousLeftInFen)}
            </Descriptions.Item>
            {shift.floatDifferenceFen !== null && (
              <Descriptions.Item label={t('shift.floatDifference')}>
                {formatYuan(shift.floatDifferenceFen)}
              </Descriptions.Item>
            )}
          </Descriptions>
          <Space wrap>
            {ACTIONS.map((action) => (
              <Button key={action.panel} size="large" onClick={() => setPanel(action.panel)}>
                {t(action.label)} <Kbd>{action.key}</Kbd>
              </Button>
            ))}
          </Space>
        </div>
      )}
      {panel === 'menu' && (canCloseDay || canSetUp) && (
        <Space className="shift-day-button">
          {canCloseDay && (
            <Button size="large" onClick={() => setPanel('day')}>
              {t('shift.action.day')} <Kbd>F10</Kbd>
            </Button>
          )}
          {canSetUp && (
            <Button size="large" onClick={() => setPanel('settings')}>
              {t('shift.action.settings')} <Kbd>F5</Kbd>
            </Button>
          )}
        </Space>
      )}
      {panel === 'settings' && <ShiftSettingsPanel onDone={done} />}
    </div>
  );
}
