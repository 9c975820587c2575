import type { ThemeConfig } from 'antd';

/** The system's CJK fonts first: nothing is fetched from the internet, and Chinese renders crisply. */
export const FONT_FAMILY =
  "'Noto Sans CJK SC', 'Noto Sans SC', 'PingFang SC', 'Microsoft YaHei', 'Source Han Sans SC', system-ui, sans-serif";

const FOCUS_GOLD = '#b8860b';
const FOCUS_SHADOW = '0 0 0 2px rgba(184, 134, 11, 0.18)';

/** A jeweller's palette: deep red for actions, warm gold for accents, calm neutrals elsewhere. */
export const theme: ThemeConfig = {
  token: {
    colorPrimary: '#a8071a',
    colorLink: '#a8071a',
    colorSuccess: '#389e0d',
    colorInfo: '#a8071a',
    borderRadius: 8,
    fontFamily: FONT_FAMILY,
    fontSize: 15,
    colorBgLayout: '#f6f3ee',
  },
  components: {
    Button: { controlHeightLG: 48, fontWeight: 500 },
    // A red focus ring would read as an error: fields in focus are outlined in gold.
    Input: { activeBorderColor: FOCUS_GOLD, hoverBorderColor: FOCUS_GOLD, activeShadow: FOCUS_SHADOW },
    InputNumber: { activeBorderColor: FOCUS_GOLD, hoverBorderColor: FOCUS_GOLD, activeShadow: FOCUS_SHADOW },
    Table: { headerBg: '#faf7f2' },
  },
};
