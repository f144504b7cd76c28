import { z } from 'zod/mini';
import { ROLES, AREAS } from '@/domain/access';
import { Id, Region, Timestamp, named } from './common';

export const Role = named(z.enum(ROLES), 'Role');
export const Area = z.enum(AREAS);

export const User = named(
  z.object({
    id: Id,
    username: z.string(),
    name: z.string(),
    role: Role,
    storeIds: z.array(Id),
    locationIds: z.array(Id),
    regions: z.array(Region),
  }),
  'User',
);
export type User = z.infer<typeof User>;

export const Session = named(
  z.object({
    token: z.string().check(z.minLength(1)),
    expiresAt: Timestamp,
    user: User,
  }),
  'Session',
);
export type Session = z.infer<typeof Session>;

export const SignInRequest = named(
  z.object({
    username: z.string().check(z.trim(), z.minLength(1), z.maxLength(64)),
    password: z.string().check(z.minLength(1), z.maxLength(256)),
  }),
  'SignInRequest',
);
export type SignInRequest = z.infer<typeof SignInRequest>;

/** Demo accounts a mock backend offers on the sign-in page; a real backend answers 404. */
export const DemoAccount = named(
  z.object({
    username: z.string(),
    password: z.string(),
    name: z.string(),
    role: Role,
    scopeLabel: z.string(),
  }),
  'DemoAccount',
);
export type DemoAccount = z.infer<typeof DemoAccount>;
