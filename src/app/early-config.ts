import { requestRuntimeConfig } from './runtime-config';

/**
 * Imported first by the entry, so the configuration is requested before React and the rest of the
 * app have been evaluated: the answer is usually back by the time they are ready for it.
 */
export const earlyConfigResponse: Promise<Response> = requestRuntimeConfig();
// Reported where it is awaited; this keeps an early failure from being "unhandled" meanwhile.
earlyConfigResponse.catch(() => undefined);
