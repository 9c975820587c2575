import { useEffect, useRef, useState } from 'react';
import { Alert, Empty, InputNumber, List, Modal, Radio, Space, Spin, Tag, Typography } from 'antd';
import type { ErrorBody } from '../../../../shared/contract';
import type { TagCandidate } from '../../../../shared/contract/tags';
import { formatGrams } from '../../../../shared/domain/money';
import { useApi } from '../../api/context';
import { Kbd } from '../../components/Kbd';
import { useHotkeys } from '../../components/useHotkeys';
import { useI18n } from '../../i18n/context';
import { useErrorText } from '../../i18n/errors';

type Source = 'selection' | 'receivedToday';

interface TagPrintModalProps {
  /** The pieces chosen on the goods screen; none opens on what was received today. */
  productIds: number[];
  onClose(): void;
  onPrinted(count: number): void;
}

/**
 * 打印标签: the tags of the chosen pieces, or of everything received today, previewed as the label printer
 * will print them (↑↓ picks the piece shown), then queued on the label printer. A piece tagged before is
 * marked: printing it again is journaled as a reprint.
 */
export function TagPrintModal({ productIds, onClose, onPrinted }: TagPrintModalProps) {
  const api = useApi();
  const { t } = useI18n();
  const errorText = useErrorText();
  const [source, setSource] = useState<Source>(productIds.length > 0 ? 'selection' : 'receivedToday');
  const [loaded, setLoaded] = useState<{ source: Source; pieces: TagCandidate[] } | null>(null);
  const [shown, setShown] = useState(0);
  const [previews, setPreviews] = useState<Record<number, string>>({});
  const [copies, setCopies] = useState(1);
  const [error, setError] = useState<ErrorBody | null>(null);
  const [busy, setBusy] = useState(false);
  // the pieces hold the focus (not the dialog's close button), so Enter prints and ↑↓ choose the preview
  const keys = useRef<HTMLDivElement>(null);

  const pieces = loaded?.source === source ? loaded.pieces : null;
  const choose = (next: Source): void => {
    setSource(next);
    setShown(0);
  };

  useEffect(() => {
    let live = true;
    const request =
      source === 'selection'
        ? api.call('tags.pieces', { source: 'ids', productIds })
        : api.call('tags.pieces', { source: 'receivedToday' });
    void request.then((result) => {
      if (!live) return;
      setLoaded({ source, pieces: result.ok ? result.value : [] });
      if (!result.ok) setError(result.error);
    });
    return () => {
      live = false;
    };
  }, [api, source, productIds]);

  const piece = pieces?.[shown] ?? null;
  const preview = piece ? (previews[piece.productId] ?? null) : null;
  const previewId = piece && !preview ? piece.productId : null;
  useEffect(() => {
    if (previewId === null) return;
    let live = true;
    void api.call('tags.preview', { productId: previewId }).then((result) => {
      if (!live) return;
      if (result.ok) setPreviews((current) => ({ ...current, [previewId]: result.value.image }));
      else setError(result.error);
    });
    return () => {
      live = false;
    };
  }, [api, previewId]);

  const print = async (): Promise<void> => {
    if (!pieces || pieces.length === 0 || busy) return;
    setBusy(true);
    const result = await api.call('tags.print', { productIds: pieces.map((p) => p.productId), copies });
    setBusy(false);
    if (result.ok) onPrinted(result.value.length);
    else setError(result.error);
  };

  const move = (step: number): void => {
    if (pieces && pieces.length > 0) setShown((current) => (current + step + pieces.length) % pieces.length);
  };
  useHotkeys(
    {
      Enter: () => void print(),
      ArrowDown: () => move(1),
      ArrowUp: () => move(-1),
      F9: () =>
        productIds.length > 0 && setSource((s) => (s === 'selection' ? 'receivedToday' : 'selection')),
    },
    'dialog',
  );

  return (
    <Modal
      open
      width={720}
      title={t('tags.print.title')}
      okText={
        <>
          {t('tags.print')} <Kbd>Enter</Kbd>
        </>
      }
      okButtonProps={{ disabled: !pieces || pieces.length === 0, loading: busy }}
      cancelText={t('common.cancel')}
      onOk={() => void print()}
      onCancel={onClose}
      destroyOnHidden
      className="tag-print-modal"
      afterOpenChange={(open) => open && keys.current?.focus()}
    >
      {error && <Alert className="form-alert" type="error" showIcon title={errorText(error)} />}
      <Space className="tag-print-options" wrap>
        <Radio.Group
          optionType="button"
          value={source}
          onChange={(event) => choose(event.target.value as Source)}
          options={[
            {
              value: 'selection',
              label: t('tags.source.selection', { count: productIds.length }),
              disabled: productIds.length === 0,
            },
            { value: 'receivedToday', label: t('tags.source.receivedToday') },
          ]}
        />
        <Kbd>F9</Kbd>
        <span>{t('tags.copies')}</span>
        <InputNumber<number>
          min={1}
          max={5}
          precision={0}
          value={copies}
          onChange={(value) => setCopies(value ?? 1)}
          onPressEnter={() => void print()}
        />
      </Space>
      <div ref={keys} tabIndex={0} className="tag-print-pieces">
        <div className="tag-preview" data-testid="tag-preview">
          {piece && (
            <Typography.Text type="secondary">{t('tags.preview.of', { name: piece.name })}</Typography.Text>
          )}
          {preview ? <img src={preview} alt={piece?.name ?? ''} /> : piece && <Spin />}
        </div>
        {pieces === null ? (
          <Spin />
        ) : pieces.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('tags.none')} />
        ) : (
          <List
            size="small"
            className="tag-pieces"
            dataSource={pieces}
            renderItem={(p, index) => (
              <List.Item
                className={index === shown ? 'tag-piece-active' : undefined}
                onClick={() => setShown(index)}
              >
                <Space>
                  <code>{p.barcode}</code>
                  <span>{p.name}</span>
                  {p.weightMg !== null && <span>{formatGrams(p.weightMg, 2)}</span>}
                  {p.tagged && (
                    <Tag color="orange" title={t('tags.tagged.hint')}>
                      {t('tags.tagged')}
                    </Tag>
                  )}
                </Space>
              </List.Item>
            )}
          />
        )}
      </div>
    </Modal>
  );
}
