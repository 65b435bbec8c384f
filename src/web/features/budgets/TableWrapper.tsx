import type { ReactNode } from 'react';

/**
 * A wide table's scroll box. It is a tab stop and a named region, so a keyboard user can scroll it
 * (WCAG 2.1.1; axe "scrollable-region-focusable") and hears which table it holds.
 */
export function TableWrapper({ captionId, children }: { captionId: string; children: ReactNode }) {
  return (
    <div className="app-table-wrapper" tabIndex={0} role="region" aria-labelledby={captionId}>
      {children}
    </div>
  );
}
