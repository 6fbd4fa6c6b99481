import type { CardDraft } from '../core/closing-card';
import type { Application, DebriefInput, Settings } from '../core/types';
import type { SaveDebriefReply } from '../messages/protocol';
import { DebriefForm } from '../ui/debrief/debrief-form';
import type { FormOutput } from '../ui/debrief/form-state';
import { t } from '../ui/i18n';
import { formFromCard } from './hand-over';

export interface PanelDebriefProps {
  application: Application;
  draft: CardDraft | null;
  settings: Settings;
  now: number;
  save: (output: FormOutput) => Promise<SaveDebriefReply>;
  onSaved: (reply: SaveDebriefReply, debrief: DebriefInput) => void;
  onCancel: () => void;
}

/**
 * "The interview is over": the debrief form, pre-filled from the card (hand-over.ts). Its own chunk,
 * out of the card's first paint; the panel loads it once the card is shown.
 */
export function PanelDebrief({ application, draft, settings, now, save, onSaved, onCancel }: PanelDebriefProps) {
  return (
    <>
      {/* Which interview this debrief is of: opened from "how did it go?", the card was not seen before. */}
      <p class="company">
        {application.posting.company} · {application.posting.title}
      </p>
      <DebriefForm
        heading={t('formHeadingNew')}
        posting={{
          title: application.posting.title,
          company: application.posting.company,
          location: application.posting.location,
          url: application.posting.url,
        }}
        initial={formFromCard(application, draft, now, settings)}
        hidePosting
        settings={settings}
        now={now}
        save={save}
        onSaved={onSaved}
        onCancel={onCancel}
      />
    </>
  );
}
