// Publishing a workshop, or changing one: the time is typed as the clock reads in the chosen zone.
import {
  COUNTRY_LABELS,
  COUNTRY_CODES,
  LANGUAGE_LABELS,
  LANGUAGES,
  NEED_CODES,
  NEED_LABELS,
  WORKSHOP_LIMITS,
  WORKSHOP_MODALITIES,
  type CountryCode,
  type LanguageCode,
  type Need,
  type WorkshopModality,
} from '@aliadas/shared';
import { useMutation } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../app/errors';
import { useLabel, useLocale } from '../../app/vocabulary';
import { FormError, SelectField, TextField } from '../../components/forms';
import type { WorkshopFieldsFragment as Workshop } from '../../gql/graphql';
import { herTimeZone, timeZoneChoices, zoneName } from './time';
import { PublishWorkshopMutation, UpdateWorkshopMutation } from './workshops.documents';

const L = WORKSHOP_LIMITS;

export function WorkshopForm({
  workshop,
  onDone,
}: {
  workshop: Workshop | null;
  onDone: (saved: Workshop | null) => void;
}) {
  const { t } = useTranslation();
  const label = useLabel();
  const locale = useLocale();
  const descriptionId = useId();
  const zones = timeZoneChoices();
  const [title, setTitle] = useState(workshop?.title ?? '');
  const [description, setDescription] = useState(workshop?.description ?? '');
  const [topic, setTopic] = useState<Need | ''>(workshop?.topic ?? '');
  const [language, setLanguage] = useState<LanguageCode | ''>((workshop?.language as LanguageCode) ?? locale);
  const [localStart, setLocalStart] = useState(workshop?.localStart ?? '');
  const [timeZone, setTimeZone] = useState(workshop?.timeZone ?? herTimeZone());
  const [duration, setDuration] = useState(String(workshop?.durationMinutes ?? 90));
  const [modality, setModality] = useState<WorkshopModality>(workshop?.modality ?? 'ONLINE');
  const [meetingLink, setMeetingLink] = useState(workshop?.meetingLink ?? '');
  const [place, setPlace] = useState(workshop?.place ?? '');
  const [city, setCity] = useState(workshop?.city ?? '');
  const [country, setCountry] = useState<CountryCode | ''>(workshop?.country ?? '');
  const [seats, setSeats] = useState(String(workshop?.seats ?? 20));
  const [problem, setProblem] = useState<string | null>(null);
  const [publish, publishing] = useMutation(PublishWorkshopMutation);
  const [update, updating] = useMutation(UpdateWorkshopMutation);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setProblem(null);
    if (!topic || !language) {
      setProblem(t('workshops.form.missing'));
      return;
    }
    const online = modality === 'ONLINE';
    const input = {
      title,
      description,
      topic,
      language,
      localStart,
      timeZone,
      durationMinutes: Number(duration),
      modality,
      meetingLink: online ? meetingLink.trim() || null : null,
      place: online ? null : place.trim() || null,
      city: online ? null : city.trim() || null,
      country: online ? null : country || null,
      seats: Number(seats),
    };
    try {
      if (workshop) {
        const result = await update({ variables: { id: workshop.id, input } });
        onDone(result.data?.updateWorkshop ?? null);
      } else {
        const result = await publish({ variables: { input } });
        onDone(result.data?.publishWorkshop ?? null);
      }
    } catch (error) {
      setProblem(errorMessage(t, error));
    }
  }

  const busy = publishing.loading || updating.loading;
  const online = modality === 'ONLINE';
  return (
    <form className="card workshop-form" onSubmit={(e) => void submit(e)} aria-labelledby="workshop-form-title">
      <h2 id="workshop-form-title">{workshop ? t('workshops.form.editTitle') : t('workshops.form.newTitle')}</h2>
      <TextField
        label={t('workshops.form.title')}
        value={title}
        required
        minLength={L.title.min}
        maxLength={L.title.max}
        onChange={(e) => setTitle(e.target.value)}
      />
      <div className="field">
        <label htmlFor={descriptionId}>{t('workshops.form.description')}</label>
        <textarea
          id={descriptionId}
          value={description}
          required
          rows={4}
          minLength={L.description.min}
          maxLength={L.description.max}
          onChange={(e) => setDescription(e.target.value)}
        />
      </div>
      <SelectField<Need>
        label={t('workshops.form.topic')}
        choices={NEED_CODES.map((code) => ({ value: code, label: label(NEED_LABELS, code) }))}
        value={topic}
        onChange={setTopic}
        emptyLabel={t('workshops.form.choose')}
        required
      />
      <SelectField<LanguageCode>
        label={t('workshops.form.language')}
        choices={LANGUAGES.map((l) => ({ value: l.code, label: label(LANGUAGE_LABELS, l.code) }))}
        value={language}
        onChange={setLanguage}
        required
      />
      <TextField
        label={t('workshops.form.start')}
        hint={t('workshops.form.startHint')}
        type="datetime-local"
        value={localStart}
        required
        onChange={(e) => setLocalStart(e.target.value)}
      />
      <SelectField<string>
        label={t('workshops.form.timeZone')}
        choices={zones.map((zone) => ({ value: zone, label: `${zoneName(zone)} (${zone})` }))}
        value={timeZone}
        onChange={(next) => setTimeZone(next || herTimeZone())}
        required
      />
      <TextField
        label={t('workshops.form.duration')}
        type="number"
        inputMode="numeric"
        min={L.durationMinutes.min}
        max={L.durationMinutes.max}
        value={duration}
        required
        onChange={(e) => setDuration(e.target.value)}
      />
      <SelectField<WorkshopModality>
        label={t('workshops.form.modality')}
        choices={WORKSHOP_MODALITIES.map((m) => ({ value: m, label: t(`workshops.modalities.${m}`) }))}
        value={modality}
        onChange={(next) => setModality(next || 'ONLINE')}
        required
      />
      {online ? (
        <TextField
          label={t('workshops.form.meetingLink')}
          hint={t('workshops.form.meetingLinkHint')}
          type="url"
          value={meetingLink}
          required
          maxLength={L.meetingLink}
          placeholder="https://"
          onChange={(e) => setMeetingLink(e.target.value)}
        />
      ) : (
        <>
          <TextField
            label={t('workshops.form.place')}
            hint={t('workshops.form.placeHint')}
            value={place}
            maxLength={L.place}
            onChange={(e) => setPlace(e.target.value)}
          />
          <TextField
            label={t('workshops.form.city')}
            value={city}
            required
            maxLength={L.city}
            onChange={(e) => setCity(e.target.value)}
          />
          <SelectField<CountryCode>
            label={t('workshops.form.country')}
            choices={COUNTRY_CODES.map((code) => ({ value: code, label: label(COUNTRY_LABELS, code) }))}
            value={country}
            onChange={setCountry}
            emptyLabel={t('workshops.form.choose')}
            required
          />
        </>
      )}
      <TextField
        label={t('workshops.form.seats')}
        type="number"
        inputMode="numeric"
        min={L.seats.min}
        max={L.seats.max}
        value={seats}
        required
        onChange={(e) => setSeats(e.target.value)}
      />
      <FormError message={problem} />
      <div className="actions">
        <button className="button primary" type="submit" disabled={busy}>
          {workshop ? t('workshops.form.save') : t('workshops.form.publish')}
        </button>
        <button className="button" type="button" onClick={() => onDone(null)}>
          {t('workshops.form.close')}
        </button>
      </div>
    </form>
  );
}
