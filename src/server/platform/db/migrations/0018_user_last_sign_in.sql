-- When each user last signed in (password or OpenID Connect), for the administration's user list: an
-- account nobody has used for months is one to deactivate. Set by the sign-in itself (auth.service.ts),
-- NULL until the first sign-in. Not granted to the app role: user administration runs as the owner, like
-- sign-in, because the app role may not read password hashes or OIDC subjects either.
ALTER TABLE app_user ADD COLUMN last_sign_in_at timestamptz;
