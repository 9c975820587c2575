import { useState } from 'react';
import { Form, Input, Radio, Select } from 'antd';
import type { ErrorBody } from '../../../../shared/contract';
import { STORE_PLACE_KINDS, type StockPlace } from '../../../../shared/contract/stock';
import { useApi } from '../../api/context';
import { useHotkeys } from '../../components/useHotkeys';
import { useI18n } from '../../i18n/context';
import { FormDialog } from '../sale/FormDialog';
import { usePlaceName } from './place-names';

type StoreKind = (typeof STORE_PLACE_KINDS)[number];

interface PlaceValues {
  kind: StoreKind;
  parentId?: number;
  code: string;
  name: string;
}

/** A new place (its kind and, for a tray, its counter given), or an existing one's code and name. */
export type PlaceDraft =
  { kind: 'new'; placeKind: StoreKind; parentId: number | null } | { kind: 'edit'; place: StockPlace };

interface PlaceFormModalProps {
  draft: PlaceDraft;
  places: readonly StockPlace[];
  onClose(): void;
  onSaved(place: StockPlace): void;
}

/** A manager adds a counter, a tray in a counter, a safe or a stockroom, or renames one. Ctrl+S or Enter saves. */
export function PlaceFormModal({ draft, places, onClose, onSaved }: PlaceFormModalProps) {
  const api = useApi();
  const { t } = useI18n();
  const placeName = usePlaceName();
  const [form] = Form.useForm<PlaceValues>();
  const kind = Form.useWatch('kind', form);
  const [error, setError] = useState<ErrorBody | null>(null);
  const [busy, setBusy] = useState(false);
  const counters = places.filter((place) => place.kind === 'counter' && place.active);
  const editing = draft.kind === 'edit' ? draft.place : null;

  const save = async (values: PlaceValues): Promise<void> => {
    setBusy(true);
    const result = await api.call(
      'stock.savePlace',
      editing
        ? {
            id: editing.id,
            code: values.code,
            name: values.name,
            kind: editing.kind,
            parentId: editing.parentId,
            active: editing.active,
          }
        : {
            code: values.code,
            name: values.name,
            kind: values.kind,
            parentId: values.kind === 'tray' ? (values.parentId ?? null) : null,
          },
    );
    setBusy(false);
    if (result.ok) onSaved(result.value);
    else setError(result.error);
  };

  useHotkeys({ 'Ctrl+S': () => form.submit() }, 'dialog');

  return (
    <FormDialog<PlaceValues>
      title={editing ? t('places.form.edit', { name: placeName(editing) }) : t('places.form.add')}
      form={form}
      initialValues={
        draft.kind === 'edit'
          ? { code: draft.place.code, name: draft.place.name }
          : { kind: draft.placeKind, parentId: draft.parentId ?? undefined }
      }
      onFinish={(values) => void save(values)}
      onValuesChange={() => setError(null)}
      onClose={onClose}
      error={error}
      busy={busy}
    >
      {!editing && (
        <Form.Item name="kind" label={t('places.form.kind')}>
          <Radio.Group
            optionType="button"
            options={STORE_PLACE_KINDS.map((value) => ({ value, label: t(`places.kind.${value}`) }))}
          />
        </Form.Item>
      )}
      {!editing && kind === 'tray' && (
        <Form.Item
          name="parentId"
          label={t('places.form.parent')}
          rules={[{ required: true, message: t('places.form.parent.rule') }]}
        >
          <Select<number>
            options={counters.map((counter) => ({ value: counter.id, label: placeName(counter) }))}
          />
        </Form.Item>
      )}
      <Form.Item
        name="code"
        label={t('places.form.code')}
        rules={[{ required: true, whitespace: true, max: 32, message: t('places.form.code.rule') }]}
      >
        <Input autoFocus maxLength={32} placeholder={t('places.form.code.placeholder')} />
      </Form.Item>
      <Form.Item
        name="name"
        label={t('places.form.name')}
        rules={[{ required: true, whitespace: true, max: 40, message: t('places.form.name.rule') }]}
      >
        <Input maxLength={40} />
      </Form.Item>
    </FormDialog>
  );
}
