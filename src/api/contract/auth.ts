import { z } from 'zod';
import { ROLES, AREAS } from '@/domain/access';
import { Id, Region, Timestamp } from './common';

export const Role = z.enum(ROLES).meta({ id: 'Role' });
export const Area = z.enum(AREAS);

export const User = z
  .object({
    id: Id,
    username: z.string(),
    name: z.string(),
    role: Role,
    storeIds: z.array(Id),
    locationIds: z.array(Id),
    regions: z.array(Region),
  })
  .meta({ id: 'User' });
export type User = z.infer<typeof User>;

export const Session = z
  .object({
    token: z.string().min(1),
    expiresAt: Timestamp,
    user: User,
  })
  .meta({ id: 'Session' });
export type Session = z.infer<typeof Session>;

export const SignInRequest = z
  .object({
    username: z.string().trim().min(1).max(64),
    password: z.string().min(1).max(256),
  })
  .meta({ id: 'SignInRequest' });
export type SignInRequest = z.infer<typeof SignInRequest>;

/** Demo accounts a mock backend offers on the sign-in page; a real backend answers 404. */
export const DemoAccount = z
  .object({ username: z.string(), password: z.string(), name: z.string(), role: Role, scopeLabel: z.string() })
  .meta({ id: 'DemoAccount' });
export type DemoAccount = z.infer<typeof DemoAccount>;
