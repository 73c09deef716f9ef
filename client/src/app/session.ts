// Who is signed in, as the server says (the cookie is HttpOnly, so the page itself never sees it).
import { useQuery } from '@apollo/client/react';
import { type MeQuery as MeResult } from '../gql/first-page/graphql';
import { MeQuery } from './session.documents';

export type Me = NonNullable<MeResult['me']>;

export function useMe(): { me: Me | null; loading: boolean } {
  const { data, loading } = useQuery(MeQuery, { fetchPolicy: 'cache-first' });
  return { me: data?.me ?? null, loading: loading && !data };
}

/** Where she starts after logging in: what is still missing first, then her own home. */
export function homePathFor(me: Me): string {
  if (me.roles.includes('COORDINATOR') || me.roles.includes('ADMIN')) return '/coordinator';
  if (me.roles.includes('ENTREPRENEUR')) return me.entrepreneurProfile ? '/home' : '/onboarding';
  if (me.roles.includes('MENTOR') || me.roles.includes('ADVISER')) return me.supporterProfile ? '/home' : '/supporter';
  // An interpreter has nothing of her own but the conversations she interprets in.
  if (me.roles.includes('INTERPRETER')) return '/chat';
  return '/home';
}
