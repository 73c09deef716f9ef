// Who may act for a woman, and for whom: coordinators and admins, for entrepreneurs who are not staff.
import type { User } from '../accounts/user.entity.js';

export function canActForEntrepreneurs(actor: User): boolean {
  return actor.hasRole('COORDINATOR', 'ADMIN');
}

/** Never a staff account (recovery would hand over a coordinator's access), never one's own. */
export function canBeHelpedBy(user: User, actor: User): boolean {
  return user.id !== actor.id && user.hasRole('ENTREPRENEUR') && !user.hasRole('COORDINATOR', 'ADMIN');
}
