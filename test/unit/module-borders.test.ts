// The lint rule that keeps server modules apart: another module is reached only through its service.
import path from 'node:path';
import { RuleTester } from 'eslint';
import { describe, it } from 'vitest';
import moduleBorders from '../../eslint-rules/module-borders.js';

RuleTester.describe = describe;
RuleTester.it = it;

const tester = new RuleTester({ languageOptions: { ecmaVersion: 2022, sourceType: 'module' } });
const file = (relative: string) => path.resolve('src/server/modules', relative);

tester.run('module-borders', moduleBorders, {
  valid: [
    {
      filename: file('courses/billing.rules.ts'),
      code: "import { priceOn } from '../agreements/agreement.service.ts';",
    },
    { filename: file('courses/services/task-list.ts'), code: "import { x } from '../talk.rules.ts';" },
    {
      filename: file('courses/course.service.ts'),
      code: "import { addDays } from '../../../shared/dates.ts';",
    },
    {
      filename: file('courses/course.service.ts'),
      code: "import { x } from '../../platform/audit/audit-request.ts';",
    },
    {
      filename: path.resolve('src/cli/report.command.ts'),
      code: "import { x } from '../server/modules/outcomes/outcome.rules.ts';",
    },
    { filename: file('courses/course.service.ts'), code: "import fs from 'node:fs';" },
  ],
  invalid: [
    {
      filename: file('courses/billing.rules.ts'),
      code: "import { priceOn } from '../agreements/agreement.rules.ts';",
      errors: [{ messageId: 'border' }],
    },
    {
      filename: file('imports/services/courses.ts'),
      code: "export { END_REASONS } from '../../courses/course.rules.ts';",
      errors: [{ messageId: 'border' }],
    },
    {
      filename: file('outcomes/services/read.ts'),
      code: "const m = await import('../../agreements/agreement.repository.ts');",
      errors: [{ messageId: 'border' }],
    },
  ],
});
