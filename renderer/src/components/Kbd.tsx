import type { ReactNode } from 'react';
import './kbd.css';

/** A keyboard shortcut hint next to the action it triggers. */
export function Kbd({ children }: { children: ReactNode }) {
  return <kbd className="kbd">{children}</kbd>;
}
