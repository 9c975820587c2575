import { PURITIES, type Purity } from '../../../shared/domain/purity';
import { usePurityLabel } from '../i18n/purity';
import './purity-label.css';

/** A purity with a dot in its metal's colour, so a row is found by eye before it is read. */
export function PurityLabel({ purity }: { purity: Purity }) {
  const purityLabel = usePurityLabel();
  return (
    <span className="purity-label">
      <span className={`metal-dot metal-${PURITIES[purity].metal}`} />
      {purityLabel(purity)}
    </span>
  );
}
