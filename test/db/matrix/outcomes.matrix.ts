// Authorisation-matrix cases of the outcomes module's routes (placeholder until the module is built).
import type { MatrixModule } from './matrix-types.ts';

export const outcomesMatrix: MatrixModule = { cases: {} };
