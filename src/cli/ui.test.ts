import { afterEach, describe, expect, it, vi } from 'vitest';
import { InputError } from '../model/errors.js';
import { printableData, reportFailure, version } from './ui.js';

describe('reportFailure', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    process.exitCode = undefined;
  });
  const capture = () => {
    let text = '';
    vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((text += String(s)), true));
    return () => text;
  };

  it('our own bug is exit 2, said plainly with the version', () => {
    const text = capture();
    reportFailure(new TypeError('cannot read properties of undefined'));
    expect(process.exitCode).toBe(2);
    expect(text()).toContain(version());
    expect(text()).toMatch(/internal error|erreur interne/);
  });

  it('a system error is the user\'s environment: exit 1, located', () => {
    const text = capture();
    reportFailure(Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', syscall: 'write', path: 'out/a.docx' }));
    expect(process.exitCode).toBe(1);
    expect(text()).toMatch(/out\/a\.docx .*\[disk-full\]/);
  });

  it('an InputError is exit 1 with its diagnostics, control characters escaped', () => {
    const text = capture();
    reportFailure(new InputError([{ code: 'x', severity: 'error', message: 'bad \u001b[2J value', file: 'a\u001b]0;t\u0007.yaml' }]));
    expect(process.exitCode).toBe(1);
    expect(text()).toContain('a\\u001b]0;t\\u0007.yaml');
    expect(text()).toContain('bad \\u001b[2J value');
    expect(text()).not.toContain('\u001b');
  });
});

describe('printableData', () => {
  it('escapes every string at any depth, leaves numbers', () => {
    expect(printableData({ a: ['x\u001by', { b: 3, c: '\u009b' }] })).toEqual({ a: ['x\\u001by', { b: 3, c: '\\u009b' }] });
  });
});
