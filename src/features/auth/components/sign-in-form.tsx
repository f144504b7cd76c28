import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from '@/i18n';
import { isApiError } from '@/api/errors';
import { Button } from '@/components/button';
import { describeError } from '@/components/error-message';
import { TextInput } from '@/components/field';
import type { useSignIn } from '../api/sign-in';

interface SignInFields {
  username: string;
  password: string;
}

/** Catalogue keys, translated when shown, so a message follows a language switch. */
type FieldProblems = Partial<Record<keyof SignInFields, 'usernameRequired' | 'passwordRequired'>>;

function problemsOf({ username, password }: SignInFields): FieldProblems {
  return {
    ...(username.trim() === '' && { username: 'usernameRequired' }),
    ...(password === '' && { password: 'passwordRequired' }),
  };
}

export function SignInForm({ signIn }: { signIn: ReturnType<typeof useSignIn> }) {
  const { t } = useTranslation('auth');
  const [fields, setFields] = useState<SignInFields>({ username: '', password: '' });
  // Checked on submit; after a failed attempt, each keystroke checks again so fixed fields clear.
  const [submitted, setSubmitted] = useState(false);
  const usernameRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const problems = submitted ? problemsOf(fields) : {};

  const failure = signIn.error
    ? isApiError(signIn.error, 'unauthenticated') || isApiError(signIn.error, 'validation')
      ? t('wrongCredentials')
      : describeError(t, signIn.error)
    : null;

  function submit(event: FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    const found = problemsOf(fields);
    if (found.username) usernameRef.current?.focus();
    else if (found.password) passwordRef.current?.focus();
    else signIn.mutate({ username: fields.username.trim(), password: fields.password });
  }

  function update(name: keyof SignInFields, value: string) {
    setFields((current) => ({ ...current, [name]: value }));
  }

  return (
    <form noValidate onSubmit={submit} className="flex flex-col gap-4">
      {failure && (
        <p
          role="alert"
          className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800"
        >
          {failure}
        </p>
      )}
      <TextInput
        ref={usernameRef}
        name="username"
        label={t('username')}
        autoComplete="username"
        autoCapitalize="none"
        spellCheck={false}
        value={fields.username}
        onChange={(event) => update('username', event.target.value)}
        error={problems.username && t(problems.username)}
      />
      <TextInput
        ref={passwordRef}
        name="password"
        label={t('password')}
        type="password"
        autoComplete="current-password"
        value={fields.password}
        onChange={(event) => update('password', event.target.value)}
        error={problems.password && t(problems.password)}
      />
      <Button type="submit" variant="primary" busy={signIn.isPending} className="mt-1 h-9 w-full">
        {signIn.isPending ? t('submitting') : t('submit')}
      </Button>
    </form>
  );
}
