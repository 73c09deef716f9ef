// The frame of every page: the name, the language choice and the quick exit, then the page itself.
import { Suspense, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation } from 'react-router';
import { AppLink } from '../components/AppLink';
import { DataSaverToggle } from '../components/DataSaverToggle';
import { LanguageSwitcher } from '../components/LanguageSwitcher';
import { NotificationBell } from '../features/notifications/NotificationBell';
import { QuickExit } from '../features/safety/QuickExit';
import { EmergencyLink } from '../features/services/EmergencyLink';
import { useMe } from './session';

export function Layout() {
  const { t } = useTranslation();
  const { me } = useMe();
  const location = useLocation();
  const main = useRef<HTMLElement>(null);

  const shown = useRef(location.pathname);

  // Moving to another page puts focus at the top of its content, so screen readers and keyboards start
  // there; the first page keeps the browser's own start (the skip link, then the quick exit).
  useEffect(() => {
    if (shown.current === location.pathname) return;
    shown.current = location.pathname;
    main.current?.focus({ preventScroll: true });
    window.scrollTo(0, 0);
  }, [location.pathname]);

  return (
    <>
      {/* Focus moves without changing the address, so the skip link adds no history entry. */}
      <a
        className="skip-link"
        href="#main"
        onClick={(event) => {
          event.preventDefault();
          main.current?.focus();
        }}
      >
        {t('shell.skipToContent')}
      </a>
      <header className="top-bar">
        <AppLink to="/" className="brand">
          {t('shell.brand')}
        </AppLink>
        <LanguageSwitcher signedIn={me !== null} />
        <NotificationBell />
        <QuickExit />
        <EmergencyLink />
      </header>
      <main id="main" ref={main} tabIndex={-1}>
        <Suspense fallback={<p className="loading">{t('shell.loading')}</p>}>
          <Outlet />
        </Suspense>
      </main>
      <footer className="app-footer">
        <DataSaverToggle />
      </footer>
    </>
  );
}
