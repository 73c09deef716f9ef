// One workshop: what, when (in her time zone and in the workshop's), where; signing up, the waiting
// list and giving the seat back; for who manages it, changes, cancelling, the registrants and attendance.
import {
  COUNTRY_LABELS,
  LANGUAGE_LABELS,
  NEED_LABELS,
  type LanguageCode,
  type WorkshopAttendance,
} from '@aliadas/shared';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { errorMessage } from '../../app/errors';
import { RequireSignedIn } from '../../app/RequireSignedIn';
import type { Me } from '../../app/session';
import { useLabel, useLocale } from '../../app/vocabulary';
import { AppLink } from '../../components/AppLink';
import { FormError, Notice } from '../../components/forms';
import type { WorkshopFieldsFragment as Workshop } from '../../gql/graphql';
import { formatInZone, herTimeZone, zoneName } from './time';
import { PlaceLine } from './WorkshopCard';
import { WorkshopForm } from './WorkshopForm';
import {
  CancelWorkshopMutation,
  LeaveWorkshopMutation,
  MyWorkshopsQuery,
  RecordWorkshopAttendanceMutation,
  SignUpForWorkshopMutation,
  WorkshopQuery,
  WorkshopRegistrantsQuery,
} from './workshops.documents';
import './workshops.css';

export default function WorkshopPage() {
  const { workshopId = '' } = useParams();
  return <RequireSignedIn>{(me) => <WorkshopDetail id={workshopId} me={me} />}</RequireSignedIn>;
}

function WorkshopDetail({ id, me }: { id: string; me: Me }) {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(WorkshopQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const [editing, setEditing] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  if (loading && !data) return <p className="loading">{t('shell.loading')}</p>;
  const workshop = data?.workshop;
  if (!workshop) return <p role="alert">{error ? errorMessage(t, error) : t('errors.byCode.NOT_FOUND')}</p>;
  const open = workshop.status === 'PUBLISHED' && !workshop.started;
  return (
    <section aria-labelledby="workshop-title">
      <h1 id="workshop-title">{workshop.title}</h1>
      <PlaceLine workshop={workshop} />
      {notice && <Notice>{notice}</Notice>}
      {editing ? (
        <WorkshopForm
          workshop={workshop}
          onDone={(saved) => {
            setEditing(false);
            if (saved) setNotice(t('workshops.form.saved'));
          }}
        />
      ) : (
        <About workshop={workshop} />
      )}
      {me.roles.includes('ENTREPRENEUR') && !workshop.canManage && open && (
        <SignUp workshop={workshop} onNotice={setNotice} />
      )}
      {workshop.myPlace && workshop.myPlace.status === 'CONFIRMED' && workshop.started && (
        <p>{t('workshops.myAttendance', { value: t(`workshops.attendance.${workshop.myPlace.attendance}`) })}</p>
      )}
      {workshop.canManage && (
        <Manage workshop={workshop} editing={editing} onEdit={() => setEditing(true)} onNotice={setNotice} />
      )}
      <div className="actions">
        <AppLink className="button" to="/workshops">
          {t('workshops.back')}
        </AppLink>
      </div>
    </section>
  );
}

function About({ workshop }: { workshop: Workshop }) {
  const { t } = useTranslation();
  const label = useLabel();
  const locale = useLocale();
  const mine = herTimeZone();
  const hasSeat = workshop.myPlace?.status === 'CONFIRMED' || workshop.canManage;
  return (
    <div className="card">
      <p className="workshop-description">{workshop.description}</p>
      <dl className="workshop-facts">
        <dt>{t('workshops.topicLabel')}</dt>
        <dd>{label(NEED_LABELS, workshop.topic)}</dd>
        <dt>{t('workshops.languageLabel')}</dt>
        <dd>{label(LANGUAGE_LABELS, workshop.language as LanguageCode)}</dd>
        <dt>{t('workshops.yourTime', { zone: zoneName(mine) })}</dt>
        <dd>{formatInZone(workshop.startsAt, mine, locale)}</dd>
        {mine !== workshop.timeZone && (
          <>
            <dt>{t('workshops.workshopTime', { zone: zoneName(workshop.timeZone) })}</dt>
            <dd>{formatInZone(workshop.startsAt, workshop.timeZone, locale)}</dd>
          </>
        )}
        <dt>{t('workshops.durationLabel')}</dt>
        <dd>{t('workshops.minutes', { minutes: workshop.durationMinutes })}</dd>
        <dt>{t('workshops.whereLabel')}</dt>
        {workshop.modality === 'ONLINE' ? (
          <dd>
            {t('workshops.modalities.ONLINE')}
            {workshop.meetingLink ? (
              <>
                {' · '}
                <a href={workshop.meetingLink} target="_blank" rel="noopener noreferrer">
                  {t('workshops.joinLink')}
                </a>
              </>
            ) : (
              !hasSeat && <span className="hint"> · {t('workshops.linkForSeats')}</span>
            )}
          </dd>
        ) : (
          <dd>
            {[workshop.place, workshop.city, workshop.country ? label(COUNTRY_LABELS, workshop.country) : null]
              .filter(Boolean)
              .join(', ')}
            {!workshop.place && !hasSeat && <span className="hint"> · {t('workshops.placeForSeats')}</span>}
          </dd>
        )}
        <dt>{t('workshops.givenBy')}</dt>
        <dd>{workshop.organizerName}</dd>
        <dt>{t('workshops.seatsLabel')}</dt>
        <dd>
          {t('workshops.seatsTaken', { confirmed: workshop.confirmedCount, seats: workshop.seats })}
          {workshop.waitingCount > 0 && <> · {t('workshops.waitingCount', { count: workshop.waitingCount })}</>}
        </dd>
      </dl>
    </div>
  );
}

function SignUp({ workshop, onNotice }: { workshop: Workshop; onNotice: (text: string) => void }) {
  const { t } = useTranslation();
  const [problem, setProblem] = useState<string | null>(null);
  const refetchQueries = [MyWorkshopsQuery];
  const [signUp, signing] = useMutation(SignUpForWorkshopMutation, { refetchQueries });
  const [leave, leaving] = useMutation(LeaveWorkshopMutation, { refetchQueries });
  const place = workshop.myPlace;
  const holding = place && place.status !== 'CANCELLED';

  async function act(kind: 'join' | 'leave') {
    setProblem(null);
    try {
      if (kind === 'join') {
        const result = await signUp({ variables: { id: workshop.id } });
        const status = result.data?.signUpForWorkshop.myPlace?.status;
        onNotice(status === 'CONFIRMED' ? t('workshops.signedUp') : t('workshops.waitingExplained'));
      } else {
        await leave({ variables: { id: workshop.id } });
        onNotice(t('workshops.left'));
      }
    } catch (error) {
      setProblem(errorMessage(t, error));
    }
  }

  return (
    <div className="actions">
      {holding ? (
        <button className="button" type="button" disabled={leaving.loading} onClick={() => void act('leave')}>
          {place.status === 'WAITING' ? t('workshops.leaveWaitingList') : t('workshops.leave')}
        </button>
      ) : (
        <button className="button primary" type="button" disabled={signing.loading} onClick={() => void act('join')}>
          {workshop.seatsLeft > 0 ? t('workshops.signUp') : t('workshops.joinWaitingList')}
        </button>
      )}
      <FormError message={problem} />
    </div>
  );
}

function Manage({
  workshop,
  editing,
  onEdit,
  onNotice,
}: {
  workshop: Workshop;
  editing: boolean;
  onEdit: () => void;
  onNotice: (text: string) => void;
}) {
  const { t } = useTranslation();
  const [problem, setProblem] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [cancel, cancelling] = useMutation(CancelWorkshopMutation);
  const open = workshop.status === 'PUBLISHED' && !workshop.started;

  async function cancelIt() {
    setProblem(null);
    try {
      await cancel({ variables: { id: workshop.id } });
      setConfirming(false);
      onNotice(t('workshops.cancelledNotice'));
    } catch (error) {
      setProblem(errorMessage(t, error));
    }
  }

  return (
    <section className="card" aria-labelledby="manage-title">
      <h2 id="manage-title">{t('workshops.manageTitle')}</h2>
      {open && !editing && (
        <div className="actions">
          <button className="button" type="button" onClick={onEdit}>
            {t('workshops.edit')}
          </button>
          {!confirming && (
            <button className="button" type="button" onClick={() => setConfirming(true)}>
              {t('workshops.cancelWorkshop')}
            </button>
          )}
        </div>
      )}
      {confirming && (
        <div role="group" aria-label={t('workshops.cancelWorkshop')}>
          <p>{t('workshops.confirmCancel')}</p>
          <div className="actions">
            <button
              className="button danger"
              type="button"
              disabled={cancelling.loading}
              onClick={() => void cancelIt()}
            >
              {t('workshops.confirmCancelYes')}
            </button>
            <button className="button" type="button" onClick={() => setConfirming(false)}>
              {t('workshops.confirmCancelNo')}
            </button>
          </div>
        </div>
      )}
      <FormError message={problem} />
      <Registrants workshop={workshop} onNotice={onNotice} />
    </section>
  );
}

function Registrants({ workshop, onNotice }: { workshop: Workshop; onNotice: (text: string) => void }) {
  const { t } = useTranslation();
  const { data } = useQuery(WorkshopRegistrantsQuery, {
    variables: { id: workshop.id },
    fetchPolicy: 'cache-and-network',
  });
  const [record, recording] = useMutation(RecordWorkshopAttendanceMutation);
  const [marks, setMarks] = useState<Record<string, WorkshopAttendance>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const registrants = data?.workshopRegistrants ?? [];
  const confirmed = registrants.filter((r) => r.status === 'CONFIRMED');
  const waiting = registrants.filter((r) => r.status === 'WAITING');
  const takingAttendance = workshop.started && workshop.status === 'PUBLISHED' && confirmed.length > 0;

  async function save() {
    setProblem(null);
    const entries = confirmed.map((r) => ({ registrationId: r.id, attendance: marks[r.id] ?? r.attendance }));
    try {
      await record({ variables: { id: workshop.id, input: { entries } } });
      onNotice(t('workshops.attendanceSaved'));
    } catch (error) {
      setProblem(errorMessage(t, error));
    }
  }

  return (
    <>
      <h3>{t('workshops.registrantsTitle')}</h3>
      {registrants.length === 0 && <p>{t('workshops.noRegistrants')}</p>}
      {confirmed.length > 0 && (
        <ul className="registrants">
          {confirmed.map((r) => (
            <li key={r.id}>
              <span>{r.displayName}</span>
              {takingAttendance ? (
                <AttendanceChoice
                  name={r.displayName}
                  value={marks[r.id] ?? r.attendance}
                  onChange={(value) => setMarks({ ...marks, [r.id]: value })}
                />
              ) : (
                <span className="hint">{t('workshops.statusConfirmed')}</span>
              )}
            </li>
          ))}
        </ul>
      )}
      {waiting.length > 0 && (
        <>
          <h4>{t('workshops.waitingListTitle')}</h4>
          <ol className="registrants">
            {waiting.map((r) => (
              <li key={r.id}>{r.displayName}</li>
            ))}
          </ol>
        </>
      )}
      {takingAttendance ? (
        <div className="actions">
          <button className="button primary" type="button" disabled={recording.loading} onClick={() => void save()}>
            {t('workshops.saveAttendance')}
          </button>
        </div>
      ) : (
        workshop.status === 'PUBLISHED' &&
        confirmed.length > 0 && <p className="hint">{t('workshops.attendanceLater')}</p>
      )}
      <FormError message={problem} />
    </>
  );
}

function AttendanceChoice({
  name,
  value,
  onChange,
}: {
  name: string;
  value: WorkshopAttendance;
  onChange: (value: WorkshopAttendance) => void;
}) {
  const { t } = useTranslation();
  return (
    <label className="attendance">
      <span className="visually-hidden">{t('workshops.attendanceOf', { name })}</span>
      <select value={value} onChange={(e) => onChange(e.target.value as WorkshopAttendance)}>
        {(['UNKNOWN', 'ATTENDED', 'ABSENT'] as const).map((a) => (
          <option key={a} value={a}>
            {t(`workshops.attendance.${a}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
