import { useState } from 'react';
import { Alert, Button, Checkbox, Input, InputNumber, Radio, Space, Typography } from 'antd';
import type { ErrorBody } from '../../../../shared/contract';
import type { Customer } from '../../../../shared/contract/customers';
import {
  CONDITIONS,
  type Condition,
  type IntakeInput,
  type RepairSettings,
  type RepairTicket,
  type WarrantyLookup,
  type WeightReading,
} from '../../../../shared/contract/repairs';
import { addDays } from '../../../../shared/domain/business-day';
import { formatYuan } from '../../../../shared/domain/money';
import type { Purity } from '../../../../shared/domain/purity';
import { useApi } from '../../api/context';
import { amountText, parseAmount } from '../../components/amount';
import { Kbd } from '../../components/Kbd';
import { PuritySelect } from '../../components/PuritySelect';
import { useHotkeys } from '../../components/useHotkeys';
import { useI18n } from '../../i18n/context';
import { useErrorText } from '../../i18n/errors';
import { useStoreToday } from '../../i18n/format';
import { useShippedName } from '../../i18n/shipped-names';
import { CustomerLookup } from './CustomerLookup';
import { PhotoPicker, type Photo } from './PhotoPicker';
import { ChangeDue, emptyTender, TenderInput, tenderOf } from './TenderInput';
import { WarrantyPicker } from './WarrantyPicker';
import { WeightInput } from '../../components/weight/WeightInput';
import { LabeledInput } from './LabeledInput';

type QuoteMode = 'agreed' | 'waiting' | 'later';

/** The promised date: today plus the longest turnaround of the work asked for. */
function promisedFor(settings: RepairSettings, codes: readonly string[], today: string): string {
  const days = settings.services.filter((s) => codes.includes(s.code)).map((s) => s.turnaroundDays);
  return addDays(today, Math.max(0, ...days));
}

/**
 * 收件: the customer, the item with its weight-in and condition, the work asked for with its prices, the
 * promised date, the quote (agreed now, waiting for the customer, or after assessment), a deposit, photos.
 */
export function IntakeForm({
  settings,
  onDone,
}: {
  settings: RepairSettings;
  onDone(ticket: RepairTicket): void;
}) {
  const api = useApi();
  const { t } = useI18n();
  const shippedName = useShippedName();
  const today = useStoreToday();
  const errorText = useErrorText();
  const [customer, setCustomer] = useState<Customer | null>(null);
  const [warranty, setWarranty] = useState<{ sale: WarrantyLookup; lineNo: number } | null>(null);
  const [category, setCategory] = useState('');
  const [purity, setPurity] = useState<Purity | null>(null);
  const [description, setDescription] = useState('');
  const [stones, setStones] = useState(0);
  const [weight, setWeight] = useState<WeightReading | null>(null);
  const [conditions, setConditions] = useState<Condition[]>([]);
  const [notes, setNotes] = useState('');
  const [declared, setDeclared] = useState('');
  const [prices, setPrices] = useState<Record<string, string>>({});
  const [extraWork, setExtraWork] = useState('');
  const [promised, setPromised] = useState<string | null>(null);
  const [quoteMode, setQuoteMode] = useState<QuoteMode>('agreed');
  const [deposit, setDeposit] = useState('');
  const [tender, setTender] = useState(emptyTender);
  const [photos, setPhotos] = useState<Photo[]>([]);
  const [error, setError] = useState<ErrorBody | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const codes = Object.keys(prices);
  const promisedOn = promised ?? promisedFor(settings, codes, today);
  const covered = warranty?.sale.lines.find((line) => line.lineNo === warranty.lineNo)?.covered ?? false;
  const priceOf = (code: string): number => {
    const free = covered && settings.services.find((s) => s.code === code)?.warrantyCovered;
    return free ? 0 : (parseAmount('yuan', prices[code]) ?? 0);
  };
  const estimate = codes.reduce((sum, code) => sum + priceOf(code), 0);

  const toggleService = (code: string, on: boolean): void => {
    const service = settings.services.find((s) => s.code === code);
    setPrices(({ [code]: _dropped, ...rest }) =>
      on && service ? { ...rest, [code]: amountText('yuan', service.priceFen) } : rest,
    );
  };

  const build = (): IntakeInput | string => {
    if (!customer) return t('repairs.intake.needCustomer');
    if (!weight) return t('repairs.intake.needWeight');
    if (!category.trim() || !description.trim()) return t('repairs.intake.needItem');
    if (codes.length === 0) return t('repairs.intake.needService');
    const depositFen = parseAmount('yuan', deposit);
    const depositTender = depositFen ? tenderOf(tender) : null;
    if (depositFen && !depositTender) return t('repairs.intake.needTender');
    return {
      customerId: customer.id,
      item: {
        category: category.trim(),
        purity,
        description: description.trim(),
        stoneCount: stones,
        weightIn: weight,
        conditions,
        notes: notes.trim(),
        declaredValueFen: parseAmount('yuan', declared) ?? 0,
      },
      warranty: warranty && { receiptNo: warranty.sale.receiptNo, lineNo: warranty.lineNo },
      services: codes.map((code) => ({ code, priceFen: parseAmount('yuan', prices[code]) ?? 0 })),
      extraWork: extraWork.trim(),
      promisedOn,
      quote:
        quoteMode === 'later'
          ? { kind: 'later' }
          : { kind: 'estimate', consent: quoteMode === 'agreed' ? 'inPerson' : null },
      deposit: depositFen && depositTender ? { amountFen: depositFen, tenders: [depositTender] } : null,
      photos: photos.map(({ mime, base64, source }) => ({ mime, base64, source })),
    };
  };

  const submit = async (): Promise<void> => {
    const input = build();
    setError(null);
    setProblem(typeof input === 'string' ? input : null);
    if (typeof input === 'string') return;
    setBusy(true);
    const result = await api.call('repairs.intake', input);
    setBusy(false);
    if (result.ok) onDone(result.value);
    else setError(result.error);
  };

  useHotkeys({ 'Ctrl+Enter': () => void submit() });

  return (
    <div className="repair-intake">
      <section className="panel">
        <Typography.Title level={5}>{t('repairs.intake.customer')}</Typography.Title>
        <CustomerLookup customer={customer} onCustomer={setCustomer} />
        {customer && <WarrantyPicker customer={customer} value={warranty} onChange={setWarranty} />}
      </section>

      <section className="panel">
        <Typography.Title level={5}>{t('repairs.intake.item')}</Typography.Title>
        <Space wrap>
          <LabeledInput
            label={t('repairs.item.category')}
            value={category}
            onChange={(e) => setCategory(e.target.value)}
            maxLength={20}
          />
          <PuritySelect
            aria-label={t('repairs.item.purity')}
            placeholder={t('repairs.item.purity')}
            allowClear
            value={purity ?? undefined}
            onChange={(value) => setPurity(value ?? null)}
            className="repair-purity"
          />
          <LabeledInput
            label={t('repairs.item.description')}
            value={description}
            onChange={(e) => setDescription(e.target.value)}
            maxLength={80}
            className="repair-description"
          />
          <InputNumber
            aria-label={t('repairs.item.stones')}
            addonBefore={t('repairs.item.stones')}
            min={0}
            max={9999}
            precision={0}
            value={stones}
            onChange={(value) => setStones(value ?? 0)}
          />
          <LabeledInput
            label={t('repairs.item.declared')}
            prefix="￥"
            value={declared}
            onChange={(e) => setDeclared(e.target.value)}
          />
        </Space>
        <WeightInput label={t('repairs.weightIn')} hotkey="F7" value={weight} onChange={setWeight} />
        <Typography.Text strong>{t('repairs.item.condition')}</Typography.Text>
        <Checkbox.Group<Condition>
          value={conditions}
          onChange={setConditions}
          options={CONDITIONS.map((c) => ({ value: c, label: t(`repairs.condition.${c}`) }))}
        />
        <Input.TextArea
          aria-label={t('repairs.item.notes')}
          placeholder={t('repairs.item.notes')}
          value={notes}
          onChange={(e) => setNotes(e.target.value)}
          maxLength={200}
          autoSize
        />
      </section>

      <section className="panel">
        <Typography.Title level={5}>{t('repairs.intake.work')}</Typography.Title>
        <div className="repair-services">
          {settings.services.map((service) => (
            <Space key={service.code} className="repair-service" data-testid={`service-${service.code}`}>
              <Checkbox
                checked={service.code in prices}
                onChange={(e) => toggleService(service.code, e.target.checked)}
              >
                {shippedName(`repairs.serviceName.${service.code}`, service.name)}
                <Typography.Text type="secondary">
                  {' '}
                  {t('repairs.service.days', { days: service.turnaroundDays })}
                </Typography.Text>
              </Checkbox>
              {service.code in prices && (
                <Input
                  aria-label={t('repairs.service.price', {
                    name: shippedName(`repairs.serviceName.${service.code}`, service.name),
                  })}
                  prefix="￥"
                  value={priceOf(service.code) === 0 && covered ? '0' : prices[service.code]}
                  disabled={covered && service.warrantyCovered}
                  onChange={(e) => setPrices((p) => ({ ...p, [service.code]: e.target.value }))}
                  className="repair-service-price"
                />
              )}
            </Space>
          ))}
        </div>
        <LabeledInput
          label={t('repairs.intake.extraWork')}
          value={extraWork}
          onChange={(e) => setExtraWork(e.target.value)}
          maxLength={200}
        />
        <Space wrap>
          <Typography.Text>{t('repairs.promisedOn')}</Typography.Text>
          <Input
            type="date"
            aria-label={t('repairs.promisedOn')}
            value={promisedOn}
            min={today}
            onChange={(e) => setPromised(e.target.value || null)}
          />
        </Space>
        <Radio.Group value={quoteMode} onChange={(e) => setQuoteMode(e.target.value as QuoteMode)}>
          <Radio value="agreed">{t('repairs.quote.agreed', { amount: formatYuan(estimate) })}</Radio>
          <Radio value="waiting">{t('repairs.quote.waiting', { amount: formatYuan(estimate) })}</Radio>
          <Radio value="later">{t('repairs.quote.later')}</Radio>
        </Radio.Group>
      </section>

      <section className="panel">
        <Typography.Title level={5}>{t('repairs.intake.deposit')}</Typography.Title>
        <Space wrap>
          <LabeledInput
            label={t('repairs.deposit.amount')}
            prefix="￥"
            value={deposit}
            onChange={(e) => setDeposit(e.target.value)}
          />
          {parseAmount('yuan', deposit) ? <TenderInput value={tender} onChange={setTender} /> : null}
          <ChangeDue tender={tender} dueFen={parseAmount('yuan', deposit) ?? 0} />
        </Space>
        <PhotoPicker photos={photos} onChange={setPhotos} required={settings.photosRequired} />
      </section>

      {problem && <Alert type="warning" showIcon title={problem} />}
      {error && <Alert type="error" showIcon title={errorText(error)} />}
      <Button type="primary" size="large" loading={busy} onClick={() => void submit()}>
        {t('repairs.intake.submit')} <Kbd>Ctrl+Enter</Kbd>
      </Button>
    </div>
  );
}
