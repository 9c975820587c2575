import { Col, Form, Radio, Row } from 'antd';
import { AmountField } from '../../components/AmountField';
import { PuritySelect } from '../../components/PuritySelect';
import { useI18n } from '../../i18n/context';
import type { ProductFormValues } from './product-form';

/** The fields that price the product: a price, or purity, weight and labor fee for weighed items. */
export function ProductKindFields() {
  const { t } = useI18n();
  const kind = Form.useWatch<ProductFormValues['kind']>('kind');
  const laborKind = Form.useWatch<ProductFormValues['laborKind']>('laborKind');

  if (kind !== 'weighed') {
    return (
      <Row gutter={16}>
        <Col span={10}>
          <AmountField
            name="price"
            unit="yuan"
            required
            label={t(kind === 'quantity' ? 'product.unitPrice' : 'product.price')}
          />
        </Col>
      </Row>
    );
  }
  return (
    <Row gutter={16}>
      <Col span={8}>
        <Form.Item
          name="purity"
          label={t('product.purity')}
          rules={[{ required: true, message: t('product.purity.required') }]}
        >
          <PuritySelect />
        </Form.Item>
      </Col>
      <Col span={6}>
        <AmountField
          name="weight"
          unit="grams"
          positive
          label={t('product.weight')}
          placeholder={t('product.weighedAtSale')}
        />
      </Col>
      <Col span={10}>
        <Form.Item label={t('product.laborFee')} required>
          <div className="labor-fee">
            <Form.Item name="laborKind" noStyle>
              <Radio.Group
                optionType="button"
                options={[
                  { value: 'perGram', label: t('product.laborFee.perGram') },
                  { value: 'perPiece', label: t('product.laborFee.perPiece') },
                ]}
              />
            </Form.Item>
            <AmountField
              name="laborFee"
              unit="yuan"
              required
              ariaLabel={t('product.laborFee')}
              suffix={laborKind === 'perPiece' ? t('product.perPiece') : t('goldRates.perGramSuffix')}
            />
          </div>
        </Form.Item>
      </Col>
    </Row>
  );
}
