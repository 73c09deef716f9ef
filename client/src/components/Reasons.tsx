import { useTranslation } from 'react-i18next';
import { reasonText, type ReasonLike } from '../app/reasons';
import { useLabel } from '../app/vocabulary';

/** The reasons of a proposal or recommendation, largest first, as a short list. */
export function Reasons({ reasons, limit = 4 }: { reasons: readonly ReasonLike[]; limit?: number }) {
  const { t } = useTranslation();
  const label = useLabel();
  const lines = reasons
    .map((r) => reasonText(t, label, r, 'reasons'))
    .filter((line): line is string => Boolean(line))
    .slice(0, limit);
  if (lines.length === 0) return null;
  return (
    <ul className="reasons">
      {lines.map((line) => (
        <li key={line}>{line}</li>
      ))}
    </ul>
  );
}
