import { useState, type Key, type ReactNode } from 'react';
import { Checkbox, Tag, Tree, Typography } from 'antd';
import type { StockPlace } from '../../../../shared/contract/stock';
import { formatGrams } from '../../../../shared/domain/money';
import { useI18n } from '../../i18n/context';
import { OUT_KINDS, useKindLabel, usePlaceName } from './place-names';

/** Pieces and grams of a place whose contents were read this visit; `partial` when only a first page was. */
export interface PlaceTotals {
  pieces: number;
  mg: number;
  partial: boolean;
}

interface PlaceTreeProps {
  places: readonly StockPlace[];
  selectedId: number | null;
  totals: ReadonlyMap<number, PlaceTotals>;
  showClosed: boolean;
  /** Offered to managers, who can see closed places. */
  onShowClosed: ((show: boolean) => void) | null;
  onSelect(placeId: number): void;
}

interface Node {
  key: number;
  title: ReactNode;
  children?: Node[];
}

/** The order a store's places are listed in: counters (with their trays), safes, stockrooms, the repair desk. */
const KIND_ORDER: Record<StockPlace['kind'], number> = {
  counter: 0,
  tray: 0,
  safe: 1,
  stockroom: 2,
  repair: 3,
  sold: 4,
  supplier: 5,
  writtenOff: 6,
};

/** The places as a tree: counters hold their trays; the places goods go out to are listed apart, read-only. */
export function PlaceTree({
  places,
  selectedId,
  totals,
  showClosed,
  onShowClosed,
  onSelect,
}: PlaceTreeProps) {
  const { t } = useI18n();
  const placeName = usePlaceName();
  const kindLabel = useKindLabel();
  // counters stay open unless folded, so a tray added later shows at once
  const [folded, setFolded] = useState<ReadonlySet<Key>>(new Set());
  const shown = places.filter((place) => showClosed || place.active);

  const title = (place: StockPlace) => {
    const known = totals.get(place.id);
    const kind = kindLabel(place);
    return (
      <span className="place-node" data-testid={`place-${place.code}`}>
        <span className="place-node-name">{placeName(place)}</span>
        {kind && <Tag bordered={false}>{kind}</Tag>}
        {!place.active && <Tag color="default">{t('places.closed')}</Tag>}
        {known && (
          <Typography.Text type="secondary" className="place-node-totals">
            {known.pieces}
            {known.partial ? '+' : ''} · {formatGrams(known.mg)}
          </Typography.Text>
        )}
      </span>
    );
  };
  const node = (place: StockPlace): Node => {
    const trays = shown.filter((tray) => tray.parentId === place.id);
    return {
      key: place.id,
      title: title(place),
      ...(trays.length > 0 ? { children: trays.map(node) } : {}),
    };
  };
  const byKind = (a: StockPlace, b: StockPlace): number =>
    KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.id - b.id;
  const inStore = shown
    .filter((place) => place.parentId === null && !OUT_KINDS.includes(place.kind))
    .sort(byKind)
    .map(node);
  const out = shown
    .filter((place) => OUT_KINDS.includes(place.kind))
    .sort(byKind)
    .map(node);
  const expanded = inStore.filter((item) => item.children && !folded.has(item.key)).map((item) => item.key);
  const selected = selectedId === null ? [] : [selectedId];
  const select = (keys: Key[]): void => {
    const [key] = keys;
    if (typeof key === 'number') onSelect(key);
  };

  return (
    <nav className="panel place-tree" aria-label={t('places.tree')}>
      <Tree<Node>
        blockNode
        treeData={inStore}
        expandedKeys={expanded}
        onExpand={(keys) =>
          setFolded(new Set(inStore.map((item) => item.key).filter((key) => !keys.includes(key))))
        }
        selectedKeys={selected}
        onSelect={select}
      />
      <Typography.Text type="secondary" className="place-tree-caption">
        {t('places.outPlaces')}
      </Typography.Text>
      <Tree<Node> blockNode treeData={out} selectedKeys={selected} onSelect={select} />
      {onShowClosed && (
        <Checkbox checked={showClosed} onChange={(event) => onShowClosed(event.target.checked)}>
          {t('places.showClosed')}
        </Checkbox>
      )}
    </nav>
  );
}
