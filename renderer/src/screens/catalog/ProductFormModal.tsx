import { useState } from 'react';
import { Alert, App as AntApp, Col, Form, Input, InputNumber, Modal, Radio, Row, Select, Switch } from 'antd';
import type { ErrorBody } from '../../../../shared/contract';
import type { Product } from '../../../../shared/contract/catalog';
import { useApi } from '../../api/context';
import { Kbd } from '../../components/Kbd';
import { useHotkeys } from '../../components/useHotkeys';
import { useI18n } from '../../i18n/context';
import { useErrorText } from '../../i18n/errors';
import { CODE_FIELD } from '../../scan/code-field';
import { useScanHandler } from '../../scan/context';
import { AmountField } from '../../components/AmountField';
import { productFormValues, productInput, type ProductFormValues, type ProductKind } from './product-form';
import { ProductKindFields } from './ProductKindFields';

const KINDS: ProductKind[] = ['fixed', 'weighed', 'quantity'];

interface ProductFormModalProps {
  /** null: a new product. */
  product: Product | null;
  /** For a new product: the barcode scanned that found nothing. */
  barcode?: string | null;
  onClose(): void;
  onSaved(product: Product): void;
}

/** Creates or edits a product of any of the three kinds; a scan while it is open adds a barcode. */
export function ProductFormModal({ product, barcode = null, onClose, onSaved }: ProductFormModalProps) {
  const api = useApi();
  const { t } = useI18n();
  const { message } = AntApp.useApp();
  const errorText = useErrorText();
  const [form] = Form.useForm<ProductFormValues>();
  const [error, setError] = useState<ErrorBody | null>(null);
  const [busy, setBusy] = useState(false);

  const save = async (values: ProductFormValues): Promise<void> => {
    setBusy(true);
    const result = await api.call('catalog.save', { id: product?.id, product: productInput(values) });
    setBusy(false);
    if (result.ok) onSaved(result.value);
    else setError(result.error);
  };

  useHotkeys({ 'Ctrl+S': () => form.submit() }, 'dialog');
  useScanHandler(({ code }) => {
    const barcodes = form.getFieldValue('barcodes') as string[];
    if (barcodes.includes(code)) return void message.info(t('product.barcode.already', { code }));
    form.setFieldValue('barcodes', [...barcodes, code]);
    void message.success(t('product.barcode.added', { code }));
  });

  return (
    <Modal
      open
      width={760}
      title={product ? t('product.edit.title', { name: product.name }) : t('product.create.title')}
      okText={
        <>
          {t('common.save')} <Kbd>Ctrl+S</Kbd>
        </>
      }
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<ProductFormValues>
        form={form}
        layout="vertical"
        requiredMark={false}
        initialValues={productFormValues(product, barcode)}
        onFinish={(values) => void save(values)}
        onValuesChange={() => setError(null)}
      >
        {error && <Alert className="form-alert" type="error" showIcon title={errorText(error)} />}
        <Form.Item name="kind" label={t('product.kind')}>
          <Radio.Group
            optionType="button"
            buttonStyle="solid"
            options={KINDS.map((kind) => ({ value: kind, label: t(`product.kind.${kind}.long`) }))}
          />
        </Form.Item>
        <Row gutter={16}>
          <Col span={10}>
            <Form.Item
              name="sku"
              label={t('product.sku')}
              rules={[{ required: true, whitespace: true, max: 64, message: t('product.sku.rule') }]}
            >
              <Input autoFocus maxLength={64} autoComplete="off" />
            </Form.Item>
          </Col>
          <Col span={14}>
            <Form.Item
              name="name"
              label={t('product.name')}
              rules={[{ required: true, whitespace: true, max: 80, message: t('product.name.rule') }]}
            >
              <Input maxLength={80} autoComplete="off" />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={16}>
          <Col span={10}>
            <Form.Item name="category" label={t('product.category')} rules={[{ max: 40 }]}>
              <Input maxLength={40} autoComplete="off" placeholder={t('product.category.placeholder')} />
            </Form.Item>
          </Col>
          <Col span={14}>
            <Form.Item name="barcodes" label={t('product.barcodes')} extra={t('product.barcodes.hint')}>
              <Select mode="tags" open={false} tokenSeparators={[',', ' ', '，']} suffixIcon={null} />
            </Form.Item>
          </Col>
        </Row>
        <ProductKindFields />
        {/* The goods screen is for those who manage the catalog, the only ones the core shows costs to. */}
        <Row gutter={16}>
          <Col span={10}>
            <AmountField
              name="cost"
              unit="yuan"
              label={t('product.cost')}
              placeholder={t('product.cost.unknown')}
            />
          </Col>
        </Row>
        <Row gutter={16}>
          <Col span={6}>
            <Form.Item name="serialized" label={t('product.serialized')} valuePropName="checked">
              <Switch />
            </Form.Item>
          </Col>
          <Col span={10}>
            <Form.Item name="certificateNo" label={t('product.certificateNo')} rules={[{ max: 64 }]}>
              <Input {...CODE_FIELD} maxLength={64} autoComplete="off" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="warrantyMonths" label={t('product.warrantyMonths')}>
              <InputNumber
                min={0}
                max={1200}
                precision={0}
                suffix={t('product.months')}
                className="input-months"
              />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}
