import { MutationCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { createBrowserRouter, Navigate, Outlet, RouterProvider } from 'react-router';
import type { Permission } from '../../shared/permissions.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { Loading } from '../components/Loading.tsx';
import { usePageTitle } from '../components/usePageTitle.ts';
import { LoginPage } from '../features/auth/LoginPage.tsx';
import { CitizenCreatePage } from '../features/citizens/CitizenCreatePage.tsx';
import { CitizenPage } from '../features/citizens/CitizenPage.tsx';
import { CitizenSearchPage } from '../features/citizens/CitizenSearchPage.tsx';
import { AccessibilityPage } from '../features/system/AccessibilityPage.tsx';
import { ForbiddenPage, NotFoundPage } from '../features/system/NotFoundPage.tsx';
import { isApiError, setUnauthenticatedHandler } from './api.ts';
import { FEATURES } from './features.ts';
import { Layout } from './Layout.tsx';
import { createSession, forgetSession, ME_QUERY_KEY, SessionContext, useMe, useSession } from './session.ts';
import { StartPage } from './StartPage.tsx';

// Pages show data of other features (capacity from agreements' prices, the network indicator from the
// tenders): after any successful change, every cached answer is stale and refetched when next shown.
// A mutation opts out with `meta: { invalidates: false }` (signing out).
const queryClient: QueryClient = new QueryClient({
  mutationCache: new MutationCache({
    onSuccess: (_data, _variables, _context, mutation) => {
      if (mutation.meta?.invalidates === false) return;
      void queryClient.invalidateQueries({ predicate: (query) => query.queryKey[0] !== ME_QUERY_KEY[0] });
    },
  }),
  defaultOptions: {
    queries: {
      // Reading a citizen is audited: no silent refetches, and no retries of answers the server gave.
      refetchOnWindowFocus: false,
      staleTime: 30_000,
      retry: (failureCount, error) => isApiError(error) && error.code === 'NETWORK' && failureCount < 2,
    },
  },
});

/** Loads the session once and draws the frame around every page. */
function AppShell() {
  const me = useMe();
  if (me.isPending) {
    return (
      <Layout me={null}>
        <Loading />
      </Layout>
    );
  }
  if (me.isError) {
    return (
      <Layout me={null}>
        <ErrorAlert error={me.error} />
      </Layout>
    );
  }
  return (
    <Layout me={me.data}>
      <Outlet />
    </Layout>
  );
}

/** Pages below need a signed-in user; without one, go to the sign-in page. */
function RequireSession() {
  const { data: me } = useMe();
  const session = useMemo(() => (me ? createSession(me) : null), [me]);
  if (!session) return <Navigate to="/login" replace />;
  return (
    <SessionContext value={session}>
      <Outlet />
    </SessionContext>
  );
}

/** Hides a page the user's roles do not allow (the server refuses the data anyway). */
function RequirePermission({ permission }: { permission: Permission | 'authenticated' }) {
  const { can } = useSession();
  if (permission !== 'authenticated' && !can(permission)) return <ForbiddenPage />;
  // Feature pages load their code on first visit (lazy.tsx).
  return (
    <Suspense fallback={<Loading />}>
      <Outlet />
    </Suspense>
  );
}

function RouteError() {
  const { t } = useTranslation();
  usePageTitle(t('errors.generic'));
  return (
    <Layout me={null}>
      <h1>{t('errors.generic')}</h1>
    </Layout>
  );
}

const router = createBrowserRouter([
  {
    element: <AppShell />,
    errorElement: <RouteError />,
    children: [
      { path: '/login', element: <LoginPage /> },
      { path: '/tilgaengelighed', element: <AccessibilityPage /> },
      {
        element: <RequireSession />,
        children: [
          { index: true, element: <StartPage /> },
          {
            element: <RequirePermission permission="citizen.search" />,
            children: [{ path: '/borgere', element: <CitizenSearchPage /> }],
          },
          {
            element: <RequirePermission permission="citizen.create" />,
            children: [{ path: '/borgere/ny', element: <CitizenCreatePage /> }],
          },
          {
            element: <RequirePermission permission="citizen.read" />,
            children: [{ path: '/borgere/:id', element: <CitizenPage /> }],
          },
          ...FEATURES.flatMap((feature) =>
            feature.routes.map((route) => ({
              element: <RequirePermission permission={route.permission} />,
              children: [{ path: route.path, element: route.element }],
            })),
          ),
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);

// Any 401 from the API means the session is gone: forget it and ask the user to sign in again.
setUnauthenticatedHandler(() => {
  forgetSession(queryClient);
  void router.navigate('/login');
});

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  );
}
