// Messages of the administration pages (users, organisations; keys "user.…", "organisation.…" beyond the
// core ones in messages.ts), merged into src/shared/messages.ts.
export const adminMessagesDa = {
  'user.not_found': 'Brugeren findes ikke.',
  'user.unknown_role': 'Ukendt rolle: {roles}.',
  'user.password_too_short': 'Adgangskoden skal have mindst {min} tegn.',
  'user.password_too_long': 'Adgangskoden må højst have {max} tegn.',
  'user.sign_in_required':
    'Giv brugeren en adgangskode eller et OpenID Connect-subjekt, så brugeren kan logge ind.',
  'user.duplicate_oidc_subject': 'OpenID Connect-subjektet er allerede knyttet til en anden bruger.',
  'user.last_admin_deactivate':
    '{username} er den sidste aktive administrator og kan ikke deaktiveres. Giv først en anden aktiv bruger rollen administrator.',
  'user.last_admin_role':
    '{username} er den sidste aktive administrator og skal beholde rollen administrator. Giv først en anden aktiv bruger rollen.',
  'user.deactivate_self': 'Du kan ikke deaktivere dig selv. Bed en anden administrator om det.',
  'user.reset_self': 'Din egen adgangskode nulstiller du ikke her: skift den under Min adgangskode.',
  'user.wrong_current_password': 'Den nuværende adgangskode er forkert.',
  'user.no_local_password':
    'Du logger ind med single sign-on og har ingen adgangskode i indsats, som kan skiftes.',
  'organisation.not_found': 'Organisationen findes ikke.',
};

export const adminMessagesEn: Record<keyof typeof adminMessagesDa, string> = {
  'user.not_found': 'The user does not exist.',
  'user.unknown_role': 'Unknown role: {roles}.',
  'user.password_too_short': 'The password must have at least {min} characters.',
  'user.password_too_long': 'The password may have at most {max} characters.',
  'user.sign_in_required': 'Give the user a password or an OpenID Connect subject, so they can sign in.',
  'user.duplicate_oidc_subject': 'The OpenID Connect subject already belongs to another user.',
  'user.last_admin_deactivate':
    '{username} is the last active administrator and cannot be deactivated. First give another active user the administrator role.',
  'user.last_admin_role':
    '{username} is the last active administrator and must keep the administrator role. First give another active user the role.',
  'user.deactivate_self': 'You cannot deactivate yourself. Ask another administrator.',
  'user.reset_self': 'You do not reset your own password here: change it under My password.',
  'user.wrong_current_password': 'The current password is wrong.',
  'user.no_local_password': 'You sign in with single sign-on and have no password in indsats to change.',
  'organisation.not_found': 'The organisation does not exist.',
};
