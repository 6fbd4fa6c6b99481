import { retryRuleOf } from '../core/outcomes';
import type { Reminder } from '../core/types';
import { BeforeCall } from '../ui/before-call';
import { CallScript } from '../ui/call-script';
import { OutcomeForm, type OutcomeFormProps } from '../ui/outcome-form';
import type { CallScriptProps } from '../ui/call-script';
import type { Tracked } from './api';

export type PopupOutcomeFormProps = Omit<OutcomeFormProps, 'retry' | 'application' | 'reminderId' | 'lastStage'> & {
  tracked: Tracked;
  /** The due reminder this call answers (core/reminders.ts answeredReminder). */
  answered: Reminder | undefined;
} & Pick<CallScriptProps, 'me' | 'prompt'>;

/**
 * The popup's outcome mode: what to have at hand and what to say, then the shared outcome form with
 * what one more silent call leads to (core/outcomes.ts retryRuleOf). One chunk, loaded when shown.
 */
export function PopupOutcomeForm({ tracked, answered, me, prompt, ...props }: PopupOutcomeFormProps) {
  const { application, interviews, events, reminders } = tracked;
  return (
    <>
      <BeforeCall interview={interviews[0]} level={2} />
      <CallScript
        role={application.posting.title}
        interview={interviews[0]}
        reminder={answered}
        events={events}
        level={2}
        me={me}
        prompt={prompt}
        contacts={application.contacts}
      />
      <OutcomeForm
        {...props}
        application={application}
        reminderId={answered?.id}
        lastStage={interviews[0]?.stage}
        retry={retryRuleOf({ settings: props.settings, latest: interviews[0], events, reminders })}
      />
    </>
  );
}
