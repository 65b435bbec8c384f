// A document's party-hearing line (issue 12), under the work-capacity description and the final report:
// the status of its newest hearing ("Sendt til partshøring 01-12-2026, frist 15-12-2026") for both sides,
// and for the job centre the "Send til partshøring" action with the form on the spot.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { latestHearingOf, usePartyHearings } from './party-hearing.api.ts';
import { SendHearingForm } from './PartyHearingForms.tsx';
import { HearingStatusText } from './PartyHearingSection.tsx';
import { OpenFormButton } from '../../../components/form/fields.tsx';

export function DocumentHearing({
  courseId,
  subject,
  written,
  onMessage,
}: {
  courseId: string;
  subject: 'work_capacity' | 'final_report';
  /** Something has been written: only then is there anything to send. */
  written: boolean;
  onMessage: (text: string) => void;
}) {
  const { t } = useTranslation('courses');
  const query = usePartyHearings(courseId);
  const [sending, setSending] = useState(false);
  const buttonId = `doc-hearing-send-${subject}`;
  const close = () => {
    setSending(false);
    requestAnimationFrame(() => document.getElementById(buttonId)?.focus());
  };
  if (!query.data) return null;
  const latest = latestHearingOf(query.data.hearings, subject);
  const awaiting = latest !== undefined && latest.outcome === null;
  return (
    <div className="doc-hearing">
      {latest ? (
        <p>
          <HearingStatusText hearing={latest} />
        </p>
      ) : null}
      {query.data.canManage && written && !awaiting && !sending ? (
        <OpenFormButton
          id={buttonId}
          label={t('documentation.hearings.sendLabel', {
            subject: t(`documentation.hearings.subjects.${subject}`).toLowerCase(),
          })}
          onClick={() => setSending(true)}
        />
      ) : null}
      {sending ? (
        <SendHearingForm
          courseId={courseId}
          subject={subject}
          plans={[]}
          onCancel={close}
          onDone={(message) => {
            close();
            onMessage(message);
          }}
        />
      ) : null}
    </div>
  );
}
