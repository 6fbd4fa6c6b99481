import { contactNamed } from '../../core/debrief-contacts';
import type { Contact, SynthesisChecklist } from '../../core/types';
import { Checklist } from '../checkbox';
import { Select, TextInput } from '../field';
import { t } from '../i18n';
import { stageOrNotSaidOptions } from '../labels';
import { withInterviewAt } from './form-state';
import type { SectionProps } from './section';

const SYNTHESIS: readonly [keyof SynthesisChecklist, string][] = [
  ['enoughInformation', 'synthesisEnoughInformation'],
  ['strengthsPutForward', 'synthesisStrengths'],
  ['nextStepPlanned', 'synthesisNextStep'],
  ['askedImpression', 'synthesisAskedImpression'],
];

/** When, at which stage and with whom; then the quick synthesis of docs/method.md §1 and §2. */
export function InterviewFields({ update, bind, settings, contacts = [] }: SectionProps & { contacts?: readonly Contact[] }) {
  const name = bind('interviewerName');
  // Picked from the application's contacts: their role comes along when none was typed.
  const pick = (v: string) =>
    update((x) => {
      const known = contactNamed(contacts, v);
      return { ...x, interviewerName: v, interviewerRole: x.interviewerRole || known?.role || '' };
    });
  return (
    <>
      <fieldset class="group">
        <legend>{t('interviewLegend')}</legend>
        <TextInput
          {...bind('interviewAt')}
          type="datetime-local"
          label={t('interviewAtLabel')}
          onValue={(v) => update((x) => withInterviewAt(x, v, settings))}
        />
        <Select {...bind('stage')} label={t('stageLabel')} options={stageOrNotSaidOptions()} />
        <div class="row">
          <TextInput
            {...name}
            onValue={contacts.length ? pick : name.onValue}
            list={contacts.length ? 'known-contacts' : undefined}
            label={t('interviewerNameLabel')}
            autoComplete="off"
          />
          {contacts.length > 0 && (
            <datalist id="known-contacts">
              {contacts.map((c) => (
                <option key={c.id} value={c.name} label={c.role || undefined} />
              ))}
            </datalist>
          )}
          <TextInput {...bind('interviewerRole')} label={t('interviewerRoleLabel')} />
        </div>
      </fieldset>
      <Checklist {...bind('synthesis')} legend={t('synthesisLegend')} items={SYNTHESIS} />
    </>
  );
}
