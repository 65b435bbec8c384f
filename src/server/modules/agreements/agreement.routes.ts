// HTTP of the agreements module: providers, framework agreements, prices, exports (tenders and their areas:
// tenders/tender-master.routes.ts).
// Reading needs agreement.read (provider users are scoped in the service); changing needs agreement.manage.
import {
  addPriceSchema,
  agreementDetailSchema,
  agreementListQuerySchema,
  agreementListSchema,
  createAgreementSchema,
  createProviderSchema,
  exerciseExtensionSchema,
  exportQuerySchema,
  fileResponseSchema,
  idParamsSchema,
  providerDetailSchema,
  providerListSchema,
  terminateAgreementSchema,
  terminationPreviewQuerySchema,
  terminationPreviewSchema,
  updateAgreementSchema,
  updateProviderSchema,
} from '../../../shared/agreements/agreement.schemas.ts';
import { sendTables } from '../../platform/export/table-export.ts';
import { defineRoute } from '../../platform/http/route.ts';
import * as service from './agreement.service.ts';

const tags = ['agreements'];

const providerRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/providers',
    permission: 'agreement.read',
    summary: 'Providers with their local anchor (public master data)',
    tags,
    schema: { response: providerListSchema },
    handler: ({ ctx }) => service.listProviders(ctx),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/providers/export',
    permission: 'agreement.read',
    summary: 'Providers as XLSX or CSV (csv: Danish number format; csv-en: plain)',
    tags,
    schema: { querystring: exportQuerySchema, response: fileResponseSchema },
    handler: async ({ ctx, query, reply }) =>
      sendTables(reply, query.format, 'leverandoerer', await service.providerExportTables(ctx)),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/providers',
    permission: 'agreement.manage',
    summary: 'Create a provider: its organisation and details (CVR number, district, contact, history)',
    tags,
    status: 201,
    schema: { body: createProviderSchema, response: providerDetailSchema },
    handler: ({ ctx, body }) => service.createProvider(ctx, body),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/providers/:id',
    permission: 'agreement.read',
    summary: "One provider with its agreements in the user's scope",
    tags,
    schema: { params: idParamsSchema, response: providerDetailSchema },
    handler: ({ ctx, params }) => service.getProvider(ctx, params.id),
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/providers/:id',
    permission: 'agreement.manage',
    summary: "Change a provider's name or details",
    tags,
    schema: { params: idParamsSchema, body: updateProviderSchema, response: providerDetailSchema },
    handler: ({ ctx, params, body }) => service.updateProvider(ctx, params.id, body),
  }),
];

const frameworkRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/agreements',
    permission: 'agreement.read',
    summary:
      'Framework agreements (a provider user: their own), filtered by tender, area, provider or status',
    tags,
    schema: { querystring: agreementListQuerySchema, response: agreementListSchema },
    handler: ({ ctx, query }) => service.listAgreements(ctx, query),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/agreements/export',
    permission: 'agreement.read',
    summary: 'Agreements and their prices as XLSX (two sheets) or CSV (the agreements)',
    tags,
    schema: { querystring: exportQuerySchema, response: fileResponseSchema },
    handler: async ({ ctx, query, reply }) =>
      sendTables(reply, query.format, 'rammeaftaler', await service.agreementExportTables(ctx)),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/agreements',
    permission: 'agreement.manage',
    summary: 'Create a framework agreement; over 4 years with extensions needs a justification',
    tags,
    status: 201,
    schema: { body: createAgreementSchema, response: agreementDetailSchema },
    handler: ({ ctx, body }) => service.createAgreement(ctx, body),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/agreements/:id',
    permission: 'agreement.read',
    summary: 'One framework agreement with extensions, prices and warnings',
    tags,
    schema: { params: idParamsSchema, response: agreementDetailSchema },
    handler: ({ ctx, params }) => service.getAgreement(ctx, params.id),
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/agreements/:id',
    permission: 'agreement.manage',
    summary: 'Change the case number or justification, or activate a draft',
    tags,
    schema: { params: idParamsSchema, body: updateAgreementSchema, response: agreementDetailSchema },
    handler: ({ ctx, params, body }) => service.updateAgreement(ctx, params.id, body),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/agreements/:id/termination-preview',
    permission: 'agreement.manage',
    summary: 'The end date that termination with notice on a date would give (nothing is saved)',
    tags,
    schema: {
      params: idParamsSchema,
      querystring: terminationPreviewQuerySchema,
      response: terminationPreviewSchema,
    },
    handler: ({ ctx, params, query }) => service.previewTermination(ctx, params.id, query.noticeGivenOn),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/agreements/:id/terminate',
    permission: 'agreement.manage',
    summary: 'Terminate with notice: the end becomes the notice date plus the notice period',
    tags,
    schema: { params: idParamsSchema, body: terminateAgreementSchema, response: agreementDetailSchema },
    handler: ({ ctx, params, body }) => service.terminateAgreement(ctx, params.id, body),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/agreements/:id/extensions/exercise',
    permission: 'agreement.manage',
    summary: 'Exercise the next extension option (in order, while the agreement runs)',
    tags,
    schema: { params: idParamsSchema, body: exerciseExtensionSchema, response: agreementDetailSchema },
    handler: ({ ctx, params, body }) => service.exerciseExtension(ctx, params.id, body),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/agreements/:id/prices',
    permission: 'agreement.manage',
    summary:
      "Add a weekly price (kroner) for a kind and period; outside the tender's estimated band it needs a reason, above its cap it is refused",
    tags,
    status: 201,
    schema: { params: idParamsSchema, body: addPriceSchema, response: agreementDetailSchema },
    handler: ({ ctx, params, body }) => service.addAgreementPrice(ctx, params.id, body),
  }),
];

export const agreementRoutes = [...providerRoutes, ...frameworkRoutes];
