/** Precious-metal purities (成色) a store prices by weight; each has its own gold rate of the day. */
export const PURITIES = {
  Au9999: { zh: '万足金 Au9999', metal: 'gold' },
  Au999: { zh: '千足金 Au999', metal: 'gold' },
  Au990: { zh: '足金 Au990', metal: 'gold' },
  Au750: { zh: '18K金 Au750', metal: 'gold' },
  Au585: { zh: '14K金 Au585', metal: 'gold' },
  Pt999: { zh: '足铂 Pt999', metal: 'platinum' },
  Pt950: { zh: '铂金 Pt950', metal: 'platinum' },
  Pd950: { zh: '钯金 Pd950', metal: 'palladium' },
  S999: { zh: '足银 S999', metal: 'silver' },
  S925: { zh: '925银 S925', metal: 'silver' },
} as const;

export type Purity = keyof typeof PURITIES;
export const PURITY_CODES = Object.keys(PURITIES) as Purity[];
