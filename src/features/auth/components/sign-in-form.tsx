import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { isApiError } from '@/api/errors';
import { Button } from '@/components/button';
import { describeError } from '@/components/error-message';
import { TextInput } from '@/components/field';
import type { useSignIn } from '../api/sign-in';

/** Messages are catalogue keys, translated when shown, so they follow a language switch. */
const SignInFields = z.object({
  username: z.string().trim().min(1, 'usernameRequired'),
  password: z.string().min(1, 'passwordRequired'),
});
type SignInFields = z.infer<typeof SignInFields>;

export function SignInForm({ signIn }: { signIn: ReturnType<typeof useSignIn> }) {
  const { t } = useTranslation('auth');
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<SignInFields>({ resolver: zodResolver(SignInFields), defaultValues: { username: '', password: '' } });

  const failure = signIn.error
    ? isApiError(signIn.error, 'unauthenticated') || isApiError(signIn.error, 'validation')
      ? t('wrongCredentials')
      : describeError(t, signIn.error)
    : null;

  return (
    <form noValidate onSubmit={handleSubmit((fields) => signIn.mutate(fields))} className="flex flex-col gap-4">
      {failure && (
        <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          {failure}
        </p>
      )}
      <TextInput
        label={t('username')}
        autoComplete="username"
        autoCapitalize="none"
        spellCheck={false}
        error={errors.username?.message ? t(errors.username.message) : undefined}
        {...register('username')}
      />
      <TextInput
        label={t('password')}
        type="password"
        autoComplete="current-password"
        error={errors.password?.message ? t(errors.password.message) : undefined}
        {...register('password')}
      />
      <Button type="submit" variant="primary" busy={signIn.isPending} className="mt-1 h-9 w-full">
        {signIn.isPending ? t('submitting') : t('submit')}
      </Button>
    </form>
  );
}
