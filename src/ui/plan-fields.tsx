import type { Channel } from '../core/types';
import type { Bound } from './bind';
import { Select, TextInput } from './field';
import { t } from './i18n';
import { channelOrNotSaidOptions } from './labels';

/** A planned interview's start time, optional: the plan form and the outcome form's next interview ask it alike. */
export function StartTimeInput(p: Bound<string>) {
  return <TextInput {...p} type="time" label={t('interviewTimeLabel')} />;
}

/** A planned interview's channel (on site, video, phone), or not said. */
export function ChannelSelect(p: Bound<Channel | ''>) {
  return <Select {...p} label={t('channelLabel')} options={channelOrNotSaidOptions()} />;
}
