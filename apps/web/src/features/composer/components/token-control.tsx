import { useTranslation } from 'react-i18next';
import { Button, Spinner } from '../../../components/button.tsx';
import { shortToken } from '../../../lib/token.ts';

export interface TokenControlProps {
  token: string | null;
  busy: boolean;
  onGet: () => void;
  onForget: () => void;
}

/** The learner's sandbox token: its state, "Get a token" / "New sandbox", and "Forget". */
export function TokenControl({ token, busy, onGet, onForget }: TokenControlProps) {
  const { t } = useTranslation();
  return (
    <div
      className="flex flex-wrap items-center gap-2 text-sm"
      role="group"
      aria-label={t('composer.token.group')}
    >
      <span className="text-slate-700 dark:text-slate-300" data-testid="token-state">
        {token ? (
          <>
            {t('composer.token.have')}{' '}
            <code className="rounded bg-slate-100 px-1 dark:bg-slate-800">{shortToken(token)}</code>
          </>
        ) : (
          t('composer.token.none')
        )}
      </span>
      <Button size="sm" onClick={onGet} disabled={busy} aria-busy={busy}>
        {busy && <Spinner />}
        {token ? t('composer.token.renew') : t('composer.token.get')}
      </Button>
      {token && (
        <Button size="sm" variant="ghost" onClick={onForget}>
          {t('composer.token.forget')}
        </Button>
      )}
    </div>
  );
}
