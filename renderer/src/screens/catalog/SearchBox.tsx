import type { KeyboardEvent, Ref } from 'react';
import { Input, Spin, type InputRef } from 'antd';
import { SearchOutlined } from '@ant-design/icons';
import { Kbd } from '../../components/Kbd';
import { useI18n } from '../../i18n/context';

interface SearchBoxProps {
  inputRef: Ref<InputRef>;
  value: string;
  /** An answer for older text is still on screen. */
  pending: boolean;
  onChange(value: string): void;
  /** ↑ / ↓ through the results. */
  onMove(step: 1 | -1): void;
  onOpen(): void;
  /** Esc with the box already empty: home, as Esc is everywhere else. */
  onLeave(): void;
}

const STEPS: Partial<Record<string, 1 | -1>> = { ArrowDown: 1, ArrowUp: -1 };

/** The catalog's search box, which keeps the focus: arrows choose a result, Enter opens it, Esc empties it. */
export function SearchBox({ inputRef, value, pending, onChange, onMove, onOpen, onLeave }: SearchBoxProps) {
  const { t } = useI18n();

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    const step = STEPS[event.key];
    if (step) onMove(step);
    else if (event.key === 'Enter') onOpen();
    else if (event.key === 'Escape') {
      if (value) onChange('');
      else onLeave();
    } else return;
    event.preventDefault();
  };

  return (
    <div className="catalog-search">
      <Input
        ref={inputRef}
        autoFocus
        size="large"
        allowClear
        value={value}
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={onKeyDown}
        prefix={<SearchOutlined />}
        suffix={
          <>
            {pending && <Spin size="small" />}
            <Kbd>F3</Kbd>
          </>
        }
        placeholder={t('catalog.search.placeholder')}
        aria-label={t('catalog.search')}
        maxLength={40}
      />
      <div className="catalog-keys">
        <span>
          <Kbd>↑</Kbd>
          <Kbd>↓</Kbd> {t('catalog.keys.choose')}
        </span>
        <span>
          <Kbd>Enter</Kbd> {t('catalog.keys.open')}
        </span>
        <span>
          <Kbd>F6</Kbd> {t('product.receive')}
        </span>
        <span>{t('catalog.keys.scan')}</span>
      </div>
    </div>
  );
}
