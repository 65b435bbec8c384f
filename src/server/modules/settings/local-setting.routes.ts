// The local rule settings page (settings.manage, the administration): the registry's settings with
// their value in force and history, and a new value with a reason. The rules and the audited write are
// platform/settings/local-settings.ts's, shared with `indsats settings`.
import {
  localSettingKeyParamsSchema,
  localSettingListSchema,
  localSettingSchema,
  setLocalSettingSchema,
} from '../../../shared/admin/local-setting.schemas.ts';
import { defineRoute } from '../../platform/http/route.ts';
import { listLocalSettings, setLocalSetting } from '../../platform/settings/local-settings.ts';

const tags = ['settings'];

export const localSettingRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/settings',
    permission: 'settings.manage',
    summary: 'Every local rule setting: meaning, legal source, allowed values, value in force, history',
    tags,
    schema: { response: localSettingListSchema },
    handler: async ({ ctx }) => ({ items: await listLocalSettings(ctx.db, ctx.language) }),
  }),
  defineRoute({
    method: 'PUT',
    url: '/api/settings/:key',
    permission: 'settings.manage',
    summary:
      'Set a local rule setting with a reason (an empty or null value: back to the default); kept in its history and audited',
    tags,
    schema: {
      params: localSettingKeyParamsSchema,
      body: setLocalSettingSchema,
      response: localSettingSchema,
    },
    handler: ({ ctx, params, body }) =>
      setLocalSetting(
        ctx.db,
        ctx.actor,
        { key: params.key, value: body.value, reason: body.reason },
        ctx.requestId,
        ctx.language,
      ),
  }),
];
