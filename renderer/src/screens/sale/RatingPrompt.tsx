import { useState } from 'react';
import { Button, Input } from 'antd';
import { StarFilled } from '@ant-design/icons';
import { useApi } from '../../api/context';
import { Kbd } from '../../components/Kbd';
import { useHotkeys } from '../../components/useHotkeys';
import { useI18n } from '../../i18n/context';
import { useErrorText } from '../../i18n/errors';

export const RATINGS = [1, 2, 3, 4, 5] as const;

interface RatingPromptProps {
  receiptNo: string;
  rated: number | null;
  onRated(rating: number): void;
  /** Shown to the customer: bigger, and no keys (the customer has no keyboard). */
  large?: boolean;
}

/** 满意度: one tap (or key 1–5) rates the sale; a comment may go with it. A second rating replaces the first. */
export function RatingPrompt({ receiptNo, rated, onRated, large = false }: RatingPromptProps) {
  const api = useApi();
  const { t } = useI18n();
  const errorText = useErrorText();
  const [comment, setComment] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  const rate = async (rating: number): Promise<void> => {
    const result = await api.call('sales.rate', { receiptNo, rating, comment: comment.trim() || null });
    if (result.ok) {
      setProblem(null);
      onRated(rating);
    } else setProblem(errorText(result.error));
  };

  useHotkeys(Object.fromEntries(RATINGS.map((r) => [String(r), () => void rate(r)])));

  return (
    <section
      className={large ? 'sale-rating sale-rating-large' : 'sale-rating'}
      aria-label={t('sale.rating')}
    >
      <p className="sale-rating-question">{t('sale.rating.question')}</p>
      <div className="sale-rating-stars" role="group" aria-label={t('sale.rating')}>
        {RATINGS.map((r) => (
          <Button
            key={r}
            size="large"
            type={rated !== null && r <= rated ? 'primary' : 'default'}
            aria-pressed={rated === r}
            aria-label={t(`sale.rating.${r}`)}
            onClick={() => void rate(r)}
          >
            <StarFilled /> {r}
            {!large && <Kbd>{r}</Kbd>}
          </Button>
        ))}
      </div>
      <span className="sale-rating-scale">
        {t('sale.rating.1')} — {t('sale.rating.5')}
      </span>
      <Input.TextArea
        className="sale-rating-comment"
        aria-label={t('sale.rating.comment')}
        placeholder={t('sale.rating.comment')}
        maxLength={200}
        autoSize={{ minRows: 1, maxRows: 3 }}
        value={comment}
        onChange={(event) => setComment(event.target.value)}
      />
      {rated !== null && <p className="sale-rating-thanks">{t('sale.rating.thanks')}</p>}
      {problem && <p className="sale-rating-problem">{problem}</p>}
    </section>
  );
}
