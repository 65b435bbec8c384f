// Authorisation-matrix cases of the tenders module's routes.
import type { MatrixModule } from './matrix-types.ts';

export const tendersMatrix: MatrixModule = { cases: {} };
