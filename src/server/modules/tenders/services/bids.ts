// Bids per tender area: the bidder (an existing provider, or a bidder named by name, CVR number and
// district), a weekly price for every price element (kroner typed, øre stored, inside the tender's price
// band), the solution description and small attached files. Only procurement and the administration see
// bids before the tender is decided; nobody changes them after. Every change is audited.
import type {
  AttachmentInput,
  BidInput,
  BidList,
  BidView,
} from '../../../../shared/tenders/evaluation.schemas.ts';
import { MAX_ATTACHMENT_BYTES, MAX_ATTACHMENT_LABEL } from '../../../../shared/tenders/attachment-limits.ts';
import { bidInputSchema } from '../../../../shared/tenders/evaluation.schemas.ts';
import { parseCvr } from '../../../../shared/cvr.ts';
import type { MessageKey } from '../../../../shared/messages.ts';
import { parseKroner } from '../../../../shared/money.ts';
import { withActorTransaction, type Ctx, type Tx } from '../../../platform/context.ts';
import { checkPriceBand, tenderAwards } from '../../agreements/agreement.service.ts';
import * as tenders from '../tender.repository.ts';
import * as bids from '../bid.repository.ts';
import * as evaluations from '../evaluation.repository.ts';
import type { SetupProblem } from '../evaluation-setup.rules.ts';
import { audit, notFound, openTender, refuse, settingsOf, tenderForBids } from './access.ts';

/** Attachments travel as base64 in JSON under the API's body limit of 1 MiB. */

type Element = Awaited<ReturnType<typeof evaluations.findElements>>[number];

export async function loadBids(tx: Tx, tenderId: string, onlyBidId?: string): Promise<BidView[]> {
  const rows = (await bids.findBids(tx, tenderId)).filter((r) => !onlyBidId || r.id === onlyBidId);
  const ids = rows.map((r) => r.id);
  const [prices, attachments, elements] = await Promise.all([
    bids.findBidPrices(tx, ids),
    bids.findAttachments(tx, ids),
    evaluations.findElements(tx, tenderId),
  ]);
  return rows.map((row) => {
    const own = prices.filter((p) => p.bidId === row.id);
    const listed = elements.flatMap((element) => {
      const price = own.find((p) => p.priceElementId === element.id);
      return price
        ? [{ elementCode: element.code, elementName: element.name, weeklyOre: price.weeklyOre }]
        : [];
    });
    const complete = elements.length > 0 && listed.length === elements.length;
    return {
      id: row.id,
      tenderAreaId: row.tenderAreaId,
      areaNumber: row.areaNumber,
      areaName: row.areaName,
      providerId: row.providerId,
      bidder: bids.bidderOf(row),
      bidderCvr: row.providerCvr ?? row.bidderCvr,
      bidderDistrict: row.providerDistrict ?? row.bidderDistrict,
      solution: row.solution,
      receivedOn: row.receivedOn,
      prices: listed,
      evaluatedPriceOre: complete
        ? Math.round(
            elements.reduce(
              (sum, e) => sum + own.find((p) => p.priceElementId === e.id)!.weeklyOre * e.volume,
              0,
            ),
          )
        : null,
      attachments: attachments
        .filter((a) => a.bidId === row.id)
        .map(({ id, fileName, contentType, sizeBytes }) => ({ id, fileName, contentType, sizeBytes })),
    };
  });
}

export async function listBids(ctx: Ctx, tenderId: string): Promise<BidList> {
  return withActorTransaction(ctx, async (tx) => {
    const tender = await tenderForBids(tx, ctx, tenderId);
    return { decided: tender.decidedOn !== null, items: await loadBids(tx, tenderId) };
  });
}

async function checkPrices(
  tx: Tx,
  tenderId: string,
  elements: readonly Element[],
  typed: Record<string, string>,
  problems: SetupProblem[],
) {
  const prices: { priceElementId: string; weeklyOre: number }[] = [];
  for (const code of Object.keys(typed)) {
    if (typed[code]!.trim() !== '' && !elements.some((e) => e.code === code)) {
      problems.push({ field: `prices.${code}`, key: 'tender.bid_unknown_element', params: { code } });
    }
  }
  for (const element of elements) {
    const field = `prices.${element.code}`;
    const params = { element: element.name };
    const text = typed[element.code]?.trim() ?? '';
    if (text === '') {
      problems.push({ field, key: 'tender.bid_price_missing', params });
      continue;
    }
    const parsed = parseKroner(text);
    if (!parsed.ok) {
      problems.push({ field, key: 'tender.bid_price_format', params });
    } else if (parsed.ore === 0) {
      problems.push({ field, key: 'tender.bid_price_positive', params });
    } else {
      const band = element.priceKind
        ? checkPriceBand(await tenders.findPriceBands(tx, [tenderId]), element.priceKind, parsed.ore)
        : null;
      if (band) problems.push({ field, key: band.key as MessageKey, params: band.params ?? {} });
      else prices.push({ priceElementId: element.id, weeklyOre: parsed.ore });
    }
  }
  return prices;
}

/** The bidder as stored: an existing provider, or name + CVR + district of a bidder that is none yet. */
async function checkBidder(tx: Tx, input: ReturnType<typeof bidInputSchema.parse>, problems: SetupProblem[]) {
  if (input.providerId) {
    const provider = await tenderAwards.findProviderById(tx, input.providerId);
    if (!provider) problems.push({ field: 'providerId', key: 'tender.bid_unknown_provider' });
    return {
      providerId: input.providerId,
      bidderName: null,
      bidderCvr: null,
      bidderDistrict: null,
      label: provider?.name ?? '',
    };
  }
  const name = input.bidderName?.trim() ?? '';
  const cvrText = input.bidderCvr?.trim() ?? '';
  if (name === '' && cvrText === '') {
    problems.push({ field: 'providerId', key: 'tender.bid_bidder' });
    return { providerId: null, bidderName: null, bidderCvr: null, bidderDistrict: null, label: '' };
  }
  if (name === '') problems.push({ field: 'bidderName', key: 'validation.required' });
  let cvr: string | null = null;
  const parsed = parseCvr(cvrText);
  if (!parsed.ok) problems.push({ field: 'bidderCvr', key: parsed.problem });
  else {
    cvr = parsed.cvr;
    const provider = await tenderAwards.findProviderByCvr(tx, cvr);
    if (provider) {
      problems.push({
        field: 'bidderCvr',
        key: 'tender.bid_cvr_provider',
        params: { provider: provider.name },
      });
    }
  }
  const district = input.bidderDistrict?.trim() || null;
  const districtKey = tenderAwards.bidderDistrictProblem(district);
  if (districtKey) problems.push({ field: 'bidderDistrict', key: districtKey as MessageKey });
  return { providerId: null, bidderName: name, bidderCvr: cvr, bidderDistrict: district, label: name };
}

async function checkedBid(tx: Tx, tenderId: string, body: BidInput, bidId: string | null) {
  const input = bidInputSchema.parse(body);
  const problems: SetupProblem[] = [];
  const areas = await evaluations.findAreas(tx, tenderId);
  const area = areas.find((a) => a.id === input.tenderAreaId);
  if (!area) problems.push({ field: 'tenderAreaId', key: 'tender.bid_area' });
  const bidder = await checkBidder(tx, input, problems);
  const elements = await evaluations.findElements(tx, tenderId);
  const prices = await checkPrices(tx, tenderId, elements, input.prices, problems);
  if (area && problems.length === 0) {
    const existing = await bids.findBidIdOf(tx, area.id, {
      providerId: bidder.providerId,
      cvr: bidder.bidderCvr,
    });
    if (existing && existing !== bidId) {
      problems.push({
        field: bidder.providerId ? 'providerId' : 'bidderCvr',
        key: 'tender.bid_duplicate',
        params: { bidder: bidder.label, area: area.number },
      });
    }
  }
  const { label: _label, ...who } = bidder;
  const values: bids.BidValues = {
    tenderAreaId: input.tenderAreaId,
    ...who,
    solution: input.solution,
    receivedOn: input.receivedOn ?? null,
  };
  return { problems, values, prices };
}

async function oneBid(tx: Tx, tenderId: string, bidId: string): Promise<BidView> {
  return (await loadBids(tx, tenderId, bidId))[0]!;
}

export async function createBid(ctx: Ctx, tenderId: string, body: BidInput): Promise<BidView> {
  return withActorTransaction(ctx, async (tx) => {
    await openTender(tx, tenderId);
    await settingsOf(tx, tenderId);
    const { problems, values, prices } = await checkedBid(tx, tenderId, body, null);
    if (problems.length > 0) throw refuse(ctx, problems);
    const id = await bids.insertBid(tx, tenderId, values);
    await bids.setBidPrices(tx, id, prices);
    await audit(tx, ctx, 'create', 'tender_bid', id, {
      tenderId,
      tenderAreaId: values.tenderAreaId,
      weeklyOre: prices.map((p) => p.weeklyOre),
    });
    return oneBid(tx, tenderId, id);
  });
}

/** The bid's tender locked and open for changes (404 when the bid does not exist). */
async function openBid(tx: Tx, bidId: string): Promise<bids.BidRow> {
  const row = await bids.findBid(tx, bidId);
  if (!row) throw notFound();
  await openTender(tx, row.tenderId);
  return row;
}

export async function updateBid(ctx: Ctx, bidId: string, body: BidInput): Promise<BidView> {
  return withActorTransaction(ctx, async (tx) => {
    const row = await openBid(tx, bidId);
    const { problems, values, prices } = await checkedBid(tx, row.tenderId, body, bidId);
    if (problems.length > 0) throw refuse(ctx, problems);
    await bids.updateBid(tx, bidId, values);
    await bids.setBidPrices(tx, bidId, prices);
    await audit(tx, ctx, 'update', 'tender_bid', bidId, {
      tenderId: row.tenderId,
      weeklyOre: prices.map((p) => p.weeklyOre),
    });
    return oneBid(tx, row.tenderId, bidId);
  });
}

export async function deleteBid(ctx: Ctx, bidId: string): Promise<{ id: string }> {
  return withActorTransaction(ctx, async (tx) => {
    const row = await openBid(tx, bidId);
    await bids.deleteBid(tx, bidId);
    await audit(tx, ctx, 'delete', 'tender_bid', bidId, {
      tenderId: row.tenderId,
      bidder: bids.bidderOf(row),
    });
    return { id: bidId };
  });
}

function decodeBase64(text: string): Buffer | null {
  const clean = text.replace(/\s/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(clean) || clean.length % 4 !== 0) return null;
  const bytes = Buffer.from(clean, 'base64');
  return bytes.length > 0 ? bytes : null;
}

export async function addAttachment(ctx: Ctx, bidId: string, input: AttachmentInput): Promise<BidView> {
  const content = decodeBase64(input.contentBase64);
  if (!content) throw refuse(ctx, [{ field: 'contentBase64', key: 'tender.attachment_content' }]);
  if (content.length > MAX_ATTACHMENT_BYTES) {
    throw refuse(ctx, [
      {
        field: 'contentBase64',
        key: 'tender.attachment_size',
        params: { max: MAX_ATTACHMENT_LABEL },
      },
    ]);
  }
  return withActorTransaction(ctx, async (tx) => {
    const row = await openBid(tx, bidId);
    const id = await bids.insertAttachment(tx, {
      bidId,
      fileName: input.fileName.trim(),
      contentType: input.contentType?.trim() || 'application/octet-stream',
      content,
      createdBy: ctx.actor.userId,
    });
    await audit(tx, ctx, 'create', 'tender_bid_attachment', id, { bidId, sizeBytes: content.length });
    return oneBid(tx, row.tenderId, bidId);
  });
}

// Files are served as downloads; a type that a browser would run (HTML, SVG, script) is sent as bytes.
const SAFE_TYPES =
  /^(application\/(pdf|zip|msword|vnd\.[\w.+-]+)|image\/(png|jpeg|gif|webp)|text\/(plain|csv))$/;

export function safeContentType(type: string): string {
  return SAFE_TYPES.test(type.toLowerCase()) ? type : 'application/octet-stream';
}

export async function getAttachment(ctx: Ctx, attachmentId: string) {
  return withActorTransaction(ctx, async (tx) => {
    const row = await bids.findAttachment(tx, attachmentId);
    if (!row) throw notFound();
    await tenderForBids(tx, ctx, row.tenderId);
    await audit(tx, ctx, 'read', 'tender_bid_attachment', attachmentId, { bidId: row.bidId });
    return { fileName: row.fileName, contentType: safeContentType(row.contentType), content: row.content };
  });
}

export async function deleteAttachment(ctx: Ctx, attachmentId: string): Promise<BidView> {
  return withActorTransaction(ctx, async (tx) => {
    const row = await bids.findAttachment(tx, attachmentId);
    if (!row) throw notFound();
    await openTender(tx, row.tenderId);
    await bids.deleteAttachment(tx, attachmentId);
    await audit(tx, ctx, 'delete', 'tender_bid_attachment', attachmentId, { bidId: row.bidId });
    return oneBid(tx, row.tenderId, row.bidId);
  });
}
