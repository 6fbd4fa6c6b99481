import { useRef } from 'preact/hooks';
import { LIMITS, type NextStep } from '../../core/types';
import { fieldId, TextInput } from '../field';
import { t } from '../i18n';
import { emptyStep } from './form-state';
import type { SectionProps } from './section';

/** The next steps a convinced interviewer announced (method.md §2): with whom, and when if known. */
export function NextSteps({ s, update, err }: SectionProps) {
  const addRef = useRef<HTMLButtonElement>(null);
  const steps = s.nextSteps;
  const setStep = (i: number, change: Partial<NextStep>) =>
    update((x) => ({ ...x, nextSteps: x.nextSteps.map((step, j) => (j === i ? { ...step, ...change } : step)) }));

  const add = () => {
    update((x) => ({ ...x, nextSteps: [...x.nextSteps, emptyStep()] }));
    // The new row exists after the render; put the cursor in it.
    const id = fieldId(`nextSteps.${steps.length}.withWhom`);
    setTimeout(() => document.getElementById(id)?.focus());
  };
  const remove = (i: number) => {
    update((x) => ({ ...x, nextSteps: x.nextSteps.filter((_, j) => j !== i) }));
    addRef.current?.focus();
  };

  return (
    <fieldset class="group">
      <legend>{t('nextStepsLegend')}</legend>
      {steps.map((step, i) => (
        <fieldset class="step" key={i}>
          <legend class="step-legend">{t('nextStepN', String(i + 1))}</legend>
          <TextInput
            id={fieldId(`nextSteps.${i}.withWhom`)}
            label={t('nextStepWithWhom')}
            value={step.withWhom}
            error={err(`nextSteps.${i}.withWhom`)}
            onValue={(withWhom) => setStep(i, { withWhom })}
          />
          <TextInput
            id={fieldId(`nextSteps.${i}.when`)}
            type="date"
            label={t('nextStepWhen')}
            value={step.when}
            error={err(`nextSteps.${i}.when`)}
            onValue={(when) => setStep(i, { when })}
          />
          {steps.length > 1 && (
            <button type="button" class="link" onClick={() => remove(i)}>
              {t('nextStepRemove', String(i + 1))}
            </button>
          )}
        </fieldset>
      ))}
      {steps.length < LIMITS.nextSteps && (
        <button type="button" class="secondary" ref={addRef} onClick={add}>
          {t('nextStepAdd')}
        </button>
      )}
    </fieldset>
  );
}
