// A coordinator adds or changes one entry of the directory.
import {
  COUNTRY_LABELS,
  LANGUAGE_LABELS,
  LANGUAGES,
  NETWORK_COUNTRY_CODES,
  SERVICE_CATEGORIES,
  SERVICE_CATEGORY_LABELS,
  type CountryCode,
  type LanguageCode,
  type ServiceCategory,
} from '@aliadas/shared';
import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../app/errors';
import { useLabel } from '../../app/vocabulary';
import { CheckboxGroup, FormError, SelectField, TextField } from '../../components/forms';
import type { ServiceEntryFieldsFragment as Entry } from '../../gql/graphql';
import { CreateServiceEntryMutation, UpdateServiceEntryMutation } from './services.documents';

export function ServiceForm({
  entry,
  defaultCountry,
  onDone,
}: {
  entry: Entry | null;
  defaultCountry: CountryCode | null;
  onDone: (saved: boolean) => void;
}) {
  const { t } = useTranslation();
  const label = useLabel();
  const [create, created] = useMutation(CreateServiceEntryMutation);
  const [update, updated] = useMutation(UpdateServiceEntryMutation);
  const [country, setCountry] = useState<CountryCode | ''>(entry?.country ?? defaultCountry ?? '');
  const [category, setCategory] = useState<ServiceCategory | ''>((entry?.category as ServiceCategory) ?? '');
  const [languages, setLanguages] = useState<LanguageCode[]>((entry?.languages as LanguageCode[]) ?? ['es']);
  const [text, setText] = useState({
    name: entry?.name ?? '',
    description: entry?.description ?? '',
    phone: entry?.phone ?? '',
    website: entry?.website ?? '',
    address: entry?.address ?? '',
    hours: entry?.hours ?? '',
  });
  const [emergency, setEmergency] = useState(entry?.emergency ?? false);
  const [isExample, setIsExample] = useState(entry?.isExample ?? false);
  const [problem, setProblem] = useState<string | null>(null);
  const saving = created.loading || updated.loading;

  const field = (name: keyof typeof text) => ({
    value: text[name],
    onChange: (e: { target: { value: string } }) => setText({ ...text, [name]: e.target.value }),
  });
  const orNull = (value: string) => value.trim() || null;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setProblem(null);
    if (!country || !category || languages.length === 0) {
      setProblem(t('services.form.missing'));
      return;
    }
    const input = {
      country,
      category,
      languages,
      name: text.name.trim(),
      description: text.description.trim(),
      phone: orNull(text.phone),
      website: orNull(text.website),
      address: orNull(text.address),
      hours: orNull(text.hours),
      emergency,
      isExample,
    };
    try {
      if (entry) await update({ variables: { id: entry.id, input } });
      else await create({ variables: { input } });
      onDone(true);
    } catch (error) {
      setProblem(errorMessage(t, error));
    }
  }

  return (
    <form className="card" onSubmit={(e) => void submit(e)} aria-labelledby="service-form-title">
      <h2 id="service-form-title">{entry ? t('services.form.titleEdit') : t('services.form.titleNew')}</h2>
      <TextField label={t('services.form.name')} required minLength={2} maxLength={120} {...field('name')} />
      <TextField
        label={t('services.form.description')}
        hint={t('services.form.descriptionHint')}
        required
        maxLength={600}
        {...field('description')}
      />
      <SelectField
        label={t('services.country')}
        choices={NETWORK_COUNTRY_CODES.map((code) => ({ value: code, label: label(COUNTRY_LABELS, code) }))}
        value={country}
        onChange={setCountry}
        emptyLabel={t('shell.choose')}
        required
      />
      <SelectField
        label={t('services.category')}
        choices={SERVICE_CATEGORIES.map((code) => ({ value: code, label: label(SERVICE_CATEGORY_LABELS, code) }))}
        value={category}
        onChange={setCategory}
        emptyLabel={t('shell.choose')}
        required
      />
      <CheckboxGroup
        legend={t('services.form.languages')}
        name="service-languages"
        choices={LANGUAGES.map((l) => ({ value: l.code, label: label(LANGUAGE_LABELS, l.code) }))}
        selected={languages}
        onChange={setLanguages}
      />
      <TextField
        label={t('services.form.phone')}
        hint={t('services.form.phoneHint')}
        type="tel"
        maxLength={30}
        {...field('phone')}
      />
      <TextField
        label={t('services.form.website')}
        hint={t('services.form.websiteHint')}
        type="url"
        maxLength={300}
        {...field('website')}
      />
      <TextField label={t('services.form.address')} maxLength={300} {...field('address')} />
      <TextField
        label={t('services.form.hours')}
        hint={t('services.form.hoursHint')}
        maxLength={200}
        {...field('hours')}
      />
      <div className="option">
        <input
          id="service-emergency"
          type="checkbox"
          checked={emergency}
          onChange={(e) => setEmergency(e.target.checked)}
        />
        <label htmlFor="service-emergency">{t('services.form.emergency')}</label>
      </div>
      <div className="option">
        <input
          id="service-example"
          type="checkbox"
          checked={isExample}
          onChange={(e) => setIsExample(e.target.checked)}
        />
        <label htmlFor="service-example">{t('services.form.isExample')}</label>
      </div>
      <FormError message={problem} />
      <div className="actions">
        <button className="button primary" type="submit" disabled={saving}>
          {saving ? t('shell.saving') : t('services.form.save')}
        </button>
        <button className="button" type="button" onClick={() => onDone(false)}>
          {t('services.form.cancel')}
        </button>
      </div>
    </form>
  );
}
