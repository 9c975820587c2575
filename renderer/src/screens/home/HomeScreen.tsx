import { Tag, Typography } from 'antd';
import type { StaffRef } from '../../../../shared/contract/staff';
import { Kbd } from '../../components/Kbd';
import { useI18n } from '../../i18n/context';
import { shortcutDigit, shortcutViews, type Tile, type View } from '../../shell/tiles';
import { BackupWarning } from '../backups/BackupWarning';
import { TodayRates } from './TodayRates';
import './home.css';

/**
 * More tiles than this and each is one row, its description in the tooltip: an administrator's full set
 * must fit a 1024×768 screen without scrolling, where two-row tiles run off the bottom.
 */
const COMPACT_FROM = 18;

interface HomeScreenProps {
  staff: StaffRef;
  tiles: Tile[];
  onOpen(view: Exclude<View, 'home'>): void;
}

/** Today's gold rates, then what the signed-in role can do as large tiles (those still to come disabled). */
export function HomeScreen({ staff, tiles, onOpen }: HomeScreenProps) {
  const { t } = useI18n();
  const shortcuts = shortcutViews(tiles);
  const compact = tiles.length >= COMPACT_FROM;
  return (
    <div className="home">
      <div className="home-greeting">
        <Typography.Title level={2}>{t('home.greeting', { name: staff.name })}</Typography.Title>
        <Typography.Text type="secondary">
          {t('home.subtitle', { role: t(`role.${staff.role}` as const) })}
        </Typography.Text>
      </div>
      <BackupWarning />
      <div className="home-rates">
        <TodayRates onOpen={() => onOpen('goldRates')} />
      </div>
      <div className={compact ? 'tiles tiles-compact' : 'tiles'}>
        {tiles.map((tile) => {
          const { view } = tile;
          const digit = view ? shortcutDigit(shortcuts.indexOf(view)) : null;
          return (
            <button
              key={tile.id}
              type="button"
              className="tile"
              data-testid={`tile-${tile.id}`}
              title={compact ? t(tile.description) : undefined}
              disabled={view === null}
              onClick={view ? () => onOpen(view) : undefined}
            >
              <span className="tile-icon">{tile.icon}</span>
              <span className="tile-title">{t(tile.title)}</span>
              <span className="tile-description">{t(tile.description)}</span>
              <span className="tile-foot">
                {view ? (
                  digit !== null && <Kbd>Alt+{digit}</Kbd>
                ) : (
                  <Tag bordered={false} className="tile-coming">
                    {t('home.comingSoon')}
                  </Tag>
                )}
              </span>
            </button>
          );
        })}
      </div>
    </div>
  );
}
