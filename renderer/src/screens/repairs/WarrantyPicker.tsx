import { useState } from 'react';
import { Alert, Button, Radio, Select, Space, Tag } from 'antd';
import type { ErrorBody } from '../../../../shared/contract';
import type { Customer } from '../../../../shared/contract/customers';
import type { WarrantyLookup } from '../../../../shared/contract/repairs';
import type { ApiClient } from '../../api/client';
import { useApi } from '../../api/context';
import { useLoad } from '../../api/useLoad';
import { useI18n } from '../../i18n/context';
import { useErrorText } from '../../i18n/errors';
import { useScanHandler } from '../../scan/context';
import { LabeledInput } from './LabeledInput';

interface Picked {
  sale: WarrantyLookup;
  lineNo: number;
}

/**
 * 保修查询: the piece's original sale, from its receipt or warranty card (scanned or typed) or from the
 * customer's purchases, and the line it is; the core decides what the warranty covers.
 */
export function WarrantyPicker({
  customer,
  value,
  onChange,
}: {
  customer: Customer;
  value: Picked | null;
  onChange(value: Picked | null): void;
}) {
  const api = useApi();
  const { t } = useI18n();
  const errorText = useErrorText();
  const [code, setCode] = useState('');
  const [error, setError] = useState<ErrorBody | null>(null);
  const [loadPurchases] = useState(
    () => (client: ApiClient) => client.call('repairs.purchases', { customerId: customer.id }),
  );
  const purchases = useLoad(api, loadPurchases);

  const look = async (receipt: string): Promise<void> => {
    const result = await api.call('repairs.warranty', { code: receipt });
    setError(result.ok ? null : result.error);
    if (result.ok) onChange({ sale: result.value, lineNo: result.value.lines[0]?.lineNo ?? 1 });
  };
  useScanHandler((scan) => {
    setCode(scan.code);
    void look(scan.code);
  });

  return (
    <div className="repair-warranty">
      <Space wrap>
        <LabeledInput
          label={t('repairs.warranty.code')}
          value={code}
          onChange={(e) => setCode(e.target.value)}
          onPressEnter={() => void look(code.trim())}
          maxLength={64}
        />
        <Select<string>
          aria-label={t('repairs.warranty.purchases')}
          placeholder={t('repairs.warranty.purchases')}
          className="repair-purchases"
          options={(purchases.value ?? []).map((p) => ({
            value: p.receiptNo,
            label: `${p.receiptNo} ${p.items.map((i) => i.name).join('、')}`,
          }))}
          onChange={(receipt) => void look(receipt)}
        />
        {value && <Button onClick={() => onChange(null)}>{t('repairs.warranty.clear')}</Button>}
      </Space>
      {value && (
        <Radio.Group
          value={value.lineNo}
          onChange={(e) => onChange({ ...value, lineNo: e.target.value as number })}
        >
          {value.sale.lines.map((line) => (
            <Radio key={line.lineNo} value={line.lineNo}>
              {line.name}{' '}
              {line.covered ? (
                <Tag color="green">{t('repairs.warranty.covered', { date: line.endsOn ?? '' })}</Tag>
              ) : (
                <Tag>{t('repairs.warranty.notCovered')}</Tag>
              )}
            </Radio>
          ))}
        </Radio.Group>
      )}
      {error && <Alert type="error" showIcon title={errorText(error)} />}
    </div>
  );
}
