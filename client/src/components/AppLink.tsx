import type { ComponentProps } from 'react';
import { Link } from 'react-router';

/** A link inside the app that replaces the history entry (see app/navigation.ts). */
export function AppLink(props: Omit<ComponentProps<typeof Link>, 'replace'>) {
  return <Link {...props} replace />;
}
