import { useCallback, useEffect, useRef, useState } from 'react';
import { Alert, App as AntApp, Button, Space, Tag, Typography } from 'antd';
import { AimOutlined, EditOutlined, PlusOutlined, StopOutlined } from '@ant-design/icons';
import type { ErrorBody } from '../../../../shared/contract';
import type { StockPlace } from '../../../../shared/contract/stock';
import { formatGrams } from '../../../../shared/domain/money';
import type { ApiClient } from '../../api/client';
import { useApi } from '../../api/context';
import { useLoad } from '../../api/useLoad';
import { Kbd } from '../../components/Kbd';
import { ScreenHeader } from '../../components/ScreenHeader';
import { useHotkeys } from '../../components/useHotkeys';
import { useI18n } from '../../i18n/context';
import { useErrorText } from '../../i18n/errors';
import { useScanHandler } from '../../scan/context';
import { ContentsTable, type ContentsLine } from './ContentsTable';
import { OUT_KINDS, useKindLabel, usePlaceName } from './place-names';
import { PlaceFormModal, type PlaceDraft } from './PlaceFormModal';
import { PlaceTree, type PlaceTotals } from './PlaceTree';
import { TransferPanel, type TransferLine } from './TransferPanel';
import { WhereIsModal } from './WhereIsModal';
import './stock-places.css';

const loadPlaces = (api: ApiClient) => api.call('stock.places', { includeInactive: true });
const readContents = (api: ApiClient, placeId: number, previous: Contents | null) =>
  api.call('stock.contents', { placeId, after: previous?.next ?? 0 });
type ContentsAnswer = Awaited<ReturnType<typeof readContents>>;

interface Contents {
  placeId: number;
  lines: ContentsLine[];
  next: number | null;
}

type Dialog = { kind: 'place'; draft: PlaceDraft } | { kind: 'whereIs' };

const totalsOf = (contents: Contents): PlaceTotals => ({
  pieces: contents.lines.reduce((sum, line) => sum + line.quantity, 0),
  mg: contents.lines.reduce((sum, line) => sum + (line.weightMg ?? 0) * line.quantity, 0),
  partial: contents.next !== null,
});

/**
 * 库位: the store's places as a tree, the selected one's goods, and 调拨 out of it by scanning pieces or
 * picking counted goods; 查位置 answers where a product is. Managers (stock.places) add, rename and close
 * places. F3 where is, F4 a new place, Ctrl+S confirms the transfer.
 */
export function StockPlacesScreen({ canManage, onBack }: { canManage: boolean; onBack(): void }) {
  const api = useApi();
  const { t } = useI18n();
  const { message, modal } = AntApp.useApp();
  const errorText = useErrorText();
  const placeName = usePlaceName();
  const kindLabel = useKindLabel();
  const places = useLoad(api, loadPlaces);
  const all = places.value ?? [];
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const [contents, setContents] = useState<Contents | null>(null);
  const [contentsError, setContentsError] = useState<ErrorBody | null>(null);
  const [readingMore, setReadingMore] = useState(false);
  const [totals, setTotals] = useState<ReadonlyMap<number, PlaceTotals>>(new Map());
  const [lines, setLines] = useState<TransferLine[]>([]);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [showClosed, setShowClosed] = useState(false);
  const asked = useRef(0);

  const selected =
    all.find((place) => place.id === selectedId) ?? all.find((place) => place.kind === 'stockroom') ?? null;
  const movable = selected !== null && selected.active && !OUT_KINDS.includes(selected.kind);

  const show = useCallback((placeId: number, previous: Contents | null, result: ContentsAnswer): void => {
    setReadingMore(false);
    if (!result.ok) return setContentsError(result.error);
    setContentsError(null);
    const page: Contents = {
      placeId,
      lines: [...(previous?.lines ?? []), ...result.value.lines],
      next: result.value.next,
    };
    setContents(page);
    setTotals((known) => new Map(known).set(placeId, totalsOf(page)));
  }, []);

  // the first page of the selected place, read again after each transfer (`readings` counts them)
  const [readings, setReadings] = useState(0);
  const selectedPlaceId = selected?.id ?? null;
  useEffect(() => {
    if (selectedPlaceId === null) return;
    const ask = (asked.current += 1);
    void readContents(api, selectedPlaceId, null).then((result) => {
      if (ask === asked.current) show(selectedPlaceId, null, result);
    });
  }, [api, selectedPlaceId, readings, show]);

  const more = async (placeId: number, previous: Contents): Promise<void> => {
    setReadingMore(true);
    const ask = (asked.current += 1);
    const result = await readContents(api, placeId, previous);
    if (ask === asked.current) show(placeId, previous, result);
  };

  const select = (placeId: number): void => {
    if (placeId === selectedPlaceId) return;
    setSelectedId(placeId);
    setContents(null);
    setLines([]);
  };

  const add = (line: TransferLine): void =>
    setLines((current) => {
      const same = current.find((other) => other.productId === line.productId);
      if (!same) return [...current, line];
      return current.map((other) =>
        other === same ? { ...other, quantity: other.quantity + line.quantity, held: line.held } : other,
      );
    });

  const take = (line: ContentsLine): void => {
    if (line.serialized && lines.some((other) => other.productId === line.productId)) {
      return void message.warning(t('places.transfer.already', { name: line.name }));
    }
    add({
      productId: line.productId,
      name: line.name,
      sku: line.sku,
      serialized: line.serialized,
      quantity: 1,
      held: line.quantity,
    });
  };

  /** A scanned piece joins the transfer when the selected place holds it; else the scan says where it is. */
  const scanned = async (code: string): Promise<void> => {
    if (!selected || !movable) return void message.warning(t('places.transfer.readOnly'));
    const product = await api.call('catalog.lookup', { code });
    if (!product.ok) return void message.error(errorText(product.error));
    const { id, name, sku, serialized } = product.value;
    if (serialized && lines.some((line) => line.productId === id)) {
      return void message.warning(t('places.transfer.already', { name }));
    }
    const where = await api.call('stock.whereIs', { productId: id });
    if (!where.ok) return void message.error(errorText(where.error));
    const held = where.value.levels.find((level) => level.placeId === selected.id)?.quantity ?? 0;
    const taken = lines.find((line) => line.productId === id)?.quantity ?? 0;
    if (held <= taken) {
      const elsewhere = where.value.levels.filter((level) => level.quantity > 0);
      return void message.warning(
        elsewhere.length === 0
          ? t('places.transfer.nowhere', { name })
          : t('places.transfer.notHere', {
              name,
              place: placeName(selected),
              where: elsewhere.map((level) => placeName(level)).join('、'),
            }),
      );
    }
    add({ productId: id, name, sku, serialized, quantity: 1, held });
    void message.success(t('places.transfer.added', { name }));
  };

  const moved = (toId: number): void => {
    setTotals((known) => {
      const next = new Map(known);
      next.delete(toId);
      return next;
    });
    setReadings((count) => count + 1);
  };

  const saved = (place: StockPlace, done: string): void => {
    setDialog(null);
    void places.reload();
    void message.success(done);
    setSelectedId(place.id);
  };

  const close = (place: StockPlace): void => {
    modal.confirm({
      title: t('places.close.confirm', { name: placeName(place) }),
      content: t('places.close.content'),
      okText: t('places.close'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: async () => {
        const result = await api.call('stock.savePlace', {
          id: place.id,
          code: place.code,
          name: place.name,
          kind: place.kind,
          parentId: place.parentId,
          active: false,
        });
        if (!result.ok) return void message.error(errorText(result.error));
        void places.reload();
        void message.success(t('places.closedDone', { name: placeName(place) }));
      },
    });
  };

  const newPlace = (): void =>
    setDialog({ kind: 'place', draft: { kind: 'new', placeKind: 'counter', parentId: null } });

  useScanHandler(({ code }) => void scanned(code));
  useHotkeys({
    F3: () => setDialog({ kind: 'whereIs' }),
    ...(canManage ? { F4: newPlace } : {}),
  });

  const known = selected ? totals.get(selected.id) : undefined;
  const editable =
    canManage && selected !== null && !OUT_KINDS.includes(selected.kind) && selected.kind !== 'repair';

  return (
    <div className="screen stock-places">
      <ScreenHeader
        title={t('tile.stockPlaces')}
        subtitle={t('places.subtitle')}
        onBack={onBack}
        extra={
          <Space wrap>
            <Button icon={<AimOutlined />} onClick={() => setDialog({ kind: 'whereIs' })}>
              {t('places.whereIs')} <Kbd>F3</Kbd>
            </Button>
            {canManage && (
              <Button type="primary" icon={<PlusOutlined />} onClick={newPlace}>
                {t('places.add')} <Kbd>F4</Kbd>
              </Button>
            )}
          </Space>
        }
      />
      {places.error && <Alert type="error" showIcon title={errorText(places.error)} />}
      <div className="stock-places-body">
        <PlaceTree
          places={all}
          selectedId={selected?.id ?? null}
          totals={totals}
          showClosed={showClosed}
          onShowClosed={canManage ? setShowClosed : null}
          onSelect={select}
        />
        <section className="stock-places-contents" aria-label={selected ? placeName(selected) : undefined}>
          {selected && (
            <div className="place-head">
              <Typography.Title level={4}>
                {t('places.contents', { name: placeName(selected) })}
              </Typography.Title>
              {kindLabel(selected) && <Tag bordered={false}>{kindLabel(selected)}</Tag>}
              {!selected.active && <Tag>{t('places.closed')}</Tag>}
              {known && (
                <Typography.Text type="secondary" data-testid="place-totals">
                  {t('places.totals', { pieces: known.pieces, grams: formatGrams(known.mg) })}
                  {known.partial && ` · ${t('places.totals.more')}`}
                </Typography.Text>
              )}
              {editable && (
                <Space className="place-actions" wrap>
                  <Button
                    size="small"
                    icon={<EditOutlined />}
                    onClick={() => setDialog({ kind: 'place', draft: { kind: 'edit', place: selected } })}
                  >
                    {t('places.edit')}
                  </Button>
                  {selected.kind === 'counter' && selected.active && (
                    <Button
                      size="small"
                      icon={<PlusOutlined />}
                      onClick={() =>
                        setDialog({
                          kind: 'place',
                          draft: { kind: 'new', placeKind: 'tray', parentId: selected.id },
                        })
                      }
                    >
                      {t('places.addTray')}
                    </Button>
                  )}
                  {!selected.system && selected.active && (
                    <Button size="small" danger icon={<StopOutlined />} onClick={() => close(selected)}>
                      {t('places.close')}
                    </Button>
                  )}
                </Space>
              )}
            </div>
          )}
          {contentsError && <Alert type="error" showIcon title={errorText(contentsError)} />}
          <ContentsTable
            lines={contents?.placeId === selected?.id ? (contents?.lines ?? []) : []}
            loading={readingMore || (selected !== null && contents?.placeId !== selected.id)}
            hasMore={contents?.next != null}
            onMore={() => {
              if (selected && contents) void more(selected.id, contents);
            }}
            onTake={movable ? take : null}
          />
        </section>
        {selected && movable ? (
          <TransferPanel
            key={selected.id}
            source={selected}
            places={all}
            lines={lines}
            onLines={setLines}
            onMoved={moved}
          />
        ) : (
          <Alert className="transfer-panel" type="info" showIcon title={t('places.transfer.readOnly')} />
        )}
      </div>
      {dialog?.kind === 'place' && (
        <PlaceFormModal
          draft={dialog.draft}
          places={all}
          onClose={() => setDialog(null)}
          onSaved={(place) => saved(place, t('places.saved', { name: placeName(place) }))}
        />
      )}
      {dialog?.kind === 'whereIs' && (
        <WhereIsModal
          placeOf={(placeId) => all.find((place) => place.id === placeId) ?? null}
          onOpenPlace={(placeId) => {
            setDialog(null);
            select(placeId);
          }}
          onClose={() => setDialog(null)}
        />
      )}
    </div>
  );
}
