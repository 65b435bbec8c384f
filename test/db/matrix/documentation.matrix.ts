// Authorisation-matrix cases of the courses module's documentation routes (placeholder until the part is built).
import type { MatrixModule } from './matrix-types.ts';

export const documentationMatrix: MatrixModule = { cases: {} };
