import type { ReactNode } from 'react';
import { Select, type SelectProps } from 'antd';
import { PURITY_CODES, type Purity } from '../../../shared/domain/purity';
import { usePurityLabel } from '../i18n/purity';
import { PurityLabel } from './PurityLabel';

interface PurityOption {
  value: Purity;
  label: ReactNode;
  /** What typing matches: the fineness mark and the name in the screen's language. */
  search: string;
}

/**
 * Picks a purity by mouse or by typing its mark or name (Au999, 千足); a mark typed in full comes first,
 * so Au999 is not beaten by Au9999.
 */
export function PuritySelect(props: Omit<SelectProps<Purity, PurityOption>, 'options' | 'showSearch'>) {
  const purityLabel = usePurityLabel();
  const options: PurityOption[] = PURITY_CODES.map((purity) => ({
    value: purity,
    label: <PurityLabel purity={purity} />,
    search: `${purity} ${purityLabel(purity)}`.toLowerCase(),
  }));
  const exact = (option: PurityOption, typed: string): number => Number(option.value.toLowerCase() === typed);
  return (
    <Select<Purity, PurityOption>
      {...props}
      options={options}
      showSearch={{
        optionFilterProp: 'search',
        filterSort: (a, b, { searchValue }) =>
          exact(b, searchValue.toLowerCase()) - exact(a, searchValue.toLowerCase()),
      }}
    />
  );
}
