import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Profile, Reminder } from '../core/types';
import { CallScript } from '../ui/call-script';
import { t } from '../ui/i18n';
import type { PopupApi, Tracked } from './api';

export interface DueScriptProps {
  /** The due reminder the call answers. */
  reminder: Reminder;
  /** Reads the application with its interviews and timeline (the popup's own read, PopupApi.loadTracked). */
  load: PopupApi['loadTracked'];
  /** The disclosure button that names the script. */
  labelledBy: string;
  me?: Profile;
  prompt?: ComponentChildren;
}

type Read = { kind: 'reading' } | { kind: 'failed' } | { kind: 'read'; tracked: Tracked | null };

/**
 * A due call's script, opened from the due list: the application's debriefs, timeline and contacts
 * are read only now, for this one call (the list itself reads none of them). Its own chunk, loaded
 * when first opened (or once the popup is painted), so the popup's first script does not carry it.
 */
export function DueScript({ reminder, load, labelledBy, me, prompt }: DueScriptProps) {
  const [read, setRead] = useState<Read>({ kind: 'reading' });
  useEffect(() => {
    let live = true;
    load(reminder.applicationId).then(
      (tracked) => live && setRead({ kind: 'read', tracked }),
      () => live && setRead({ kind: 'failed' }),
    );
    return () => {
      live = false;
    };
  }, [reminder.applicationId]);

  if (read.kind === 'reading') return <p class="hint">{t('loading')}</p>;
  if (read.kind === 'failed') return <p class="alert">{t('errorLoad')}</p>;
  if (!read.tracked) return <p class="hint">{t('errorApplicationNotFound')}</p>;
  const { application, interviews, events } = read.tracked;
  if (!interviews[0]) return <p class="hint">{t('dueScriptNoInterview')}</p>;
  return (
    <CallScript
      role={application.posting.title}
      interview={interviews[0]}
      reminder={reminder}
      events={events}
      level={3}
      me={me}
      prompt={prompt}
      contacts={application.contacts}
      labelledBy={labelledBy}
    />
  );
}
