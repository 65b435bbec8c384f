import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../components/format.ts';
import type { CourseDetail } from './course.api.ts';
import { useLanguage } from '../../../components/useLanguage.ts';

function Fact({ term, children, wide = false }: { term: string; children: ReactNode; wide?: boolean }) {
  return (
    <div className={wide ? 'app-details-wide' : undefined}>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** The course at a glance: citizen, provider, agreement, referral, people and dates. */
export function CourseFacts({ course }: { course: CourseDetail }) {
  const { t } = useTranslation('courses');
  const language = useLanguage();
  const date = (iso: string) => <time dateTime={iso}>{formatDate(iso, language)}</time>;
  const muted = (text: string) => <span className="app-muted">{text}</span>;
  const { referral } = course;
  return (
    <section className="app-section" aria-labelledby="course-facts-heading">
      <h2 id="course-facts-heading">{t('course.page.facts')}</h2>
      <dl className="app-details">
        <Fact term={t('course.page.status')}>{t(`course.statuses.${course.status}`)}</Fact>
        <Fact term={t('course.page.currentStage')}>
          {course.currentStage ? t(`course.stages.${course.currentStage}`) : muted(t('course.page.noStage'))}
        </Fact>
        <Fact term={t('course.page.cpr')}>
          <span className="app-nowrap">{course.citizen.cpr}</span>
        </Fact>
        <Fact term={t('course.page.district')}>
          {course.citizen.district ?? muted(t('course.page.noDistrict'))}
        </Fact>
        <Fact term={t('course.page.provider')}>{course.provider.name}</Fact>
        <Fact term={t('course.page.area')}>
          {course.agreement ? course.agreement.tenderAreaName : muted(t('course.page.noAgreement'))}
        </Fact>
        <Fact term={t('course.page.referral')}>
          {referral ? (
            <ul className="app-plain-list">
              <li>{t('course.page.referredOn', { date: formatDate(referral.referredOn, language) })}</li>
              {referral.outsideDistrict ? <li>{t('course.page.outsideDistrict')}</li> : null}
              {referral.outsideTargetGroup ? <li>{t('course.page.outsideTargetGroup')}</li> : null}
              <li>
                {referral.offerType ? t(`course.page.offer.${referral.offerType}`) : t('course.page.noOffer')}
                {referral.citizenResponse === 'refused' ? ` – ${t('course.page.refused')}` : ''}
              </li>
            </ul>
          ) : (
            muted(t('course.page.noReferral'))
          )}
        </Fact>
        <Fact term={t('course.page.mentor')}>{course.mentor?.name ?? muted(t('course.page.noMentor'))}</Fact>
        <Fact term={t('course.page.caseworkers')}>
          {course.caseworkers.length === 0 ? (
            muted(t('course.page.noCaseworkers'))
          ) : (
            <ul className="app-plain-list">
              {course.caseworkers.map((c) => (
                <li key={c.id}>{c.name}</li>
              ))}
            </ul>
          )}
        </Fact>
        <Fact term={t('course.page.period')}>
          {course.endsOn ? (
            <>
              {date(course.startsOn)} – {date(course.endsOn)}
            </>
          ) : (
            t('course.page.from', { date: formatDate(course.startsOn, language) })
          )}
        </Fact>
        <Fact term={t('course.page.plannedEnd')}>
          {course.plannedEndsOn ? date(course.plannedEndsOn) : muted(t('course.page.none'))}
        </Fact>
        {course.endsOn && course.endReason ? (
          <Fact term={t('course.page.end')}>
            {t('course.page.endValue', {
              date: formatDate(course.endsOn, language),
              reason: t(`course.endReasons.${course.endReason}`),
            })}
          </Fact>
        ) : null}
        {course.aftercareStartsOn ? (
          <Fact term={t('course.page.aftercare')}>
            {course.aftercareEndsOn
              ? t('course.page.aftercareEnded', {
                  from: formatDate(course.aftercareStartsOn, language),
                  to: formatDate(course.aftercareEndsOn, language),
                })
              : t('course.page.aftercareRunning', {
                  from: formatDate(course.aftercareStartsOn, language),
                  planned: course.aftercarePlannedEndsOn
                    ? formatDate(course.aftercarePlannedEndsOn, language)
                    : '',
                })}
          </Fact>
        ) : null}
      </dl>
    </section>
  );
}
