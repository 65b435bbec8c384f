import { useTranslation } from 'react-i18next';
import { isApiError } from '../app/api.ts';

/** The message of a failed API call: the server's text (already in the user's language) or a fallback. */
export function useErrorMessage(): (error: unknown) => string {
  const { t } = useTranslation();
  return (error) => {
    if (isApiError(error)) {
      if (error.code === 'NETWORK') return t('errors.network');
      if (error.message) return error.message;
    }
    return t('errors.generic');
  };
}

/** An error box for a failed request, announced to screen readers. */
export function ErrorAlert({ error, heading }: { error: unknown; heading?: string }) {
  const { t } = useTranslation();
  const messageOf = useErrorMessage();
  const requestId = isApiError(error) ? error.requestId : null;
  return (
    <div className="alert alert-error" role="alert">
      <div className="alert-body">
        {heading ? <p className="alert-heading">{heading}</p> : null}
        <p className="alert-text">
          {messageOf(error)}
          {requestId ? (
            <span className="app-request-id"> {t('errors.requestId', { id: requestId })}</span>
          ) : null}
        </p>
      </div>
    </div>
  );
}
