import { useTranslation } from 'react-i18next';
import type { MatchReasonCode } from '../gql/graphql';
import { SelectField } from './forms';

/** Why a match is declined, rejected or ended: a code for the record, in her language. */
export function ReasonPicker({
  label,
  codes,
  value,
  onChange,
}: {
  label: string;
  codes: readonly MatchReasonCode[];
  value: MatchReasonCode | '';
  onChange: (next: MatchReasonCode | '') => void;
}) {
  const { t } = useTranslation();
  return (
    <SelectField<MatchReasonCode>
      label={label}
      choices={codes.map((code) => ({ value: code, label: t(`matchReasons.${code}`) }))}
      value={value}
      onChange={onChange}
      emptyLabel={t('shell.choose')}
      required
    />
  );
}
