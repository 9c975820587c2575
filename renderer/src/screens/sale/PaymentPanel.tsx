import { useRef, useState, type KeyboardEvent } from 'react';
import { Alert, Button, Input, type InputRef } from 'antd';
import { DeleteOutlined } from '@ant-design/icons';
import type { ErrorBody } from '../../../../shared/contract';
import type { Customer } from '../../../../shared/contract/customers';
import { TENDER_METHODS, type Tender, type TenderMethod } from '../../../../shared/contract/sales';
import type { CashRounding } from '../../../../shared/domain/cash-rounding';
import { formatYuan } from '../../../../shared/domain/money';
import { parseAmount } from '../../components/amount';
import { Kbd } from '../../components/Kbd';
import { useHotkeys } from '../../components/useHotkeys';
import { useI18n } from '../../i18n/context';
import { useErrorText } from '../../i18n/errors';
import { CODE_FIELD } from '../../scan/code-field';
import { useScanHandler } from '../../scan/context';
import { paymentStatus, quickNotes, tenderValueFen } from './payment';

interface PaymentPanelProps {
  totalFen: number;
  customer: Customer | null;
  redeemFenPerPoint: number;
  cashRounding: CashRounding;
  tenders: Tender[];
  onTenders(tenders: Tender[]): void;
  error: ErrorBody | null;
  busy: boolean;
  onCommit(): void;
  onBack(): void;
}

/** The quick-note keys, in the order the suggestions are shown. */
const NOTE_KEYS = ['F3', 'F4', 'F5', 'F6'] as const;

/** Methods that need the member: their balances pay. */
const MEMBER_METHODS: ReadonlySet<TenderMethod> = new Set(['storeCredit', 'points']);

/**
 * 收款: tenders split across any number of methods. ↑ ↓ choose the method, the amount (or points) is
 * typed, Enter adds the payment; an empty amount pays what is still due. Cash may exceed what is due and
 * gives change; nothing is committed (F9) until the payments cover the total.
 */
export function PaymentPanel(props: PaymentPanelProps) {
  const { totalFen, customer, redeemFenPerPoint, cashRounding, tenders, onTenders } = props;
  const { error, busy, onCommit, onBack } = props;
  const { t } = useI18n();
  const errorText = useErrorText();
  const [method, setMethod] = useState<TenderMethod>('cash');
  const [amount, setAmount] = useState('');
  const [reference, setReference] = useState('');
  const [last4, setLast4] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const amountRef = useRef<InputRef>(null);
  const status = paymentStatus(totalFen, tenders, redeemFenPerPoint, cashRounding);
  // cash pays what is due after the store's rounding (抹零); every other tender pays to the fen
  const dueFen = method === 'cash' ? status.cashDueFen : status.dueFen;
  const roundingFen = status.covered ? status.roundingFen : status.cashDueFen - status.dueFen;
  const methods = TENDER_METHODS.filter((m) => customer !== null || !MEMBER_METHODS.has(m));
  const notes = method === 'cash' ? quickNotes(dueFen) : [];
  const needsReference = method === 'bankCard' || method === 'wechat' || method === 'alipay';

  const clear = (): void => {
    setAmount('');
    setReference('');
    setLast4('');
    setProblem(null);
    amountRef.current?.focus();
  };

  /** The tender typed, or why it cannot be taken. */
  const tenderOf = (fen: number | null): Tender | string => {
    if (method === 'points') {
      const points = amount.trim() ? Number(amount.trim()) : Math.ceil(status.dueFen / redeemFenPerPoint);
      return Number.isSafeInteger(points) && points > 0 ? { method, points } : t('sale.pay.points.rule');
    }
    const amountFen = fen ?? (amount.trim() ? parseAmount('yuan', amount) : dueFen);
    if (!amountFen) return t('field.amount.yuan');
    if (method === 'cash' || method === 'storeCredit') return { method, amountFen };
    if (!reference.trim()) return t('sale.pay.reference.rule');
    if (method === 'bankCard') {
      if (!/^\d{4}$/.test(last4)) return t('sale.pay.last4.rule');
      return { method, amountFen, reference: reference.trim(), last4 };
    }
    return { method, amountFen, reference: reference.trim() };
  };

  const add = (fen: number | null = null): void => {
    if (fen === null && !amount.trim() && status.covered) return onCommit();
    const tender = tenderOf(fen);
    if (typeof tender === 'string') return setProblem(tender);
    onTenders([...tenders, tender]);
    clear();
  };

  const move = (step: 1 | -1): void => {
    const index = methods.indexOf(method);
    setMethod(methods[(index + step + methods.length) % methods.length] ?? 'cash');
    setProblem(null);
  };

  // A payment slip's reference or a wallet's transaction QR can be scanned into the reference.
  useScanHandler(({ code }) => {
    if (needsReference) setReference(code.slice(0, 64));
  });
  useHotkeys({
    F1: () => add(dueFen),
    F9: () => status.covered && onCommit(),
    'Ctrl+Delete': () => onTenders(tenders.slice(0, -1)),
    ...Object.fromEntries(NOTE_KEYS.map((key, i) => [key, () => notes[i] !== undefined && add(notes[i])])),
  });

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    if (event.key === 'ArrowDown') move(1);
    else if (event.key === 'ArrowUp') move(-1);
    else if (event.key === 'Enter') add();
    else if (event.key === 'Escape') onBack();
    else return;
    event.preventDefault();
  };

  return (
    <section className="sale-pay panel" aria-label={t('sale.pay')}>
      <div className="sale-pay-figures">
        <Figure label={t('sale.pay.total')} fen={totalFen} testId="pay-total" />
        <Figure label={t('sale.pay.due')} fen={dueFen} testId="pay-due" />
        {method === 'cash' && roundingFen !== 0 && (
          <Figure label={t('sale.pay.rounding')} fen={roundingFen} testId="pay-rounding" />
        )}
        <Figure label={t('sale.pay.change')} fen={status.changeFen} testId="pay-change" />
      </div>
      <div className="sale-pay-body">
        <ul className="sale-pay-methods" aria-label={t('sale.pay.method')}>
          {methods.map((m) => (
            <li key={m}>
              <Button
                block
                type={m === method ? 'primary' : 'default'}
                aria-pressed={m === method}
                onClick={() => {
                  setMethod(m);
                  amountRef.current?.focus();
                }}
              >
                {t(`sale.tender.${m}`)}
              </Button>
            </li>
          ))}
          <li className="sale-pay-methods-keys">
            <Kbd>↑</Kbd>
            <Kbd>↓</Kbd>
          </li>
        </ul>
        <div className="sale-pay-entry">
          <label className="sale-pay-label" htmlFor="sale-pay-amount">
            {method === 'points'
              ? t('sale.pay.points')
              : t('sale.pay.amount', { method: t(`sale.tender.${method}`) })}
          </label>
          <Input
            id="sale-pay-amount"
            ref={amountRef}
            autoFocus
            size="large"
            inputMode="decimal"
            autoComplete="off"
            prefix={method === 'points' ? undefined : '￥'}
            value={amount}
            onChange={(event) => {
              setAmount(event.target.value);
              setProblem(null);
            }}
            onKeyDown={onKeyDown}
            placeholder={
              method === 'points'
                ? t('sale.pay.points.placeholder', { points: customer?.points ?? 0 })
                : formatYuan(dueFen).replace('￥', '')
            }
          />
          {needsReference && (
            <Input
              {...entryProps(t('sale.pay.reference'))}
              {...CODE_FIELD}
              onKeyDown={onKeyDown}
              maxLength={64}
              value={reference}
              onChange={(event) => setReference(event.target.value)}
            />
          )}
          {method === 'bankCard' && (
            <Input
              {...entryProps(t('sale.pay.last4'))}
              onKeyDown={onKeyDown}
              inputMode="numeric"
              maxLength={4}
              value={last4}
              onChange={(event) => setLast4(event.target.value.replace(/\D/g, ''))}
            />
          )}
          {method === 'storeCredit' && customer && (
            <span className="sale-pay-hint">
              {t('sale.member.credit', { amount: formatYuan(customer.storeCreditFen) })}
            </span>
          )}
          <div className="sale-pay-quick">
            <Button onClick={() => add(dueFen)} disabled={dueFen === 0}>
              {t('sale.pay.exact')} <Kbd>F1</Kbd>
            </Button>
            {notes.map((fen, i) => (
              <Button key={fen} onClick={() => add(fen)}>
                {formatYuan(fen)} <Kbd>{NOTE_KEYS[i]}</Kbd>
              </Button>
            ))}
          </div>
          {problem && <Alert type="warning" showIcon title={problem} />}
        </div>
      </div>
      <ol className="sale-pay-lines" aria-label={t('sale.pay.lines')}>
        {tenders.map((tender, i) => (
          <li key={i} className="sale-pay-line" data-testid={`payment-${i + 1}`}>
            <span>{t(`sale.tender.${tender.method}`)}</span>
            <span className="sale-pay-line-ref">
              {tender.method === 'points' && t('sale.pay.pointsUsed', { points: tender.points })}
              {'reference' in tender && tender.reference}
              {tender.method === 'bankCard' && ` · ****${tender.last4}`}
            </span>
            <strong>{formatYuan(tenderValueFen(tender, redeemFenPerPoint))}</strong>
            <Button
              size="small"
              type="text"
              icon={<DeleteOutlined />}
              aria-label={t('sale.pay.remove')}
              onClick={() => onTenders(tenders.filter((_, j) => j !== i))}
            />
          </li>
        ))}
      </ol>
      {status.overpaid && <Alert type="error" showIcon title={t('sale.pay.overpaid')} />}
      {error && <Alert type="error" showIcon title={errorText(error)} />}
      <div className="sale-pay-actions">
        <Button size="large" onClick={onBack}>
          {t('sale.pay.back')} <Kbd>Esc</Kbd>
        </Button>
        <Button size="large" onClick={() => onTenders(tenders.slice(0, -1))} disabled={tenders.length === 0}>
          {t('sale.pay.removeLast')} <Kbd>Ctrl+Delete</Kbd>
        </Button>
        <Button size="large" type="primary" loading={busy} disabled={!status.covered} onClick={onCommit}>
          {t('sale.pay.commit')} <Kbd>F9</Kbd>
        </Button>
      </div>
    </section>
  );
}

/** What the payment's text fields share: large, labelled by their placeholder. */
function entryProps(label: string) {
  return { size: 'large', autoComplete: 'off', 'aria-label': label, placeholder: label } as const;
}

function Figure({ label, fen, testId }: { label: string; fen: number; testId: string }) {
  return (
    <div className="sale-pay-figure">
      <span>{label}</span>
      <strong className="big-digits" data-testid={testId}>
        {formatYuan(fen)}
      </strong>
    </div>
  );
}
