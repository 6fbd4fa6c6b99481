import { useRef } from 'preact/hooks';
import { LIMITS, type NextStep } from '../../core/types';
import { binder } from '../bind';
import { fieldId, TextInput } from '../field';
import { t } from '../i18n';
import { emptyStep } from './form-state';
import type { SectionProps } from './section';

/** The next steps a convinced interviewer announced (docs/method.md §2): with whom, and when if known. */
export function NextSteps({ s, update, err }: SectionProps) {
  const addRef = useRef<HTMLButtonElement>(null);
  const steps = s.nextSteps;
  const bindStep = (i: number) =>
    binder(
      steps[i]!,
      (change: (step: NextStep) => NextStep) =>
        update((x) => ({ ...x, nextSteps: x.nextSteps.map((step, j) => (j === i ? change(step) : step)) })),
      err,
      `nextSteps.${i}.`,
    );

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
      {steps.map((_, i) => {
        const bind = bindStep(i);
        return (
          <fieldset class="step" key={i}>
            <legend class="step-legend">{t('nextStepN', String(i + 1))}</legend>
            <TextInput {...bind('withWhom')} label={t('nextStepWithWhom')} />
            <TextInput {...bind('when')} type="date" label={t('nextStepWhen')} />
            {steps.length > 1 && (
              <button type="button" class="link" onClick={() => remove(i)}>
                {t('nextStepRemove', String(i + 1))}
              </button>
            )}
          </fieldset>
        );
      })}
      {steps.length < LIMITS.nextSteps && (
        <button type="button" class="secondary" ref={addRef} onClick={add}>
          {t('nextStepAdd')}
        </button>
      )}
    </fieldset>
  );
}
