// Authorisation-matrix cases of the courses module's referrals routes (placeholder until the part is built).
import type { MatrixModule } from './matrix-types.ts';

export const referralsMatrix: MatrixModule = { cases: {} };
