// Which languages she speaks and how well: a checkbox per language, a level for each one checked.
import {
  LANGUAGE_LABELS,
  LANGUAGE_LEVEL_LABELS,
  LANGUAGE_LEVELS,
  LANGUAGES,
  type LanguageCode,
  type LanguageLevel,
} from '@aliadas/shared';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useLabel } from '../app/vocabulary';

export interface LanguageChoice {
  language: LanguageCode;
  level: LanguageLevel;
}

export function LanguagesField({
  legend,
  value,
  onChange,
}: {
  legend: string;
  value: readonly LanguageChoice[];
  onChange: (next: LanguageChoice[]) => void;
}) {
  const { t } = useTranslation();
  const label = useLabel();
  const id = useId();
  const levelOf = (code: LanguageCode) => value.find((v) => v.language === code)?.level;

  function toggle(code: LanguageCode, on: boolean) {
    onChange(on ? [...value, { language: code, level: 'FLUENT' }] : value.filter((v) => v.language !== code));
  }
  function setLevel(code: LanguageCode, level: LanguageLevel) {
    onChange(value.map((v) => (v.language === code ? { ...v, level } : v)));
  }

  return (
    <fieldset className="choices">
      <legend>{legend}</legend>
      {LANGUAGES.map(({ code, name }) => {
        const level = levelOf(code);
        const own = label(LANGUAGE_LABELS, code);
        return (
          <div key={code} className={level ? 'option checked language-option' : 'option language-option'}>
            <input
              id={`${id}-${code}`}
              type="checkbox"
              checked={level !== undefined}
              onChange={(e) => toggle(code, e.target.checked)}
            />
            <label htmlFor={`${id}-${code}`}>
              <span>
                {own}
                {own !== name && (
                  <span className="description" lang={code}>
                    {name}
                  </span>
                )}
              </span>
            </label>
            {level && (
              <select
                aria-label={t('profile.languageLevelOf', { language: own })}
                value={level}
                onChange={(e) => setLevel(code, e.target.value as LanguageLevel)}
              >
                {LANGUAGE_LEVELS.map((l) => (
                  <option key={l} value={l}>
                    {label(LANGUAGE_LEVEL_LABELS, l)}
                  </option>
                ))}
              </select>
            )}
          </div>
        );
      })}
    </fieldset>
  );
}
