import type { Product, ProductInput } from '../../../../shared/contract/catalog';
import type { Purity } from '../../../../shared/domain/purity';
import { amountText, parseAmount, type AmountUnit } from '../../components/amount';

export type ProductKind = Product['kind'];
export type LaborFeeKind = 'perGram' | 'perPiece';

/** A product as its form edits it: amounts as typed text, optional texts possibly empty. */
export interface ProductFormValues {
  kind: ProductKind;
  sku: string;
  name: string;
  category?: string;
  barcodes: string[];
  /** Fixed-price pieces and quantity goods: yuan. */
  price?: string;
  /** Weighed items. */
  purity?: Purity;
  /** Grams; empty when each piece is weighed at the counter. */
  weight?: string;
  laborKind: LaborFeeKind;
  laborFee?: string;
  serialized: boolean;
  certificateNo?: string;
  warrantyMonths: number;
  /** Yuan; empty when the cost is not known. */
  cost?: string;
}

/** The form's starting values: a product to edit, or a new one (with the barcode just scanned, if any). */
export function productFormValues(product: Product | null, barcode: string | null = null): ProductFormValues {
  if (!product) {
    return {
      kind: 'fixed',
      sku: '',
      name: '',
      barcodes: barcode ? [barcode] : [],
      laborKind: 'perGram',
      serialized: false,
      warrantyMonths: 0,
    };
  }
  return {
    kind: product.kind,
    sku: product.sku,
    name: product.name,
    category: product.category ?? '',
    barcodes: product.barcodes,
    price: amountText('yuan', product.priceFen),
    purity: product.purity ?? undefined,
    weight: amountText('grams', product.weightMg),
    laborKind: product.laborFee?.kind ?? 'perGram',
    laborFee: amountText('yuan', product.laborFee?.fen ?? null),
    serialized: product.serialized,
    certificateNo: product.certificateNo ?? '',
    warrantyMonths: product.warrantyMonths,
    cost: amountText('yuan', product.costFen ?? null),
  };
}

/** The form validated these; a missing one here is a bug, not a typing mistake. */
function required(unit: AmountUnit, text: string | undefined): number {
  const value = parseAmount(unit, text);
  if (value === null) throw new Error(`a validated ${unit} amount did not parse: ${String(text)}`);
  return value;
}

const orNull = (text: string | undefined): string | null => text?.trim() || null;

/** What catalog.save takes, from the form's values; only the fields of the chosen kind are sent. */
export function productInput(values: ProductFormValues): ProductInput {
  const common = {
    sku: values.sku.trim(),
    name: values.name.trim(),
    category: orNull(values.category),
    barcodes: [...new Set(values.barcodes.map((code) => code.trim()).filter(Boolean))],
    serialized: values.serialized,
    certificateNo: orNull(values.certificateNo),
    warrantyMonths: values.warrantyMonths,
    costFen: parseAmount('yuan', values.cost),
  };
  if (values.kind !== 'weighed')
    return { ...common, kind: values.kind, priceFen: required('yuan', values.price) };
  if (!values.purity) throw new Error('a validated weighed product has no purity');
  return {
    ...common,
    kind: 'weighed',
    purity: values.purity,
    weightMg: parseAmount('grams', values.weight),
    laborFee: { kind: values.laborKind, fen: required('yuan', values.laborFee) },
  };
}
