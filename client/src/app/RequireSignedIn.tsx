import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { useMe, type Me } from './session';

/** Renders its page only for a signed-in person (with one of `roles` when given); others go to log in. */
export function RequireSignedIn({ roles, children }: { roles?: readonly string[]; children: (me: Me) => ReactNode }) {
  const { t } = useTranslation();
  const { me, loading } = useMe();
  if (loading) return <p className="loading">{t('shell.loading')}</p>;
  if (!me) return <Navigate to="/login" replace />;
  if (roles && !me.roles.some((r) => roles.includes(r))) {
    return <p role="alert">{t('errors.byCode.FORBIDDEN')}</p>;
  }
  return <>{children(me)}</>;
}
