import type { ReactNode } from 'react';
import {
  AppstoreOutlined,
  AuditOutlined,
  AccountBookOutlined,
  CloudUploadOutlined,
  FileSearchOutlined,
  EnvironmentOutlined,
  InboxOutlined,
  OrderedListOutlined,
  RollbackOutlined,
  PrinterOutlined,
  SettingOutlined,
  ShoppingCartOutlined,
  StockOutlined,
  TeamOutlined,
  ToolOutlined,
  UnlockOutlined,
  UsbOutlined,
} from '@ant-design/icons';
import type { Permission } from '../../../shared/domain/roles';
import type { MessageKey } from '../i18n/catalog';

/** Screens reachable from the home tiles; `home` is the tiles themselves. */
export type View =
  | 'home'
  | 'unlock'
  | 'journal'
  | 'staff'
  | 'settings'
  | 'goldRates'
  | 'catalog'
  | 'devices'
  | 'printers'
  | 'noSale'
  | 'repairs'
  | 'sale'
  | 'shift'
  | 'returns'
  | 'backups'
  | 'tally'
  | 'stocktake'
  | 'stockPlaces';

export interface Tile {
  id: string;
  /** null: coming in a later release, shown disabled. */
  view: Exclude<View, 'home'> | null;
  /** null: everyone signed in. */
  permission: Permission | null;
  icon: ReactNode;
  title: MessageKey;
  description: MessageKey;
}

const TILES: Tile[] = [
  {
    id: 'sales',
    view: 'sale',
    permission: 'sales.sell',
    icon: <ShoppingCartOutlined />,
    title: 'tile.sales',
    description: 'tile.sales.description',
  },
  {
    id: 'repairs',
    view: 'repairs',
    permission: 'repairs.desk',
    icon: <ToolOutlined />,
    title: 'tile.repairs',
    description: 'tile.repairs.description',
  },
  {
    id: 'unlock',
    view: 'unlock',
    permission: null,
    icon: <UnlockOutlined />,
    title: 'tile.unlock',
    description: 'tile.unlock.description',
  },
  {
    id: 'journal',
    view: 'journal',
    permission: 'journal.read',
    icon: <AuditOutlined />,
    title: 'tile.journal',
    description: 'tile.journal.description',
  },
  {
    id: 'staff',
    view: 'staff',
    permission: 'staff.manage',
    icon: <TeamOutlined />,
    title: 'tile.staff',
    description: 'tile.staff.description',
  },
  {
    id: 'settings',
    view: 'settings',
    permission: 'settings.manage',
    icon: <SettingOutlined />,
    title: 'tile.settings',
    description: 'tile.settings.description',
  },
  // Added after the first tiles, so the Alt+number people already use keep opening the same screens.
  {
    id: 'goldRates',
    view: 'goldRates',
    // Everyone reads the rates; saving them asks for a manager unless the user may set them.
    permission: null,
    icon: <StockOutlined />,
    title: 'tile.goldRates',
    description: 'tile.goldRates.description',
  },
  {
    id: 'catalog',
    view: 'catalog',
    permission: 'catalog.manage',
    icon: <AppstoreOutlined />,
    title: 'tile.catalog',
    description: 'tile.catalog.description',
  },
  {
    id: 'devices',
    view: 'devices',
    permission: 'devices.manage',
    icon: <UsbOutlined />,
    title: 'tile.devices',
    description: 'tile.devices.description',
  },
  {
    id: 'printers',
    view: 'printers',
    permission: 'printing.manage',
    icon: <PrinterOutlined />,
    title: 'tile.printers',
    description: 'tile.printers.description',
  },
  {
    id: 'noSale',
    view: 'noSale',
    // Everyone at the till may ask; without drawer.noSale the core asks for a manager's approval.
    permission: null,
    icon: <InboxOutlined />,
    title: 'tile.noSale',
    description: 'tile.noSale.description',
  },
  {
    id: 'shift',
    view: 'shift',
    permission: 'shifts.drawer',
    icon: <AccountBookOutlined />,
    title: 'tile.shift',
    description: 'tile.shift.description',
  },
  // Last, so the keys of the tiles before it stay; the sale screen has its own key for it.
  {
    id: 'returns',
    view: 'returns',
    permission: 'returns.process',
    icon: <RollbackOutlined />,
    title: 'tile.returns',
    description: 'tile.returns.description',
  },
  {
    id: 'backups',
    view: 'backups',
    permission: 'backups.manage',
    icon: <CloudUploadOutlined />,
    title: 'tile.backups',
    description: 'tile.backups.description',
  },
  // 点货 at open, handover and close: whoever works a counter counts it
  {
    id: 'tally',
    view: 'tally',
    permission: null,
    icon: <OrderedListOutlined />,
    title: 'tile.tally',
    description: 'tile.tally.description',
  },
  {
    id: 'stocktake',
    view: 'stocktake',
    permission: 'stocktake.count',
    icon: <FileSearchOutlined />,
    title: 'tile.stocktake',
    description: 'tile.stocktake.description',
  },
  {
    id: 'stockPlaces',
    view: 'stockPlaces',
    permission: 'stock.move',
    icon: <EnvironmentOutlined />,
    title: 'tile.stockPlaces',
    description: 'tile.stockPlaces.description',
  },
];

export function tilesFor(permissions: readonly Permission[]): Tile[] {
  return TILES.filter((tile) => tile.permission === null || permissions.includes(tile.permission));
}

/** Alt+1, Alt+2, … go to the tiles that open something, in the order they are shown. */
export function shortcutViews(tiles: readonly Tile[]): Exclude<View, 'home'>[] {
  return tiles.flatMap((tile) => (tile.view ? [tile.view] : []));
}

/**
 * The digit that opens the shortcut at `index` (0-based) with Alt: 1 … 9, then 0 for the tenth, as on
 * the keyboard's row; later tiles have none (there is no key to show for them).
 */
export function shortcutDigit(index: number): string | null {
  if (index < 0 || index > 9) return null;
  return String((index + 1) % 10);
}

/** The shortcut a digit key opens: the inverse of shortcutDigit. */
export function shortcutIndex(digit: string): number {
  return (Number(digit) + 9) % 10;
}
