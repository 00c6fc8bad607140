import { ruleSubjects } from '@teapot/http-notes';
import { useTranslation } from 'react-i18next';
import type { RuleDoc } from '../types.ts';
import { referencePath } from '../utils/paths.ts';
import { DetailHeader, EntryIntro, Facts, NameLinks, Section, StatusLinks } from './detail-parts.tsx';
import { RuleBadges } from './rule-badges.tsx';

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
      {about.methods.length > 0 && (
        <Section title={t('reference.rule.aboutMethod')}>
          <NameLinks kind="methods" names={about.methods} hasPage={(m) => knownMethods.has(m)} />
        </Section>
      )}
    </article>
  );
}
