import { Button, Form, Input } from 'antd';
import type { InvoiceRequest } from '../../../../shared/contract/sales';
import { useI18n } from '../../i18n/context';
import { FormDialog } from './FormDialog';

interface InvoiceValues {
  title: string;
  taxNumber?: string;
  email?: string;
}

interface InvoiceModalProps {
  invoice: InvoiceRequest | null;
  onSave(invoice: InvoiceRequest | null): void;
  onClose(): void;
}

/** 发票: what the invoice is made out to; the finance office issues it from the sale. */
export function InvoiceModal({ invoice, onSave, onClose }: InvoiceModalProps) {
  const { t } = useI18n();
  const [form] = Form.useForm<InvoiceValues>();
  return (
    <FormDialog<InvoiceValues>
      title={t('sale.invoice.title')}
      form={form}
      initialValues={{
        title: invoice?.title ?? '',
        taxNumber: invoice?.taxNumber ?? '',
        email: invoice?.email ?? '',
      }}
      onFinish={({ title, taxNumber, email }) =>
        onSave({
          title: title.trim(),
          taxNumber: taxNumber?.trim().toUpperCase() || null,
          email: email?.trim() || null,
        })
      }
      onClose={onClose}
      error={null}
      busy={false}
      extra={
        invoice && (
          <Button danger onClick={() => onSave(null)}>
            {t('sale.invoice.remove')}
          </Button>
        )
      }
    >
      <Form.Item
        name="title"
        label={t('sale.invoice.invoiceTitle')}
        rules={[{ required: true, whitespace: true, max: 100, message: t('sale.invoice.invoiceTitle.rule') }]}
      >
        <Input autoFocus autoComplete="off" maxLength={100} />
      </Form.Item>
      <Form.Item
        name="taxNumber"
        label={t('sale.invoice.taxNumber')}
        rules={[{ pattern: /^\s*[0-9A-Za-z]{15,20}\s*$/, message: t('sale.invoice.taxNumber.rule') }]}
      >
        <Input autoComplete="off" maxLength={20} />
      </Form.Item>
      <Form.Item
        name="email"
        label={t('sale.invoice.email')}
        rules={[{ type: 'email', message: t('sale.invoice.email.rule') }]}
      >
        <Input autoComplete="off" maxLength={100} />
      </Form.Item>
    </FormDialog>
  );
}
