// How a promise reads: its name (the kind, or another promise's own name), the promised value with its
// direction ("mindst 10", "højst 12,5") and the recorded value, in the user's language. Used by the
// agreement page and the follow-up meeting's agenda.
import { useTranslation } from 'react-i18next';
import type { PromiseKind, PromiseStatus } from '../../../shared/agreements/promise.constants.ts';
import { formatTenths } from '../../../shared/agreements/promise-values.ts';
import { useLanguage } from '../../components/useLanguage.ts';

interface PromiseLike {
  kind: PromiseKind;
  label: string | null;
  unit: string | null;
  promisedTenths: number;
}

export const STATUS_BADGE: Record<PromiseStatus, string> = {
  met: 'badge badge-success',
  not_met: 'badge badge-warning',
  not_recorded: 'badge',
  not_measurable: 'badge badge-info',
};

export function usePromiseFormat() {
  const { t } = useTranslation('agreements');
  const language = useLanguage();
  const number = (tenths: number) => formatTenths(tenths, language);
  const withUnit = (promise: PromiseLike, tenths: number) =>
    promise.unit ? `${number(tenths)} ${promise.unit}` : number(tenths);
  return {
    name: (promise: PromiseLike) => promise.label ?? t(`promises.kind.${promise.kind}`),
    promised: (promise: PromiseLike) => {
      const value = withUnit(promise, promise.promisedTenths);
      if (promise.kind === 'mentor_ratio') return t('promises.atMost', { value });
      if (promise.kind === 'other') return value;
      return t('promises.atLeast', { value });
    },
    /** "Registreres ikke i indsats" for a kind indsats does not record, a dash when it cannot be measured. */
    recorded: (promise: PromiseLike, tenths: number | null) =>
      tenths !== null
        ? withUnit(promise, tenths)
        : promise.kind === 'other'
          ? t('promises.statusName.not_recorded')
          : '–',
    status: (status: PromiseStatus) => t(`promises.statusName.${status}`),
  };
}
