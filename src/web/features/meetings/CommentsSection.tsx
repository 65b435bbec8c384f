// The comments on a meeting and its actions, oldest first, and the form to add one (the provider's lead and
// the administration).
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../components/useLanguage.ts';
import { formatDateTime } from '../../components/format.ts';
import { useAddComment, type Meeting } from './meeting.api.ts';
import { SelectField, TextAreaField } from '../../components/form/fields.tsx';
import { summaryOf, useFormErrors, useFormValues } from '../../components/form/form-state.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { Saved } from '../../components/StatusMessage.tsx';

const FIELDS = ['body', 'actionId'] as const;
type FieldName = (typeof FIELDS)[number];

function CommentForm({ meeting, onAdded }: { meeting: Meeting; onAdded: () => void }) {
  const { t } = useTranslation('meetings');
  const add = useAddComment(meeting.id);
  const errors = useFormErrors('comment', FIELDS);
  const labels: Record<FieldName, string> = { body: t('comments.body'), actionId: t('comments.actionId') };
  const { values, setValues, control } = useFormValues(() => ({ body: '', actionId: '' }), errors, labels);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    add.mutate(
      { body: values.body, actionId: values.actionId || null },
      {
        onSuccess: () => {
          errors.reset();
          setValues({ body: '', actionId: '' });
          onAdded();
        },
        onError: errors.fail,
      },
    );
  };
  const actions = meeting.actions.map((a) => ({ value: a.id, label: a.text }));
  return (
    <>
      <ErrorSummary {...summaryOf(errors, labels)} />
      <form onSubmit={submit} noValidate className="app-form">
        {actions.length > 0 ? (
          <SelectField {...control('actionId')} options={actions} placeholder={t('comments.actionNone')} />
        ) : null}
        <TextAreaField {...control('body')} required />
        <button type="submit" className="button button-primary" disabled={add.isPending}>
          {t('comments.add')}
        </button>
      </form>
    </>
  );
}

export function CommentsSection({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation('meetings');
  const language = useLanguage();
  const [added, setAdded] = useState(false);
  const actionText = new Map(meeting.actions.map((a) => [a.id, a.text]));
  return (
    <section className="app-section" aria-labelledby="comments-heading">
      <h2 id="comments-heading">{t('comments.title')}</h2>
      {added ? <Saved>{t('comments.added')}</Saved> : null}
      {meeting.comments.length === 0 ? (
        <p className="app-empty">{t('comments.none')}</p>
      ) : (
        <ul className="app-comments">
          {meeting.comments.map((comment) => (
            <li key={comment.id}>
              <p className="app-muted">
                {t('comments.by', {
                  name: comment.author.name,
                  organisation: comment.author.organisationName,
                  date: formatDateTime(comment.createdAt, language),
                })}
                {comment.actionId && actionText.has(comment.actionId)
                  ? ` · ${t('comments.about', { text: actionText.get(comment.actionId) })}`
                  : null}
              </p>
              <p className="app-notes">{comment.body}</p>
            </li>
          ))}
        </ul>
      )}
      {meeting.canComment ? <CommentForm meeting={meeting} onAdded={() => setAdded(true)} /> : null}
    </section>
  );
}
