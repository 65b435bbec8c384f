// A bid's attached files (its solution description as PDF, CVs, …): links to download them, and for
// procurement before the decision a file field (read in the browser, sent as base64) and remove buttons.
import { useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_ATTACHMENT_BYTES, MAX_ATTACHMENT_LABEL } from '../../../shared/tenders/attachment-limits.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { attachmentUrl, useAddAttachment, useDeleteAttachment, type BidView } from './evaluation.api.ts';

export function BidAttachments({ bid }: { bid: BidView }) {
  const { t } = useTranslation('tenders');
  const add = useAddAttachment();
  const remove = useDeleteAttachment();
  const [tooLarge, setTooLarge] = useState(false);
  const upload = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    setTooLarge(false);
    if (!file) return;
    if (file.size > MAX_ATTACHMENT_BYTES) {
      setTooLarge(true);
      return;
    }
    const reader = new FileReader();
    reader.onload = () => {
      const dataUrl = String(reader.result);
      add.mutate({
        bidId: bid.id,
        input: {
          fileName: file.name,
          contentType: file.type || 'application/octet-stream',
          contentBase64: dataUrl.slice(dataUrl.indexOf(',') + 1),
        },
      });
    };
    reader.readAsDataURL(file);
    event.target.value = '';
  };
  return (
    <fieldset className="agr-fieldset">
      <legend className="form-label">{t('evaluation.bids.attachmentsLegend')}</legend>
      {add.isError ? <ErrorAlert error={add.error} /> : null}
      {tooLarge ? (
        <div className="alert alert-error" role="alert">
          <p className="alert-text">{t('evaluation.bids.tooLarge', { max: MAX_ATTACHMENT_LABEL })}</p>
        </div>
      ) : null}
      <ul className="nobullet-list">
        {bid.attachments.map((a) => (
          <li key={a.id}>
            <a href={attachmentUrl(a.id)} download={a.fileName}>
              {a.fileName}
            </a>{' '}
            <button type="button" className="button button-tertiary" onClick={() => remove.mutate(a.id)}>
              {t('evaluation.bids.removeAttachment', { name: a.fileName })}
            </button>
          </li>
        ))}
      </ul>
      <div className="form-group">
        <label className="form-label" htmlFor={`attach-${bid.id}`}>
          {t('evaluation.bids.attachFile')}
        </label>
        <span className="form-hint" id={`attach-${bid.id}-hint`}>
          {t('evaluation.bids.attachHint', { max: MAX_ATTACHMENT_LABEL })}
        </span>
        <input
          id={`attach-${bid.id}`}
          type="file"
          className="form-input"
          aria-describedby={`attach-${bid.id}-hint`}
          onChange={upload}
        />
      </div>
    </fieldset>
  );
}
