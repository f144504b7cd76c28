import type { TFunction } from '@/i18n';
import { useTranslation } from '@/i18n';
import { ApiError, ContractError, NetworkError } from '@/api/errors';
import { PROBLEM_CODES } from '@/api/contract/problem';

/** Errors thrown when a lazily loaded chunk cannot be fetched (often: the app was redeployed). */
export function isChunkLoadError(error: unknown): boolean {
  return (
    error instanceof Error &&
    /Failed to fetch dynamically imported module|Importing a module script failed|error loading dynamically imported module/i.test(
      error.message,
    )
  );
}

/**
 * One clear, translated sentence for any error the app can meet. Backend problems are described
 * by their code (the backend's own detail text may be in another language or too technical).
 */
export function describeError(t: TFunction, error: unknown): string {
  if (error instanceof ApiError) {
    const code = (PROBLEM_CODES as readonly string[]).includes(error.code)
      ? error.code
      : 'internal';
    return t(`common:problem.${code}`);
  }
  if (error instanceof NetworkError) return t('common:error.network');
  if (error instanceof ContractError)
    return t('common:error.contract', { endpoint: error.endpoint });
  if (isChunkLoadError(error)) return t('common:error.chunk');
  return t('common:error.unknown');
}

export function useErrorMessage(error: unknown): string {
  const { t } = useTranslation('common');
  return describeError(t, error);
}
