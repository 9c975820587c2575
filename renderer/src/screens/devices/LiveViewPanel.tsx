import type { ReactNode } from 'react';
import { Alert, Empty, Typography } from 'antd';
import type { Device, TrafficEntry } from '../../../../shared/contract/devices';
import { useI18n } from '../../i18n/context';
import { useErrorText } from '../../i18n/errors';
import { useStoreTimeZone } from '../../i18n/format';
import { ScaleReadingView } from './ScaleReadingView';
import { useLiveView } from './useLiveView';

/**
 * For setting a device up: what the core made of the device's output, then the raw bytes both ways.
 * `children` go between the two (the simulator, whose effect shows just above it).
 */
export function LiveViewPanel({ device, children }: { device: Device; children?: ReactNode }) {
  const { t } = useI18n();
  const errorText = useErrorText();
  const { view, traffic, error } = useLiveView(device.id);

  return (
    <section className="live-view" aria-label={t('liveView.title')} data-testid="live-view">
      {error && <Alert type="error" showIcon title={errorText(error)} />}
      <div className="live-view-parsed">
        {device.kind === 'scale' && view?.reading && <ScaleReadingView reading={view.reading} />}
        {device.kind === 'scanner' && (
          <div className="live-view-line">
            <span className="live-view-label">{t('liveView.lastScan')}</span>
            <code data-testid="live-view-last-scan">{view?.lastScan ?? '—'}</code>
          </div>
        )}
        <div className="live-view-line">
          <span className="live-view-label">{t('liveView.lastLine')}</span>
          <code>{view?.lastLine ?? '—'}</code>
          {view?.lastLineProblem && (
            <Typography.Text type="danger">{errorText(view.lastLineProblem)}</Typography.Text>
          )}
        </div>
      </div>
      {children}
      <div className="live-view-traffic-head">
        <Typography.Text strong>{t('liveView.traffic')}</Typography.Text>
        <Typography.Text type="secondary">{t('liveView.traffic.hint')}</Typography.Text>
      </div>
      {traffic.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('liveView.traffic.none')} />
      ) : (
        <ol className="traffic" data-testid="traffic">
          {traffic.map((entry) => (
            <TrafficRow key={entry.seq} entry={entry} />
          ))}
        </ol>
      )}
    </section>
  );
}

function TrafficRow({ entry }: { entry: TrafficEntry }) {
  const { t, language } = useI18n();
  const timeZone = useStoreTimeZone();
  const time = new Intl.DateTimeFormat(language, {
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    fractionalSecondDigits: 3,
    hour12: false,
    timeZone,
  }).format(new Date(entry.at));
  return (
    <li className={`traffic-row traffic-${entry.direction}`}>
      <span className="traffic-time">{time}</span>
      <span className="traffic-direction" title={t(`liveView.direction.${entry.direction}`)}>
        {entry.direction === 'in' ? '←' : '→'}
      </span>
      <span className="traffic-text">{entry.text}</span>
      <span className="traffic-hex">{entry.hex}</span>
    </li>
  );
}
