import { describe, expect, it } from 'vitest';
import { ApiError, ContractError, NetworkError } from '@/api/errors';
import { PROBLEM_CODES, problemType, type ProblemCode } from '@/api/contract/problem';
import { createI18n } from '@/i18n';
import { describeError } from './error-message';

const problem = (code: ProblemCode, status: number) =>
  new ApiError({ type: problemType(code), title: 'x', status, code });

describe('describeError', () => {
  it.each([
    [problem('version_conflict', 409), '这条记录刚被其他人修改过，请刷新后再操作。'],
    [problem('out_of_scope', 403), '这条记录不在您负责的门店或仓库范围内。'],
    [new NetworkError(new TypeError('fetch failed')), '无法连接到服务器，请检查网络后重试。'],
    [
      new ContractError('getOrder', ['total: expected object']),
      '服务器返回的数据格式不正确（getOrder），请联系管理员。',
    ],
    [new Error('boom'), '发生了意外错误，请重试。'],
  ])('describes %s in words', async (error, expected) => {
    const i18n = await createI18n('zh-CN');
    expect(describeError(i18n.t, error)).toBe(expected);
  });

  it.each(['zh-CN', 'zh-TW', 'en'] as const)(
    'has a message for every problem code in %s',
    async (locale) => {
      const i18n = await createI18n(locale);
      for (const code of PROBLEM_CODES) {
        const message = describeError(i18n.t, problem(code, 400));
        expect(message, code).not.toMatch(/^(common:)?problem\./);
      }
    },
  );
});
