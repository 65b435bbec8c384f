// Pages loaded on first visit, so the first load stays small as features grow (vite splits each into a
// chunk of its own). The shell shows the loading indicator while a page's code arrives.
import { lazy, type ComponentType, type ReactNode } from 'react';

/** A page element whose code is loaded when the route is first shown: `lazyPage(() => import('./X.tsx'), (m) => m.X)`. */
export function lazyPage<M>(load: () => Promise<M>, pick: (module: M) => ComponentType): ReactNode {
  const Page = lazy(async () => ({ default: pick(await load()) }));
  return <Page />;
}
