import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePageTitle } from '../../components/usePageTitle.ts';

/** A page that only explains: the title and text come from the `notFound` or `forbidden` texts. */
function ExplanationPage({ texts }: { texts: 'notFound' | 'forbidden' }) {
  const { t } = useTranslation();
  usePageTitle(t(`${texts}.title`));
  return (
    <>
      <h1>{t(`${texts}.title`)}</h1>
      <p className="font-lead">{t(`${texts}.text`)}</p>
      <p>
        <Link to="/">{t('notFound.home')}</Link>
      </p>
    </>
  );
}

/** Unknown addresses. */
export function NotFoundPage() {
  return <ExplanationPage texts="notFound" />;
}

/** A page the user's roles do not include. */
export function ForbiddenPage() {
  return <ExplanationPage texts="forbidden" />;
}
