// A coordinator's page for one match's interpreter: who was proposed and where each stands, ending a
// part, and the interpreters who share a language with each woman. The address carries only the match id.
import { LANGUAGE_LABELS, type LanguageCode } from '@aliadas/shared';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { errorMessage } from '../../app/errors';
import { RequireSignedIn } from '../../app/RequireSignedIn';
import { useLabel } from '../../app/vocabulary';
import { AppLink } from '../../components/AppLink';
import { FormError } from '../../components/forms';
import {
  EndInterpreterAssignmentMutation,
  MatchInterpretersQuery,
  ProposeInterpreterMutation,
} from '../../app/interpreters.documents';

export default function MatchInterpreterPage() {
  const { matchId = '' } = useParams();
  return (
    <RequireSignedIn roles={['COORDINATOR', 'ADMIN']}>{() => <MatchInterpreter matchId={matchId} />}</RequireSignedIn>
  );
}

function MatchInterpreter({ matchId }: { matchId: string }) {
  const { t } = useTranslation();
  const label = useLabel();
  const { data, loading, error } = useQuery(MatchInterpretersQuery, {
    variables: { matchId },
    fetchPolicy: 'cache-and-network',
  });
  const refetchQueries = [{ query: MatchInterpretersQuery, variables: { matchId } }];
  const [propose, proposing] = useMutation(ProposeInterpreterMutation, { refetchQueries });
  const [end, ending] = useMutation(EndInterpreterAssignmentMutation, { refetchQueries });
  const [problem, setProblem] = useState<string | null>(null);
  const languages = (a: { entrepreneurLanguage: string; supporterLanguage: string }) =>
    t('interpreters.languages', {
      entrepreneurLanguage: label(LANGUAGE_LABELS, a.entrepreneurLanguage as LanguageCode),
      supporterLanguage: label(LANGUAGE_LABELS, a.supporterLanguage as LanguageCode),
    });

  async function act(action: () => Promise<unknown>) {
    setProblem(null);
    try {
      await action();
    } catch (failure) {
      setProblem(errorMessage(t, failure));
    }
  }

  const assignments = data?.matchInterpreters ?? [];
  const open = assignments.some((a) => a.status === 'PROPOSED' || a.status === 'ACTIVE');
  return (
    <section aria-labelledby="match-interpreter-title">
      <h1 id="match-interpreter-title">{t('interpreters.coordinatorTitle')}</h1>
      <p>{t('interpreters.coordinatorLead')}</p>
      {loading && !data && <p className="loading">{t('shell.loading')}</p>}
      {error && <p role="alert">{errorMessage(t, error)}</p>}
      <FormError message={problem} />
      {assignments.length > 0 && (
        <>
          <h2>{t('interpreters.history')}</h2>
          <ul className="cards">
            {assignments.map((a) => (
              <li key={a.id} className="card">
                <h3>{a.interpreterName}</h3>
                <p>{languages(a)}</p>
                <p>
                  {t(`interpreters.status.${a.status}`)}
                  {a.endReason && <> · {t(`interpreters.endReason.${a.endReason}`)}</>}
                </p>
                {a.status === 'PROPOSED' && (
                  <p>
                    {t('interpreters.consents', {
                      entrepreneur: t(a.entrepreneurConsented ? 'interpreters.consented' : 'interpreters.notYet'),
                      supporter: t(a.supporterConsented ? 'interpreters.consented' : 'interpreters.notYet'),
                    })}
                  </p>
                )}
                {(a.status === 'PROPOSED' || a.status === 'ACTIVE') && (
                  <div className="actions">
                    <button
                      className="button"
                      type="button"
                      disabled={ending.loading}
                      onClick={() => void act(() => end({ variables: { assignmentId: a.id } }))}
                    >
                      {t('interpreters.endHerPart')}
                    </button>
                  </div>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      {!open && data && (
        <>
          <h2>{t('interpreters.candidates')}</h2>
          {data.interpreterCandidates.length === 0 ? (
            <p>{t('interpreters.noCandidates')}</p>
          ) : (
            <ul className="cards">
              {data.interpreterCandidates.map((c) => (
                <li key={c.userId} className="card">
                  <h3>{c.displayName}</h3>
                  <p>{languages(c)}</p>
                  <div className="actions">
                    <button
                      className="button primary"
                      type="button"
                      disabled={proposing.loading}
                      aria-label={t('interpreters.proposeNamed', { name: c.displayName })}
                      onClick={() => void act(() => propose({ variables: { matchId, interpreterId: c.userId } }))}
                    >
                      {t('interpreters.propose')}
                    </button>
                  </div>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      <div className="actions">
        <AppLink className="button" to="/coordinator">
          {t('interpreters.back')}
        </AppLink>
      </div>
    </section>
  );
}
