// Today's date as the server counts it (Copenhagen), YYYY-MM-DD, for the forms' default dates.
export { copenhagenToday as todayInCopenhagen } from '../../../components/format.ts';
