// The interpreter of a match's conversation, shown above its messages: the consent each woman is asked
// for, who interprets now with "end her part", and, to the interpreter, that she is here to interpret.
import { LANGUAGE_LABELS, type LanguageCode } from '@aliadas/shared';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../app/errors';
import { useLabel } from '../../app/vocabulary';
import { FormError } from '../../components/forms';
import type { ConversationInterpretersQuery as Result } from '../../gql/graphql';
import {
  AnswerInterpreterProposalMutation,
  ConversationInterpretersQuery,
  EndInterpreterAssignmentMutation,
} from '../../app/interpreters.documents';

type Assignment = Result['conversationInterpreters'][number];

export function InterpreterPanel({ conversationId, meId }: { conversationId: string; meId: string }) {
  const { data } = useQuery(ConversationInterpretersQuery, {
    variables: { conversationId },
    fetchPolicy: 'cache-and-network',
  });
  const assignments = data?.conversationInterpreters ?? [];
  if (assignments.length === 0) return null;
  return (
    <>
      {assignments.map((a) => (
        <InterpreterNotice key={a.id} assignment={a} conversationId={conversationId} meId={meId} />
      ))}
    </>
  );
}

function InterpreterNotice({
  assignment: a,
  conversationId,
  meId,
}: {
  assignment: Assignment;
  conversationId: string;
  meId: string;
}) {
  const { t } = useTranslation();
  const label = useLabel();
  const refetchQueries = [{ query: ConversationInterpretersQuery, variables: { conversationId } }];
  const [answer, answering] = useMutation(AnswerInterpreterProposalMutation, { refetchQueries });
  const [end, ending] = useMutation(EndInterpreterAssignmentMutation, { refetchQueries });
  const [problem, setProblem] = useState<string | null>(null);
  const languages = t('interpreters.languages', {
    entrepreneurLanguage: label(LANGUAGE_LABELS, a.entrepreneurLanguage as LanguageCode),
    supporterLanguage: label(LANGUAGE_LABELS, a.supporterLanguage as LanguageCode),
  });

  async function act(action: () => Promise<unknown>) {
    setProblem(null);
    try {
      await action();
    } catch (error) {
      setProblem(errorMessage(t, error));
    }
  }

  if (a.interpreterId === meId) {
    return (
      <aside className="card interpreter-notice" aria-label={t('interpreters.title')}>
        <p>{t('interpreters.youInterpret', { languages })}</p>
      </aside>
    );
  }
  const myConsent = a.mySide === 'ENTREPRENEUR' ? a.entrepreneurConsented : a.supporterConsented;
  return (
    <aside className="card interpreter-notice" aria-label={t('interpreters.title')}>
      {a.status === 'PROPOSED' ? (
        <>
          <p>{t('interpreters.proposed', { name: a.interpreterName })}</p>
          <p>{languages}</p>
          <p>{t('interpreters.privacy')}</p>
          {a.mySide && !myConsent ? (
            <div className="actions" role="group" aria-label={t('interpreters.consentQuestion')}>
              <button
                className="button primary"
                type="button"
                disabled={answering.loading}
                onClick={() => void act(() => answer({ variables: { assignmentId: a.id, accept: true } }))}
              >
                {t('interpreters.accept')}
              </button>
              <button
                className="button"
                type="button"
                disabled={answering.loading}
                onClick={() => void act(() => answer({ variables: { assignmentId: a.id, accept: false } }))}
              >
                {t('interpreters.refuse')}
              </button>
            </div>
          ) : (
            <p role="status">{t('interpreters.waitingForOther')}</p>
          )}
        </>
      ) : (
        <>
          <p>{t('interpreters.present', { name: a.interpreterName })}</p>
          <p>{languages}</p>
          {a.mySide && (
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
        </>
      )}
      <FormError message={problem} />
    </aside>
  );
}
