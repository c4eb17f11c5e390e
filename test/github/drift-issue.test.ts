// The drift issue's body: a stable digest of the set of drift errors, the keys to say what changed, and the limit.
import { describe, expect, it } from 'vitest';
import { changeComment, digestOf, driftKeys, ISSUE_MARKER, parseIssueBody, renderIssueBody } from '../../src/github/drift-issue.js';
import { finding, many, report } from './fixtures.js';

describe('drift keys and digest', () => {
  it('keeps errors only, ignores order, positions and wording', () => {
    const a = report('drift', [finding(1), finding(2), finding(3, { severity: 'warning' })]);
    const b = report('drift', [finding(2, { location: { file: 'x', line: 1 } }), finding(1, { message: 'reworded' })]);
    expect(driftKeys([a])).toHaveLength(2);
    expect(digestOf(driftKeys([a]))).toBe(digestOf(driftKeys([b])));
    expect(digestOf(driftKeys([a]))).not.toBe(digestOf(driftKeys([report('drift', [finding(1)])])));
  });
});

describe('issue body', () => {
  it('starts with the marker and round-trips its digest and keys', () => {
    const reports = [report('drift', [finding(1, { actual: '--> <!-- @here' })])];
    const keys = driftKeys(reports);
    const body = renderIssueBody(reports, keys);
    expect(body.startsWith(`${ISSUE_MARKER}\n`)).toBe(true);
    expect(parseIssueBody(body)).toEqual({ digest: digestOf(keys), keys });
    // A hostile value cannot close the hidden comments: the keys are base64url.
    expect(body.split('-->').length).toBe(4);
  });

  it('stays within 65,536 characters, keeping the marker and the digest', () => {
    const reports = [many('drift', 3000, 100)];
    const keys = driftKeys(reports);
    const body = renderIssueBody(reports, keys);
    expect(body.length).toBeLessThanOrEqual(65536);
    expect(parseIssueBody(body).digest).toBe(digestOf(keys));
  });

  it('reads a hand-edited body without keys', () => {
    expect(parseIssueBody('no markers here')).toEqual({});
    expect(parseIssueBody(`${ISSUE_MARKER}\n<!-- model-governance:drift-keys=!!! -->`)).toEqual({});
  });
});

describe('change comment', () => {
  it('lists what appeared and what went away', () => {
    const before = driftKeys([report('drift', [finding(1), finding(2)])]);
    const after = driftKeys([report('drift', [finding(2), finding(3, { expected: 'x', actual: 'y' })])]);
    expect(changeComment(before, after, 'abc1234')).toBe(
      [
        'The set of drift findings changed at abc1234:',
        '',
        '- new: `filename.convention` catboost\\_v9 · bad\\_3 · file: expected x, found y',
        '- resolved: `filename.convention` catboost\\_v9 · bad\\_1 · file: found bad\\_1.cbm',
      ].join('\n'),
    );
    expect(changeComment(undefined, after, 'abc1234')).toMatch(/changed at abc1234; the description above is current/);
  });
});
