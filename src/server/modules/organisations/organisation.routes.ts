// Organisations on the administration pages: everyone signed in may list them (they are master data, no
// personal data); only the administration creates them or changes a code or name.
import {
  adminIdParamsSchema,
  createOrganisationSchema,
  organisationListSchema,
  organisationSchema,
  updateOrganisationSchema,
} from '../../../shared/admin/admin.schemas.ts';
import { defineRoute } from '../../platform/http/route.ts';
import * as service from './organisation-admin.service.ts';

const tags = ['organisations'];

export const organisationRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/organisations',
    permission: 'organisation.read',
    summary: 'Every organisation (administration, job centres, providers) with its number of users',
    tags,
    schema: { response: organisationListSchema },
    handler: ({ ctx }) => service.listOrganisationsForAdmin(ctx),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/organisations',
    permission: 'organisation.manage',
    summary: 'Create an organisation: kind (administration, job_centre, provider), code and name',
    tags,
    status: 201,
    schema: { body: createOrganisationSchema, response: organisationSchema },
    handler: ({ ctx, body }) => service.createOrganisationByAdmin(ctx, body),
  }),
  defineRoute({
    method: 'PUT',
    url: '/api/organisations/:id',
    permission: 'organisation.manage',
    summary: "Change an organisation's code or name (its kind stays)",
    tags,
    schema: { params: adminIdParamsSchema, body: updateOrganisationSchema, response: organisationSchema },
    handler: ({ ctx, params, body }) => service.updateOrganisationByAdmin(ctx, params.id, body),
  }),
];
