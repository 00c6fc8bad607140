import { useTranslation } from 'react-i18next';
import type { RuleDoc } from '../types.ts';
import { Badge } from './badge.tsx';

/** How strong a rule is (MUST, SHOULD, MAY in BCP 14 terms) and where it comes from. */
export function RuleBadges({ rule }: { rule: Pick<RuleDoc, 'level' | 'source'> }) {
  const { t } = useTranslation();
  return (
    <>
      <Badge tone={rule.level === 'must' ? 'warn' : 'neutral'}>
        {t(`reference.rule.level.${rule.level}`)}
      </Badge>
      <Badge>{t(`reference.rule.source.${rule.source}`)}</Badge>
    </>
  );
}
