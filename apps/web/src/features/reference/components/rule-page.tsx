import { ruleSubjects } from '@teapot/http-notes';
import { useTranslation } from 'react-i18next';
import type { RuleDoc } from '../types.ts';
import { referencePath } from '../utils/paths.ts';
import { DetailHeader, EntryIntro, Facts, Section, StatusLinks } from './detail-parts.tsx';
import { RuleBadges } from './rule-badges.tsx';
import { Link } from '../../../components/link.tsx';
import { LINK_CLASS } from './link-style.ts';

export interface RulePageProps {
  entry: RuleDoc;
  reasons: ReadonlyMap<number, string>;
  /** Method names the reference has a page for. */
  knownMethods: ReadonlySet<string>;
}

/** One design rule: what to do, why (with a bad and a good example), its strength and its source. */
export function RulePage({ entry, reasons, knownMethods }: RulePageProps) {
  const { t } = useTranslation();
  const about = ruleSubjects(entry);
  const methods = about.methods.filter((m) => knownMethods.has(m));
  return (
    <article>
      <DetailHeader back={referencePath('rules')} title={entry.id} badges={<RuleBadges rule={entry} />} />
      <EntryIntro entry={entry} />
      <Facts
        items={[
          { label: t('reference.rule.strength'), value: t(`reference.rule.levelLong.${entry.level}`) },
          { label: t('reference.rule.from'), value: t(`reference.rule.sourceLong.${entry.source}`) },
          { label: t('reference.rule.topicLabel'), value: t(`reference.rule.topic.${entry.topic}`) },
        ]}
      />
      {entry.rulebook && (
        <Section title={t('reference.rule.rulebookName')}>
          <blockquote lang="en" className="border-l-4 border-slate-300 pl-3 italic dark:border-slate-600">
            {entry.rulebook}
          </blockquote>
        </Section>
      )}
      {about.statuses.length > 0 && (
        <Section title={t('reference.rule.aboutStatus')}>
          <StatusLinks codes={about.statuses} reasons={reasons} />
        </Section>
      )}
      {methods.length > 0 && (
        <Section title={t('reference.rule.aboutMethod')}>
          <ul className="flex flex-wrap gap-x-3 gap-y-1 font-mono text-sm">
            {methods.map((m) => (
              <li key={m}>
                <Link href={referencePath('methods', m)} className={LINK_CLASS}>
                  {m}
                </Link>
              </li>
            ))}
          </ul>
        </Section>
      )}
    </article>
  );
}
