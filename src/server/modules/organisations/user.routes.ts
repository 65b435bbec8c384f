// Users on the administration pages (user.manage: the administration only), and a signed-in user's
// change of their own password. A generated password is in the answer of the one request that made it.
import {
  adminIdParamsSchema,
  adminUserListSchema,
  adminUserSchema,
  changeOwnPasswordSchema,
  createAdminUserSchema,
  passwordChangedSchema,
  updateAdminUserSchema,
  userWithPasswordSchema,
} from '../../../shared/admin/admin.schemas.ts';
import { SESSION_COOKIE } from '../../platform/auth/session.ts';
import { defineRoute } from '../../platform/http/route.ts';
import * as service from './user-admin.service.ts';

const tags = ['users'];

export const userRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/users',
    permission: 'user.manage',
    summary: 'Every user with roles, organisation, active flag, OpenID Connect subject and last sign-in',
    tags,
    schema: { response: adminUserListSchema },
    handler: ({ ctx }) => service.listUsersForAdmin(ctx),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/users',
    permission: 'user.manage',
    summary:
      'Create a user. With withPassword the server makes a strong password and answers it once; else the user signs in with the OpenID Connect subject',
    tags,
    status: 201,
    schema: { body: createAdminUserSchema, response: userWithPasswordSchema },
    handler: ({ ctx, body }) => service.createUserByAdmin(ctx, body),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/users/:id',
    permission: 'user.manage',
    summary: 'One user',
    tags,
    schema: { params: adminIdParamsSchema, response: adminUserSchema },
    handler: ({ ctx, params }) => service.getUserForAdmin(ctx, params.id),
  }),
  defineRoute({
    method: 'PUT',
    url: '/api/users/:id',
    permission: 'user.manage',
    summary: "Change a user's display name, roles, organisation and OpenID Connect subject",
    tags,
    schema: { params: adminIdParamsSchema, body: updateAdminUserSchema, response: adminUserSchema },
    handler: ({ ctx, params, body }) => service.updateUserByAdmin(ctx, params.id, body),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/users/:id/deactivate',
    permission: 'user.manage',
    summary:
      'Deactivate a user: their sessions end and they cannot sign in. Not oneself, nor the last active administrator',
    tags,
    schema: { params: adminIdParamsSchema, response: adminUserSchema },
    handler: ({ ctx, params }) => service.setUserActive(ctx, params.id, false),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/users/:id/reactivate',
    permission: 'user.manage',
    summary: 'Let a deactivated user sign in again',
    tags,
    schema: { params: adminIdParamsSchema, response: adminUserSchema },
    handler: ({ ctx, params }) => service.setUserActive(ctx, params.id, true),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/users/:id/reset-password',
    permission: 'user.manage',
    summary: "Give a user a new strong password made by the server, answered once; the user's sessions end",
    tags,
    schema: { params: adminIdParamsSchema, response: userWithPasswordSchema },
    handler: ({ ctx, params }) => service.resetUserPassword(ctx, params.id),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/me/password',
    permission: 'authenticated',
    summary: "Change one's own password with the current one; one's other sessions end",
    tags: ['auth'],
    schema: { body: changeOwnPasswordSchema, response: passwordChangedSchema },
    handler: ({ ctx, body, request }) =>
      service.changeOwnPassword(ctx, body, request.cookies[SESSION_COOKIE]),
  }),
];
