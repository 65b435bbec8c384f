import { describe, expect, it } from 'vitest';
import { accessLogCsv } from './audit.command.ts';

const row = {
  seq: 7,
  occurredAt: '2026-01-05T10:00:00.000Z',
  action: 'read',
  entityType: 'citizen',
  username: 'sagsbehandler',
  displayName: 'Sara Sagsbehandler',
  organisationName: 'Jobcenter København',
  requestId: null,
};

describe('indsats audit export (CSV)', () => {
  it('guards names that a spreadsheet would run as a formula', () => {
    const csv = accessLogCsv([
      { ...row, displayName: "-1+cmd|' /C calc'!A0", organisationName: '＝HYPERLINK("x")' },
      { ...row, seq: 8, displayName: '@SUM(A1)', organisationName: '\t=1+1' },
    ]);
    expect(csv.split('\n')).toEqual([
      'seq,occurred_at,action,entity_type,username,display_name,organisation,request_id',
      `7,2026-01-05T10:00:00.000Z,read,citizen,sagsbehandler,'-1+cmd|' /C calc'!A0,"'＝HYPERLINK(""x"")",`,
      "8,2026-01-05T10:00:00.000Z,read,citizen,sagsbehandler,'@SUM(A1),'\t=1+1,",
      '',
    ]);
  });

  it('quotes a name with a comma and writes the sequence number as a number', () => {
    expect(accessLogCsv([{ ...row, displayName: 'Hansen, Sara' }])).toContain(
      '7,2026-01-05T10:00:00.000Z,read,citizen,sagsbehandler,"Hansen, Sara",Jobcenter København,\n',
    );
  });
});
