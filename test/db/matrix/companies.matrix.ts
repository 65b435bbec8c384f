// Authorisation-matrix cases of the companies module's routes.
import type { MatrixModule } from './matrix-types.ts';

export const companiesMatrix: MatrixModule = { cases: {} };
