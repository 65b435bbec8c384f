// How large a bid's attached file may be (its solution description, CVs): one rule for the server, which
// refuses a larger file, and the page, which says so before uploading. Files travel as base64 in JSON,
// so the attachment route accepts a body of the file's base64 size plus room for the other fields; other
// routes keep the app's 1 MiB limit.

export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

/** The limit as people read it. */
export const MAX_ATTACHMENT_LABEL = '10 MB';

/** The attachment route's body limit: base64 takes 4 bytes for every 3. */
export const ATTACHMENT_BODY_LIMIT = Math.ceil(MAX_ATTACHMENT_BYTES / 3) * 4 + 64 * 1024;
