// Small helpers of the referral pages: the UI language, dates in its format, and today in Copenhagen.
export { useDate } from '../language.ts';

/** Today's date in Copenhagen, YYYY-MM-DD (the date a referral is made on, unless changed). */
export { copenhagenToday as todayInCopenhagen } from '../../../components/format.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return UUID.test(value);
}
