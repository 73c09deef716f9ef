// The data saver switch, at the foot of every page: remembered on this device.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { setDataSaver, useDataSaver } from '../app/data-saver';
import { warmUp } from '../app/service-worker';

export function DataSaverToggle() {
  const { t } = useTranslation();
  const on = useDataSaver();
  const hint = useId();
  return (
    <div className="data-saver">
      <label>
        <input
          type="checkbox"
          checked={on}
          aria-describedby={hint}
          onChange={(event) => {
            setDataSaver(event.target.checked);
            if (!event.target.checked) warmUp();
          }}
        />{' '}
        {t('offline.dataSaver')}
      </label>
      <p id={hint} className="hint">
        {t('offline.dataSaverHint')}
      </p>
    </div>
  );
}
