import { useTranslation } from 'react-i18next';
import type { SpecLink as Spec } from '../types.ts';
import { LINK_CLASS } from './link-style.ts';

/** "RFC 9110 §15.5.6", or the host name for specs that are not RFCs. */
export function specName(spec: Spec): string {
  if (spec.rfc) return spec.section ? `${spec.rfc} §${spec.section}` : spec.rfc;
  try {
    return new URL(spec.url).hostname;
  } catch {
    return spec.url;
  }
}

/** A link to the defining section of the spec, opening in a new tab. */
export function SpecLink({ spec }: { spec: Spec }) {
  const { t } = useTranslation();
  return (
    <a href={spec.url} target="_blank" rel="noreferrer" className={`text-sm ${LINK_CLASS}`}>
      {t('reference.readSpec', { spec: specName(spec) })}
    </a>
  );
}
