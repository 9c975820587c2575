import type { Page } from 'playwright-core';
import type { ChannelInput } from '../../shared/contract';
import { openApp, startBrowserTill, type BrowserTill, type E2eFixture } from './browser';
import { stockShop } from './sale-ui';
import { seedStore } from './seed';
import { ADMIN, signIn } from './till-ui';

/** A store's staff for the keyboard-at-the-till tests: a cashier and the manager who approves. */
export const CASHIER = { name: '张三', role: 'cashier', pin: '1111' } as const;
export const MANAGER = { name: '王经理', role: 'manager', pin: '888888' } as const;

/** Calls the core as the administrator, as the back office would. */
export function asAdmin(till: BrowserTill, channel: string, input: unknown): unknown {
  const result = till.core.invoke('admin-setup', { channel, input });
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value;
}

/**
 * A stocked store (the sales helper's goods and `extra`) with `who` signed in; `setUp` runs as the
 * administrator before the app opens, given the products' ids by SKU.
 */
export async function openStore(
  e2e: E2eFixture,
  who: typeof CASHIER | typeof MANAGER,
  setUp: (till: BrowserTill, ids: Record<string, number>) => void,
  extra: ChannelInput<'catalog.save'>['product'][] = [],
): Promise<{ page: Page; till: BrowserTill }> {
  const till = await startBrowserTill();
  e2e.till = till;
  seedStore(till, 'T01', [CASHIER, MANAGER]);
  const ids = stockShop(till, extra);
  asAdmin(till, 'auth.login', { staffId: 1, pin: ADMIN.pin });
  setUp(till, ids);
  e2e.app = await openApp(e2e.browser, till);
  const { page } = e2e.app;
  await signIn(page, who.name, who.pin);
  return { page, till };
}
