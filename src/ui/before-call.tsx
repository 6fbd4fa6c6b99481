import type { Interview } from '../core/types';
import { Fact } from './fact';
import { t } from './i18n';

export interface BeforeCallProps {
  interview: Interview | undefined;
  level: 2 | 3;
  /** Only the recovery note, when the interview went badly (the application's page, whatever comes next). */
  recoveryOnly?: boolean;
}

/**
 * What to have at hand before the next contact, from the latest interview: whom to ask for, the weak
 * point named, the next people. When it went badly, a recovery note instead: a poor impression is made
 * up for with the other people in the process, not by one call (docs/method.md §5), so the note names
 * them and what to address with them. Nothing when there is nothing.
 */
export function BeforeCall({ interview: i, level, recoveryOnly }: BeforeCallProps) {
  if (!i) return null;
  const badly = i.feeling === 'badly';
  if (recoveryOnly && !badly) return null;
  const who = recoveryOnly ? '' : [i.interviewerName, i.interviewerRole].filter(Boolean).join(', ');
  const others = [badly ? i.recoveryContacts : '', ...i.nextSteps.map((s) => s.withWhom)].map((x) => x.trim()).filter(Boolean);
  if (!badly && !who && !i.weakPoint && !others.length) return null;
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section class={badly ? 'before-call recovery' : 'before-call'} aria-labelledby="before-call-heading">
      <Heading id="before-call-heading">{t(badly ? 'recoveryNoteHeading' : 'beforeCallHeading')}</Heading>
      {badly && <p class="encourage">{t('beforeCallWentBadly')}</p>}
      <dl class="facts">
        <Fact label={t('interviewerLabel')}>{who}</Fact>
        <Fact label={t(badly ? 'peopleToConvinceLabel' : 'nextInterlocutorsLabel')}>{others.join(' · ')}</Fact>
        <Fact label={t('recoveryTopicsLabel')}>{badly ? i.recoveryTopics : ''}</Fact>
        {/* Already in what to address when the recovery plan took it up (withFeeling prefills it). */}
        <Fact label={t('weakPointLabel')}>{badly && i.recoveryTopics.includes(i.weakPoint) ? '' : i.weakPoint}</Fact>
      </dl>
    </section>
  );
}
