import { useTranslation } from 'react-i18next';
import { ApiError } from '../lib/api-client.ts';

/** A readable message for a failure of the playground itself (never for a mock API 4xx/5xx). */
export function ErrorMessage({ error }: { error: unknown }) {
  const { t } = useTranslation();
  let text = t('errors.unknown');
  if (error instanceof ApiError) {
    if (error.status === null) text = t('errors.network');
    else if (error.problem?.code)
      text = t(`errors.problem.${error.problem.code}`, { defaultValue: error.message });
    else text = t('errors.status', { status: error.status, detail: error.message });
  }
  return (
    <div
      role="alert"
      className="mb-4 rounded-md border border-red-400 bg-red-50 p-3 text-sm text-red-900 dark:bg-red-950/50 dark:text-red-200"
    >
      <p className="font-semibold">{t('errors.title')}</p>
      <p>{text}</p>
    </div>
  );
}
