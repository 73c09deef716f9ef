// One member organization: what it offers, where and in which languages, how to reach it; she may ask
// to join it and follows her request here. Its coordinators reach its requests and keep its entry.
import {
  COUNTRY_LABELS,
  LANGUAGE_LABELS,
  NEED_LABELS,
  ORGANIZATION_JOIN_DECLINE_REASON_LABELS,
  ORGANIZATION_JOIN_REQUEST_STATUS_LABELS,
  ORGANIZATION_LIMITS,
  SUPPORT_KIND_LABELS,
  type LanguageCode,
} from '@aliadas/shared';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { errorMessage } from '../../app/errors';
import { useLabel } from '../../app/vocabulary';
import { AppLink } from '../../components/AppLink';
import { FormError, Notice } from '../../components/forms';
import type { OrganizationFieldsFragment as Organization } from '../../gql/graphql';
import { ExampleBadge } from './ExampleBadge';
import { OrganizationForm } from './OrganizationForm';
import {
  MyJoinRequestsQuery,
  MyOrganizationsQuery,
  OrganizationQuery,
  RequestToJoinMutation,
  WithdrawJoinRequestMutation,
} from './organizations.documents';
import './organizations.css';

const JOINING_ROLES = ['ENTREPRENEUR', 'MENTOR', 'ADVISER'];

/** A phone number as a tel: link dials it: digits and a leading +. */
function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}

export default function OrganizationPage() {
  const { organizationId = '' } = useParams();
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(OrganizationQuery, { variables: { id: organizationId } });
  const mine = useQuery(MyOrganizationsQuery, { fetchPolicy: 'cache-and-network' });
  const [editing, setEditing] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const organization = data?.organization;
  const me = mine.data?.me ?? null;

  if (error) return <p role="alert">{errorMessage(t, error)}</p>;
  if (!organization) return loading ? <p className="loading">{t('shell.loading')}</p> : null;

  const membership = me?.memberships.find((m) => m.organization.id === organization.id) ?? null;
  const maintainer =
    me !== null &&
    (me.roles.includes('ADMIN') || (me.roles.includes('COORDINATOR') && membership?.role === 'COORDINATOR'));
  const mayJoin = me !== null && me.roles.some((role) => JOINING_ROLES.includes(role));

  return (
    <section aria-labelledby="organization-title">
      <p>
        <AppLink to="/organizations">{t('organizations.back')}</AppLink>
      </p>
      <h1 id="organization-title">
        {organization.name} {organization.isExample && <ExampleBadge />}
      </h1>
      {notice && <Notice>{notice}</Notice>}
      {editing ? (
        <OrganizationForm
          organization={organization}
          onDone={(saved) => {
            setEditing(false);
            if (saved) setNotice(t('organizations.form.saved'));
          }}
        />
      ) : (
        <OrganizationDetails organization={organization} />
      )}

      {maintainer && !editing && (
        <div className="actions">
          <AppLink className="button" to={`/organizations/${organization.id}/requests`}>
            {t('organizations.requests.open')}
          </AppLink>
          <button className="button" type="button" onClick={() => setEditing(true)}>
            {t('organizations.edit')}
          </button>
        </div>
      )}

      {me === null ? (
        <p>
          {t('organizations.join.signIn')} <AppLink to="/login">{t('organizations.join.logIn')}</AppLink>
        </p>
      ) : membership ? (
        <p className="notice">{t('organizations.join.member')}</p>
      ) : (
        mayJoin && <JoinRequest organizationId={organization.id} />
      )}
    </section>
  );
}

function OrganizationDetails({ organization }: { organization: Organization }) {
  const { t } = useTranslation();
  const label = useLabel();
  return (
    <>
      <p className="organization-meta">
        <span>{organization.countries.map((code) => label(COUNTRY_LABELS, code)).join(', ')}</span>
        <span>
          {t('organizations.languages')}:{' '}
          {organization.languages.map((code) => label(LANGUAGE_LABELS, code as LanguageCode)).join(', ')}
        </span>
      </p>
      <p>{organization.description}</p>
      {organization.services.length > 0 && (
        <>
          <h2>{t('organizations.offers')}</h2>
          <ul className="offers">
            {organization.services.map((kind) => (
              <li key={kind}>{label(SUPPORT_KIND_LABELS, kind)}</li>
            ))}
          </ul>
        </>
      )}
      {organization.needs.length > 0 && (
        <>
          <h2>{t('organizations.helpsWith')}</h2>
          <ul className="offers">
            {organization.needs.map((need) => (
              <li key={need}>{label(NEED_LABELS, need)}</li>
            ))}
          </ul>
        </>
      )}
      {(organization.website || organization.email || organization.address || organization.phone) && (
        <>
          <h2>{t('organizations.contact')}</h2>
          <dl className="organization-contact">
            {organization.address && (
              <>
                <dt>{t('organizations.address')}</dt>
                <dd>{organization.address}</dd>
              </>
            )}
            {organization.website && (
              <>
                <dt>{t('organizations.website')}</dt>
                <dd>
                  <a href={organization.website} rel="noopener noreferrer nofollow" target="_blank">
                    {organization.website}
                  </a>
                </dd>
              </>
            )}
            {organization.email && (
              <>
                <dt>{t('organizations.email')}</dt>
                <dd>
                  <a href={`mailto:${organization.email}`}>{organization.email}</a>
                </dd>
              </>
            )}
            {organization.phone && (
              <>
                <dt>{t('organizations.phone')}</dt>
                <dd>
                  <a href={telHref(organization.phone)}>{organization.phone}</a>
                </dd>
              </>
            )}
          </dl>
        </>
      )}
    </>
  );
}

/** Her request to join: the form when she has none pending, else its status and a way to withdraw it. */
function JoinRequest({ organizationId }: { organizationId: string }) {
  const { t } = useTranslation();
  const label = useLabel();
  const requests = useQuery(MyJoinRequestsQuery, { variables: { organizationId }, fetchPolicy: 'cache-and-network' });
  const refetchQueries = [MyJoinRequestsQuery];
  const [ask, asking] = useMutation(RequestToJoinMutation, { refetchQueries });
  const [withdraw, withdrawing] = useMutation(WithdrawJoinRequestMutation, { refetchQueries });
  const [message, setMessage] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const latest = requests.data?.myOrganizationJoinRequests[0] ?? null;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setProblem(null);
    try {
      await ask({ variables: { input: { organizationId, message: message.trim() || null } } });
      setMessage('');
    } catch (error) {
      setProblem(errorMessage(t, error));
    }
  }

  async function takeBack(requestId: string) {
    setProblem(null);
    try {
      await withdraw({ variables: { requestId } });
    } catch (error) {
      setProblem(errorMessage(t, error));
    }
  }

  if (!requests.data) return requests.loading ? <p className="loading">{t('shell.loading')}</p> : null;

  return (
    <div className="card join-request" aria-labelledby="join-title">
      <h2 id="join-title">{t('organizations.join.title')}</h2>
      {latest && (
        <div role="status">
          <p>
            <strong>
              {t('organizations.join.statusLine', {
                status: label(ORGANIZATION_JOIN_REQUEST_STATUS_LABELS, latest.status),
              })}
            </strong>{' '}
            {t(`organizations.join.statusHint.${latest.status}`)}
          </p>
          {latest.status === 'DECLINED' && latest.declineReason && (
            <p>
              {t('organizations.join.reason', {
                reason: label(ORGANIZATION_JOIN_DECLINE_REASON_LABELS, latest.declineReason),
              })}
            </p>
          )}
        </div>
      )}
      {latest?.status === 'PENDING' ? (
        <button
          className="button"
          type="button"
          disabled={withdrawing.loading}
          onClick={() => void takeBack(latest.id)}
        >
          {t('organizations.join.withdraw')}
        </button>
      ) : latest?.status === 'ACCEPTED' ? null : (
        <form onSubmit={(e) => void submit(e)} noValidate>
          <p>{t('organizations.join.lead')}</p>
          <div className="field">
            <label htmlFor="join-message">{t('organizations.join.message')}</label>
            <p className="hint" id="join-message-hint">
              {t('organizations.join.messageHint', { max: ORGANIZATION_LIMITS.joinMessageMax })}
            </p>
            <textarea
              id="join-message"
              value={message}
              maxLength={ORGANIZATION_LIMITS.joinMessageMax}
              aria-describedby="join-message-hint"
              onChange={(e) => setMessage(e.target.value)}
            />
          </div>
          <button className="button primary" type="submit" disabled={asking.loading}>
            {t('organizations.join.submit')}
          </button>
        </form>
      )}
      <FormError message={problem} />
    </div>
  );
}
