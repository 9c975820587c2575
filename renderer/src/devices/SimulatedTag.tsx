import { Tag } from 'antd';
import { ExperimentOutlined } from '@ant-design/icons';
import { useI18n } from '../i18n/context';

/** Marks a device the core plays itself, so nobody takes it for hardware on the counter. */
export function SimulatedTag() {
  const { t } = useI18n();
  return (
    <Tag color="gold" icon={<ExperimentOutlined />} className="simulated-tag">
      {t('device.simulated')}
    </Tag>
  );
}
