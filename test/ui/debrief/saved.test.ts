import { describe, expect, it } from 'vitest';
import { newestFirst, savedInterview } from '../../../src/ui/debrief/saved';
import { makeInterview, makeReply, NOW } from '../../popup/helpers';

describe('savedInterview and newestFirst', () => {
  it('rebuilds the stored interview from the reply and orders by interview time', () => {
    const reply = makeReply(NOW + 7 * 86400000);
    const { id, applicationId, createdAt, ...debrief } = makeInterview({ interviewAt: NOW });
    const saved = savedInterview(reply, debrief);
    expect(saved).toMatchObject({ id: 'int-new', applicationId: 'app-new', interviewAt: NOW });
    const older = makeInterview({ id: 'old', interviewAt: NOW - 1000 });
    expect(newestFirst([older, saved]).map((i) => i.id)).toEqual(['int-new', 'old']);
  });
});
