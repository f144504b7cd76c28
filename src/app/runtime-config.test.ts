import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { mockServer } from '@/testing/mock-server';
import { loadRuntimeConfig, RuntimeConfigError } from './runtime-config';

const URL = 'http://localhost/config.json';

describe('runtime configuration', () => {
  it('reads config.json and fills in the defaults', async () => {
    mockServer().use(
      http.get(URL, () =>
        HttpResponse.json({ backend: 'rest', apiBaseUrl: 'https://oms.example/api' }),
      ),
    );

    await expect(loadRuntimeConfig(URL)).resolves.toMatchObject({
      backend: 'rest',
      apiBaseUrl: 'https://oms.example/api',
      defaultLocale: 'zh-CN',
      timeZone: 'Asia/Shanghai',
    });
  });

  it('names what is wrong in an invalid file', async () => {
    mockServer().use(http.get(URL, () => HttpResponse.json({ backend: 'graphql' })));

    const failure = loadRuntimeConfig(URL);
    await expect(failure).rejects.toBeInstanceOf(RuntimeConfigError);
    await expect(failure).rejects.toThrow(/backend/);
  });

  it('reports a missing file', async () => {
    mockServer().use(http.get(URL, () => new HttpResponse(null, { status: 404 })));

    await expect(loadRuntimeConfig(URL)).rejects.toThrow('answered HTTP 404');
  });
});
