/**
 * The welcome page, opened once on install: how to pin the icon, the method in five steps
 * (docs/method.md §1–§5) and the keyboard shortcut. It gets the shortcut from main.tsx and never
 * sees the browser.
 */
import { Fragment } from 'preact';
import { t } from '../ui/i18n';
import { PinPicture } from './pin-picture';
import { SUGGESTED_SHORTCUT, type ShortcutState } from './shortcut';

/** The method's five steps, in the order of docs/method.md. */
const STEPS: readonly (readonly [title: string, text: string])[] = [
  ['welcomeStep1Title', 'welcomeStep1Text'],
  ['welcomeStep2Title', 'welcomeStep2Text'],
  ['welcomeStep3Title', 'welcomeStep3Text'],
  ['welcomeStep4Title', 'welcomeStep4Text'],
  ['welcomeStep5Title', 'welcomeStep5Text'],
];

/** The keys of a shortcut, each in its own <kbd>, joined by "+" as the browser writes them. */
function Keys({ keys }: { keys: readonly string[] }) {
  return (
    <kbd class="shortcut">
      {keys.map((key, i) => (
        <Fragment key={key}>
          {i > 0 && '+'}
          <kbd>{key}</kbd>
        </Fragment>
      ))}
    </kbd>
  );
}

/** The whole page. */
export function Welcome({ shortcut }: { shortcut: ShortcutState }) {
  return (
    <main class="welcome">
      <header class="welcome-header">
        <img src="icons/icon-48.png" alt="" width={48} height={48} />
        <h1>{t('welcomeTitle')}</h1>
      </header>
      <p class="lead">{t('welcomeLead')}</p>

      <section aria-labelledby="pin-heading">
        <h2 id="pin-heading">{t('welcomePinHeading')}</h2>
        <div class="pin">
          <div>
            <p>{t('welcomePinIntro')}</p>
            <ol class="pin-steps">
              <li>{t('welcomePinStep1')}</li>
              <li>{t('welcomePinStep2')}</li>
              <li>{t('welcomePinStep3')}</li>
            </ol>
            <p class="hint">{t('welcomePinFirefox')}</p>
          </div>
          <PinPicture />
        </div>
      </section>

      <section aria-labelledby="method-heading">
        <h2 id="method-heading">{t('welcomeMethodHeading')}</h2>
        <p>{t('welcomeMethodIntro')}</p>
        <ol class="method">
          {STEPS.map(([title, text]) => (
            <li key={title}>
              <h3>{t(title)}</h3>
              <p>{t(text)}</p>
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="shortcut-heading">
        <h2 id="shortcut-heading">{t('welcomeShortcutHeading')}</h2>
        {shortcut.kind === 'set' ? (
          <p>
            {t('welcomeShortcutText')} <Keys keys={shortcut.keys} />
          </p>
        ) : (
          <p>{t('welcomeShortcutUnset', SUGGESTED_SHORTCUT)}</p>
        )}
        <p class="hint">{t('welcomeShortcutChange')}</p>
      </section>

      <footer class="welcome-footer">
        <p>{t('welcomePrivacy')}</p>
        <p>{t('welcomeOnce')}</p>
      </footer>
    </main>
  );
}
