// Authorisation-matrix cases of the agreements module's routes.
import type { MatrixModule } from './matrix-types.ts';

export const agreementsMatrix: MatrixModule = { cases: {} };
