// Authorisation-matrix cases of the budgets module's routes.
import type { MatrixModule } from './matrix-types.ts';

export const budgetsMatrix: MatrixModule = { cases: {} };
