import type { Role } from '@/domain/access';

const TAG_EDITORS: readonly Role[] = ['manager', 'admin'];

/** Managers and admins maintain the tag list; everyone else only applies tags to orders. */
export function canManageTags(role: Role | undefined): boolean {
  return role !== undefined && TAG_EDITORS.includes(role);
}
