// The committee pack's files: Word (.docx) and PDF, made from the pack's frozen inputs every time they are
// asked for (the same pack and language give the same content), audited as an export.
import type { PackFormat } from '../../../../shared/committee/committee.constants.ts';
import { auditAction } from '../../../platform/audit/audit-request.ts';
import { withActorTransaction, type Ctx } from '../../../platform/context.ts';
import { exportFileName } from '../../../platform/export/file-name.ts';
import { readPackInputs } from './manage-packs.ts';
import { packDocument } from './pack-document.ts';
import { packDocx } from './pack-docx.ts';
import { packPdf } from './pack-pdf.ts';

export const PACK_CONTENT_TYPES: Record<PackFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
};

export interface PackFile {
  body: Buffer;
  contentType: string;
  filename: string;
}

export async function renderPackFile(ctx: Ctx, id: string, format: PackFormat): Promise<PackFile> {
  const { inputs } = await withActorTransaction(ctx, async (tx) => {
    const read = await readPackInputs(tx, id);
    await auditAction(tx, ctx, {
      action: 'export',
      entityType: 'committee_pack',
      entityId: id,
      criteria: { format },
    });
    return read;
  });
  const document = packDocument(inputs, ctx.language);
  const body = format === 'docx' ? await packDocx(document, ctx.language) : await packPdf(document);
  return {
    body,
    contentType: PACK_CONTENT_TYPES[format],
    filename: exportFileName(`udvalgspakke-${inputs.meetingOn}-${inputs.title}`, format),
  };
}
