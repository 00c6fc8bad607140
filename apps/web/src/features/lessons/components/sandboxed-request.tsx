import { useTranslation } from 'react-i18next';
import { fillPlaceholders } from '@teapot/lessons';
import { useSandbox } from '../hooks/use-sandbox.ts';
import type { RenderWorkbench } from '../types.ts';

export interface SandboxedRequestProps {
  request: string;
  renderWorkbench: RenderWorkbench;
  compact?: boolean;
}

/**
 * A prefilled request; when it names `{{token}}`, the learner first gets a sandbox of their
 * own (a visible `POST /tokens`), and the token is filled in.
 */
export function SandboxedRequest({ request, renderWorkbench, compact }: SandboxedRequestProps) {
  const { t } = useTranslation();
  const needsToken = request.includes('{{token}}');
  const sandbox = useSandbox({ auto: needsToken });
  if (needsToken && !sandbox.ready) return <p role="status">{t('lessons.sandboxPending')}</p>;
  const initialRequest = sandbox.token ? fillPlaceholders(request, { token: sandbox.token }) : request;
  return <>{renderWorkbench({ initialRequest, onExchange: () => undefined, compact })}</>;
}
