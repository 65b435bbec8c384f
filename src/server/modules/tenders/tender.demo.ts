// Demo data of the tenders module (called by seed/demo.ts): the committee's decision of 18 May 2020 on the
// framework of the 2021 tender, exactly as seed 003 ("Beslutning") records it. Idempotent: the item is
// found by meeting date and case number. Written through the decision service's transaction functions,
// so the outcomes come from the rule and every row is audited (as the demo seed). Then the synthetic
// evaluations of the 2021 and Trædesten tenders (evaluation.demo.ts).
import { TENDER_2021 } from '../agreements/agreement.demo.ts';
import type { Db } from '../../platform/db/client.ts';
import * as repo from './decision.repository.ts';
import { seedEvaluationsDemo } from './evaluation.demo.ts';
import { addProposalIn, createCommitteeItemIn, recordVotesOn, type AuditBy } from './decision.service.ts';
import type { Tx } from '../../platform/context.ts';
import { DEMO_SEED_ACTOR } from '../../platform/audit/audit-request.ts';

const SYSTEM: AuditBy = {
  actor: DEMO_SEED_ACTOR,
  requestId: null,
};

export const DECISION_2020 = {
  committee: 'Beskæftigelses- og Integrationsudvalget',
  committeeShort: 'BIU',
  // Seed 003 prints no meeting date for the item, only its appendix's (18. Maj 2020); the record needs a
  // date, so it is filed under that one and says so (issue 12).
  meetingDate: '2020-05-18',
  meetingDateNote: 'Sagens materiale oplyser ikke mødedatoen: 18. maj 2020 er datoen på sagens bilag.',
  caseNumber: '2020-0117251',
  title:
    '4. Godkendelse af de indholdsmæssige rammer for udbuddet af lokalt forankrede beskæftigelsesindsatser',
  recommendation: [
    'Beskæftigelses- og Integrationsforvaltningen indstiller,',
    '',
    '1. at Beskæftigelses- og Integrationsudvalget godkender de indholdsmæssige rammer for den lokalt forankrede indsats',
    '2. at Beskæftigelses- og Integrationsudvalget godkender de kvalitative tildelingskriterier og en vægtningsmodel, hvor kvalitet vægter 80 pct. og pris 20 pct.',
    '',
    'Kvalitative tildelingskriterier (tabel 1): borgernes fremdrift fra interne træningsbaner til eksterne praktikker samt småjob (40 %), lokalt kendskab og samarbejde med lokale samarbejdspartnere og virksomheder (40 %), den rette individuelle tilgang (20 %).',
  ].join('\n'),
} as const;

/** Enhedslisten's amendment to table 1 of the recommendation: 40/40/20 → 30/40/30. */
export const AMENDMENT_2020 = {
  text: 'Enhedslisten fremsatte ændringsforslag til vægtningen af indstillingens kvalitative tildelingskriterier (tabel 1): fremdrift fra interne træningsbaner til eksterne praktikker samt småjob 30 % (i stedet for 40 %), lokalt kendskab og samarbejde 40 %, den rette individuelle tilgang 30 % (i stedet for 20 %).',
  parties: ['Ø'],
  criteriaWeights: { progression: 30, local: 40, individual: 30 },
  // "For: 4 (Ø og Å) · Imod: 5 (F, B og A) · Undlod: 2 (C og V)" — forkastet.
  votes: {
    for: { count: 4, parties: ['Ø', 'Å'] },
    against: { count: 5, parties: ['F', 'B', 'A'] },
    abstaining: { count: 2, parties: ['C', 'V'] },
  },
};

/** The recommendation in its entirety: "For: 8 (Ø, F, A og Å) · Imod: 0 · Undlod: 3 (B, C og V)" — godkendt. */
export const RECOMMENDATION_VOTES_2020 = {
  for: { count: 8, parties: ['Ø', 'F', 'A', 'Å'] },
  against: { count: 0, parties: [] },
  abstaining: { count: 3, parties: ['B', 'C', 'V'] },
};

async function seedDecision2020(tx: Tx): Promise<void> {
  const existing = await repo.findItemByCase(tx, DECISION_2020.meetingDate, DECISION_2020.caseNumber);
  if (existing) return;
  const tenderId = (await repo.findTenderIdByName(tx, TENDER_2021)) ?? null;
  const itemId = await createCommitteeItemIn(tx, SYSTEM, { ...DECISION_2020, tenderId });
  // The amendment was voted on first, then the recommendation in its entirety.
  await addProposalIn(tx, SYSTEM, itemId, AMENDMENT_2020);
  const recommendation = (await repo.findProposals(tx, [itemId])).find((p) => p.kind === 'recommendation')!;
  await recordVotesOn(tx, SYSTEM, recommendation.id, RECOMMENDATION_VOTES_2020);
}

export async function seedTendersDemo(db: Db): Promise<void> {
  await db.transaction().execute(seedDecision2020);
  // Synthetic bids and points (the seeds have none), after the decision record they refer to.
  await db.transaction().execute(seedEvaluationsDemo);
}
