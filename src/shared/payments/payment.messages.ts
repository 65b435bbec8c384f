// Error and field messages of paying providers (keys "payments.…", issue 14), merged into
// src/shared/messages.ts.
export const paymentMessagesDa = {
  'payments.amount': 'Skriv et gyldigt beløb i øre.',
  'payments.reason': 'Skriv årsagen til rettelsen (højst 2.000 tegn).',
  'payments.invoice_number': 'Skriv fakturanummeret (højst 100 tegn).',
  'payments.correction_zero': 'En rettelse kan ikke være 0 kr.',
  'payments.correction_not_earlier': 'En rettelse skal gælde en tidligere måned end afregningsgrundlagets.',
  'payments.correction_not_approved': 'Den måned, der rettes, har intet godkendt afregningsgrundlag.',
  'payments.month_not_ended': 'Afregningsgrundlaget kan først dannes, når måneden er slut.',
  'payments.basis_locked': 'Afregningsgrundlaget er ikke længere en kladde og kan ikke ændres.',
  'payments.basis_not_accepted':
    'Afregningsgrundlaget skal accepteres af leverandøren, før det kan godkendes.',
  'payments.basis_approved': 'Afregningsgrundlaget er godkendt og kan ikke længere accepteres.',
  'payments.basis_has_problems':
    'Afregningsgrundlaget har uger uden pris. Ret rammeaftalens priser og dan det igen.',
  'payments.invoice_exists': 'Leverandøren har allerede en faktura med det nummer med andre oplysninger.',
} as const;

export const paymentMessagesEn: Record<keyof typeof paymentMessagesDa, string> = {
  'payments.amount': 'Enter a valid amount in øre.',
  'payments.reason': 'Enter the reason for the correction (at most 2,000 characters).',
  'payments.invoice_number': 'Enter the invoice number (at most 100 characters).',
  'payments.correction_zero': 'A correction cannot be 0 kr.',
  'payments.correction_not_earlier': 'A correction must concern a month before the billing basis’s own.',
  'payments.correction_not_approved': 'The month corrected has no approved billing basis.',
  'payments.month_not_ended': 'The billing basis can be prepared only once the month has ended.',
  'payments.basis_locked': 'The billing basis is no longer a draft and cannot be changed.',
  'payments.basis_not_accepted': 'The provider must accept the billing basis before it can be approved.',
  'payments.basis_approved': 'The billing basis is approved and can no longer be accepted.',
  'payments.basis_has_problems':
    'The billing basis has weeks without a price. Fix the agreement’s prices and prepare it again.',
  'payments.invoice_exists': 'The provider already has an invoice with that number and different details.',
};
