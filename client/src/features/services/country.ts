// Her country for the directory and the emergency lines: the one she chose in this session, else the one
// of her profile. The choice lives in sessionStorage, which the quick exit and log out clear.
import { COUNTRY_CODES, isOneOf, type CountryCode } from '@aliadas/shared';
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { MyCountryQuery } from './services.documents';

const KEY = 'aliadas.country';

function remembered(): CountryCode | null {
  try {
    const value = sessionStorage.getItem(KEY);
    return isOneOf(COUNTRY_CODES, value) ? value : null;
  } catch {
    return null;
  }
}

export function useHerCountry(): {
  country: CountryCode | null;
  roles: readonly string[];
  loading: boolean;
  choose: (country: CountryCode | null) => void;
} {
  const { data, loading } = useQuery(MyCountryQuery, { fetchPolicy: 'cache-first' });
  const [chosen, setChosen] = useState<CountryCode | null>(remembered);
  const me = data?.me;
  const profile = me?.entrepreneurProfile?.countryOfResidence ?? me?.supporterProfile?.country ?? null;
  const choose = (country: CountryCode | null) => {
    setChosen(country);
    try {
      if (country) sessionStorage.setItem(KEY, country);
      else sessionStorage.removeItem(KEY);
    } catch {
      // Without storage the choice lasts as long as the page.
    }
  };
  return { country: chosen ?? profile, roles: me?.roles ?? [], loading: loading && !data, choose };
}

/** A phone number as a tel: link dials it: digits and a leading +. */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}
