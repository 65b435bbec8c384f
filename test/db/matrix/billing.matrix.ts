// Authorisation-matrix cases of the courses module's billing routes (placeholder until the part is built).
import type { MatrixModule } from './matrix-types.ts';

export const billingMatrix: MatrixModule = { cases: {} };
