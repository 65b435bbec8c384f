// Authorisation-matrix cases of the courses module's talks routes (placeholder until the part is built).
import type { MatrixModule } from './matrix-types.ts';

export const talksMatrix: MatrixModule = { cases: {} };
