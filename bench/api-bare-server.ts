// The reference of `bench/api-load.ts`: a bare Fastify + pg server on indsats's own tables, doing the
// SQL of `GET /api/citizens/:id` and `GET /api/citizens?q=` without sessions, row scope, audit or
// decryption — the least a server answering those requests must do. Run as a child process like
// indsats, so both sides are alike: DATABASE_URL, PORT and DATABASE_POOL_MAX (default 10, as indsats).
import Fastify from 'fastify';
import pg from 'pg';

const pool = new pg.Pool({
  connectionString: process.env.DATABASE_URL,
  max: Number(process.env.DATABASE_POOL_MAX ?? 10),
});
const app = Fastify({ logger: false });
const PAGE_SIZE = 25;

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

type Row = Record<string, unknown>;
/** bytea columns as base64, as a JSON answer needs text. */
function toJson(row: Row): Row {
  return Object.fromEntries(
    Object.entries(row).map(([k, v]) => [k, Buffer.isBuffer(v) ? v.toString('base64') : v]),
  );
}

// The citizen and its job centre, as citizen.repository.ts's findCitizenById, without the scope.
app.get<{ Params: { id: string } }>('/api/citizens/:id', async (request, reply) => {
  const { rows } = await pool.query<Row>(
    `SELECT c.id, c.name, c.district, c.cpr_encrypted, c.notes_encrypted, c.created_at,
            jc.id AS job_centre_id, jc.name AS job_centre_name
       FROM citizen c JOIN organisation jc ON jc.id = c.job_centre_id
      WHERE c.id = $1`,
    [request.params.id],
  );
  if (!rows[0]) return reply.status(404).send({ error: 'not found' });
  return toJson(rows[0]);
});

// A page of matches by name and their count, as citizen.repository.ts's findCitizens, without the scope.
app.get<{ Querystring: { q?: string; page?: string } }>('/api/citizens', async (request) => {
  const pattern = `%${escapeLike(request.query.q?.trim() ?? '')}%`;
  const page = Math.max(1, Number(request.query.page ?? 1) || 1);
  const { rows } = await pool.query<Row>(
    `SELECT id, name, district, cpr_encrypted FROM citizen WHERE name ILIKE $1
      ORDER BY name, id LIMIT ${PAGE_SIZE} OFFSET $2`,
    [pattern, (page - 1) * PAGE_SIZE],
  );
  const count = await pool.query<{ total: string }>(
    'SELECT count(*) AS total FROM citizen WHERE name ILIKE $1',
    [pattern],
  );
  return { items: rows.map(toJson), total: Number(count.rows[0]!.total), page, pageSize: PAGE_SIZE };
});

app.get('/api/health', async () => ({ status: 'ok' }));

const close = async () => {
  await app.close();
  await pool.end();
  process.exit(0);
};
process.once('SIGTERM', () => void close());
process.once('SIGINT', () => void close());
await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });
