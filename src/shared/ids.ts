// Ids in URLs. PostgreSQL reads a uuid in either case, but text columns, logs and links keep what they
// are given: one lower-case spelling at the edge keeps them alike (issue 10: an upper-case id in a URL
// was audited as written).
import { z } from 'zod';

/** A uuid route parameter, lower-cased; anything that is not a uuid answers 404 like an unknown id. */
export const uuidParam = z.uuid({ message: 'access.not_found' }).toLowerCase();
