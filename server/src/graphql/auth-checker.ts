import type { Role } from '@aliadas/shared';
import type { AuthCheckerFn } from 'type-graphql';
import { ForbiddenError, UnauthenticatedError } from '../errors.js';
import type { GraphQLContext } from './context.js';

/** `@Authorized()` needs a session; `@Authorized('COORDINATOR', 'ADMIN')` needs one of those roles. */
export const authChecker: AuthCheckerFn<GraphQLContext, Role> = ({ context }, roles) => {
  if (!context.user) throw new UnauthenticatedError();
  if (roles.length > 0 && !context.user.hasRole(...roles)) throw new ForbiddenError();
  return true;
};
