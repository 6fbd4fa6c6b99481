import type { Interview } from '../core/types';
import { Fact } from './fact';
import { t } from './i18n';

/**
 * What to have at hand before the follow-up call, from the latest interview: whom to ask for, the
 * weak point named, and when it went badly, the recovery plan and the next interlocutors (docs/method.md
 * §5: a poor impression is recovered with the company's other people). Nothing when there is nothing.
 */
export function BeforeCall({ interview: i, level }: { interview: Interview | undefined; level: 2 | 3 }) {
  if (!i) return null;
  const who = [i.interviewerName, i.interviewerRole].filter(Boolean).join(', ');
  const badly = i.feeling === 'badly';
  const next = [badly ? i.recoveryContacts : '', ...i.nextSteps.map((s) => s.withWhom)].map((x) => x.trim()).filter(Boolean);
  if (!who && !i.weakPoint && !next.length && !(badly && i.recoveryTopics)) return null;
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section class={badly ? 'before-call recovery' : 'before-call'} aria-labelledby="before-call-heading">
      <Heading id="before-call-heading">{t('beforeCallHeading')}</Heading>
      {badly && <p class="encourage">{t('beforeCallWentBadly')}</p>}
      <dl class="facts">
        <Fact label={t('interviewerLabel')}>{who}</Fact>
        <Fact label={t('weakPointLabel')}>{i.weakPoint}</Fact>
        <Fact label={t('recoveryTopicsLabel')}>{badly ? i.recoveryTopics : ''}</Fact>
        <Fact label={t('nextInterlocutorsLabel')}>{next.join(' · ')}</Fact>
      </dl>
    </section>
  );
}
