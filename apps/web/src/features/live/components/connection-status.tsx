import { useTranslation } from 'react-i18next';
import type { LiveState } from '../types.ts';

const DOT: Record<LiveState, string> = {
  idle: 'bg-slate-400',
  connecting: 'bg-amber-500 animate-pulse',
  reconnecting: 'bg-amber-500 animate-pulse',
  open: 'bg-emerald-600',
  full: 'bg-red-600',
  error: 'bg-red-600',
};

/** The live connection's state, as a coloured dot and words (announced when it changes). */
export function ConnectionStatus({ state }: { state: LiveState }) {
  const { t } = useTranslation();
  return (
    <p role="status" data-state={state} className="flex items-center gap-2 text-sm">
      <span aria-hidden className={`h-2.5 w-2.5 rounded-full ${DOT[state]}`} />
      {t(`live.state.${state}`)}
    </p>
  );
}
