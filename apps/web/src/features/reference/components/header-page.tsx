import { useTranslation } from 'react-i18next';
import type { HeaderDoc } from '../types.ts';
import { referencePath } from '../utils/paths.ts';
import { Badge } from './badge.tsx';
import { DetailHeader, EntryIntro, Facts, Section, StatusLinks } from './detail-parts.tsx';

export interface HeaderPageProps {
  entry: HeaderDoc;
  /** Status codes that require or usually carry this field. */
  usedBy: number[];
  reasons: ReadonlyMap<number, string>;
}

/** One header field: what it does, where it goes, its syntax and the status codes that use it. */
export function HeaderPage({ entry, usedBy, reasons }: HeaderPageProps) {
  const { t } = useTranslation();
  return (
    <article>
      <DetailHeader
        back={referencePath('headers')}
        title={entry.name}
        badges={
          <Badge tone={entry.standard === 'standard' ? 'neutral' : 'warn'}>
            {t(`reference.header.standard.${entry.standard}`)}
          </Badge>
        }
      />
      <EntryIntro entry={entry} />
      <Facts
        items={[
          { label: t('reference.header.role'), value: t(`reference.header.roles.${entry.role}`) },
          {
            label: t('reference.header.category'),
            value: t(`reference.header.categories.${entry.category}`, { defaultValue: entry.category }),
          },
        ]}
      />
      {entry.syntax && (
        <Section title={t('reference.header.syntax')}>
          <pre className="rounded-md bg-slate-100 p-2 font-mono text-sm whitespace-pre-wrap break-words dark:bg-slate-900">
            {entry.syntax}
          </pre>
        </Section>
      )}
      {usedBy.length > 0 && (
        <Section title={t('reference.header.usedBy')}>
          <StatusLinks codes={usedBy} reasons={reasons} />
        </Section>
      )}
    </article>
  );
}
