import { HttpProblem } from './problem';

/** How many answers are kept for replays; older keys are forgotten first. */
const REMEMBERED_ANSWERS = 200;

/**
 * Answers already given, per user and Idempotency-Key: a client that lost an answer and sends
 * the same request again gets the same answer, and nothing is applied twice. The same key with
 * another body is a mistake and is refused.
 */
export class AnswerMemory<Result> {
  private answers = new Map<string, { body: string; result: Result }>();

  recall(key: string, body: string): Result | undefined {
    const earlier = this.answers.get(key);
    if (!earlier) return undefined;
    if (earlier.body !== body) {
      throw new HttpProblem(
        422,
        'validation',
        'This Idempotency-Key was already used for a different request',
        [{ field: 'Idempotency-Key', code: 'reused', message: 'use a new key for a new request' }],
      );
    }
    return earlier.result;
  }

  remember(key: string, body: string, result: Result): void {
    this.answers.set(key, { body, result });
    for (const oldest of this.answers.keys()) {
      if (this.answers.size <= REMEMBERED_ANSWERS) break;
      this.answers.delete(oldest);
    }
  }
}
