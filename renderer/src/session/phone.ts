import { maskPhone } from '../../../shared/print/format';
import { useReady } from './context';

/**
 * A customer's phone as the signed-in user may see it: in full for a role that manages customers, otherwise
 * masked as on the receipt (138****5678), so a screen facing the counter does not show it whole.
 */
export function useShownPhone(): (phone: string) => string {
  const { session } = useReady();
  const mayRead = session.state === 'active' && session.permissions.includes('customers.manage');
  return mayRead ? showWhole : maskPhone;
}

function showWhole(phone: string): string {
  return phone;
}
