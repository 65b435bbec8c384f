// Authorisation-matrix cases of the courses module's courses routes (placeholder until the part is built).
import type { MatrixModule } from './matrix-types.ts';

export const coursesMatrix: MatrixModule = { cases: {} };
