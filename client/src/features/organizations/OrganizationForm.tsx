// Its coordinators keep the organization's directory entry: what it offers, where, and how to reach it.
import {
  COUNTRY_LABELS,
  LANGUAGE_LABELS,
  LANGUAGES,
  NEED_CODES,
  NEED_LABELS,
  NETWORK_COUNTRY_CODES,
  ORGANIZATION_LIMITS,
  SUPPORT_KIND_LABELS,
  SUPPORT_KINDS,
  type CountryCode,
  type LanguageCode,
  type Need,
  type SupportKind,
} from '@aliadas/shared';
import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../app/errors';
import { useLabel } from '../../app/vocabulary';
import { CheckboxGroup, FormError, TextField } from '../../components/forms';
import type { OrganizationFieldsFragment as Organization } from '../../gql/graphql';
import { UpdateOrganizationMutation } from './organizations.documents';

export function OrganizationForm({
  organization,
  onDone,
}: {
  organization: Organization;
  onDone: (saved: boolean) => void;
}) {
  const { t } = useTranslation();
  const label = useLabel();
  const [update, updating] = useMutation(UpdateOrganizationMutation);
  const [countries, setCountries] = useState<CountryCode[]>(organization.countries);
  const [languages, setLanguages] = useState<LanguageCode[]>(organization.languages as LanguageCode[]);
  const [services, setServices] = useState<SupportKind[]>(organization.services);
  const [needs, setNeeds] = useState<Need[]>(organization.needs);
  const [text, setText] = useState({
    name: organization.name,
    description: organization.description,
    website: organization.website ?? '',
    phone: organization.phone ?? '',
    email: organization.email ?? '',
    address: organization.address ?? '',
  });
  const [problem, setProblem] = useState<string | null>(null);

  const field = (name: keyof typeof text) => ({
    value: text[name],
    onChange: (e: { target: { value: string } }) => setText({ ...text, [name]: e.target.value }),
  });
  const orNull = (value: string) => value.trim() || null;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setProblem(null);
    if (countries.length === 0 || languages.length === 0) {
      setProblem(t('organizations.form.missing'));
      return;
    }
    const input = {
      name: text.name.trim(),
      description: text.description.trim(),
      countries,
      languages,
      services,
      needs,
      website: orNull(text.website),
      phone: orNull(text.phone),
      email: orNull(text.email),
      address: orNull(text.address),
      isExample: organization.isExample,
    };
    try {
      await update({ variables: { id: organization.id, input } });
      onDone(true);
    } catch (error) {
      setProblem(errorMessage(t, error));
    }
  }

  return (
    <form className="card organization-form" onSubmit={(e) => void submit(e)} aria-labelledby="organization-form-title">
      <h2 id="organization-form-title">{t('organizations.form.title')}</h2>
      <TextField label={t('organizations.form.name')} required minLength={2} maxLength={120} {...field('name')} />
      <div className="field">
        <label htmlFor="organization-description">{t('organizations.form.description')}</label>
        <textarea
          id="organization-description"
          required
          maxLength={ORGANIZATION_LIMITS.descriptionMax}
          {...field('description')}
        />
      </div>
      <CheckboxGroup
        legend={t('organizations.form.countries')}
        name="organization-countries"
        choices={NETWORK_COUNTRY_CODES.map((code) => ({ value: code, label: label(COUNTRY_LABELS, code) }))}
        selected={countries}
        onChange={setCountries}
      />
      <CheckboxGroup
        legend={t('organizations.form.languages')}
        name="organization-languages"
        choices={LANGUAGES.map((l) => ({ value: l.code, label: label(LANGUAGE_LABELS, l.code) }))}
        selected={languages}
        onChange={setLanguages}
      />
      <CheckboxGroup
        legend={t('organizations.form.services')}
        name="organization-services"
        choices={SUPPORT_KINDS.map((code) => ({ value: code, label: label(SUPPORT_KIND_LABELS, code) }))}
        selected={services}
        onChange={setServices}
      />
      <CheckboxGroup
        legend={t('organizations.form.needs')}
        name="organization-needs"
        choices={NEED_CODES.map((code) => ({ value: code, label: label(NEED_LABELS, code) }))}
        selected={needs}
        onChange={setNeeds}
      />
      <p className="hint">{t('organizations.form.contactHint')}</p>
      <TextField
        label={t('organizations.website')}
        hint={t('organizations.form.websiteHint')}
        type="url"
        maxLength={ORGANIZATION_LIMITS.websiteMax}
        {...field('website')}
      />
      <TextField label={t('organizations.phone')} type="tel" maxLength={30} {...field('phone')} />
      <TextField
        label={t('organizations.email')}
        type="email"
        maxLength={ORGANIZATION_LIMITS.emailMax}
        {...field('email')}
      />
      <TextField label={t('organizations.address')} maxLength={ORGANIZATION_LIMITS.addressMax} {...field('address')} />
      <FormError message={problem} />
      <div className="actions">
        <button className="button primary" type="submit" disabled={updating.loading}>
          {updating.loading ? t('shell.saving') : t('organizations.form.save')}
        </button>
        <button className="button" type="button" onClick={() => onDone(false)}>
          {t('organizations.form.cancel')}
        </button>
      </div>
    </form>
  );
}
