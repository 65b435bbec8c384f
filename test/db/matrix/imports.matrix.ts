// Authorisation-matrix cases of the imports module's routes (placeholder until the module is built).
import type { MatrixModule } from './matrix-types.ts';

export const importsMatrix: MatrixModule = { cases: {} };
