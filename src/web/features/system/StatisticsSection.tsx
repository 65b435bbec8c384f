import { useTranslation } from 'react-i18next';

/** Analysts and procurement: aggregates only, never personal data (statistics pages come later). */
export function StatisticsSection() {
  const { t } = useTranslation();
  return (
    <section className="app-section" aria-labelledby="statistics-heading">
      <h2 id="statistics-heading">{t('home.statistics.heading')}</h2>
      <p>{t('home.statistics.text')}</p>
      <p className="app-muted">{t('home.statistics.comingLater')}</p>
    </section>
  );
}
