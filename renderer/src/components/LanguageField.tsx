import { Form, Radio } from 'antd';
import type { Language } from '../../../shared/contract';
import { useI18n } from '../i18n/context';

const OPTIONS: { value: Language; label: string }[] = [
  { value: 'zh-CN', label: '简体中文' },
  { value: 'en', label: 'English' },
];

export function LanguageField({ label, onChange }: { label: string; onChange?(language: Language): void }) {
  const { t } = useI18n();
  return (
    <Form.Item
      name="language"
      label={label}
      rules={[{ required: true, message: t('field.language.required') }]}
    >
      <Radio.Group
        optionType="button"
        options={OPTIONS}
        onChange={onChange && ((event) => onChange(event.target.value as Language))}
      />
    </Form.Item>
  );
}
