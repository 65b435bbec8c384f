// The register codebook as the administration reads it: every DREAM code with its meaning, category and
// whether it came from STAR's list (verified) or was added unverified. Loaded through the import page.
import type { Codebook } from '../../../shared/admin/admin.schemas.ts';
import { withActorTransaction, type Ctx } from '../../platform/context.ts';

export async function listCodebook(ctx: Ctx): Promise<Codebook> {
  return withActorTransaction(ctx, async (tx) => {
    const rows = await tx
      .selectFrom('registerCode')
      .select(['code', 'meaning', 'category', 'verified', 'updatedAt'])
      .orderBy('code')
      .execute();
    return { items: rows.map((row) => ({ ...row, updatedAt: row.updatedAt.toISOString() })) };
  });
}
