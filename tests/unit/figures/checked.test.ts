import { describe, expect, test } from 'vitest';
import { about, all, fail, ok, orThrow, problemLine } from '../../../src/lib/figures/checked';

describe('Checked results', () => {
  test('all() gives every value in order when every check passed', () => {
    expect(all([ok(1), ok(2), ok(3)])).toEqual({ ok: true, value: [1, 2, 3] });
  });

  test('all() gives every problem of every failed check, and no value, when any failed', () => {
    expect(all([ok(1), fail('first'), ok(3), fail('second', 'third')])).toEqual({
      ok: false,
      problems: [{ message: 'first' }, { message: 'second' }, { message: 'third' }],
    });
  });

  test('about() names the entry on problems that name none, and leaves a passed check and named problems alone', () => {
    expect(about('figure "x"', fail('bad', { entry: 'figure "y"', message: 'worse' }))).toEqual({
      ok: false,
      problems: [
        { entry: 'figure "x"', message: 'bad' },
        { entry: 'figure "y"', message: 'worse' },
      ],
    });
    expect(about('figure "x"', ok(5))).toEqual({ ok: true, value: 5 });
  });

  test('a problem reads as one line, with its entry first when it has one', () => {
    expect(problemLine({ entry: 'claim "c"', message: 'is missing' })).toBe('claim "c": is missing');
    expect(problemLine({ message: '"d" is used twice' })).toBe('"d" is used twice');
  });

  test('orThrow() returns a passed value, and throws once with a heading and every problem on its own line', () => {
    expect(orThrow(ok('v'), 'Heading')).toBe('v');
    expect(() => orThrow(fail({ entry: 'figure "a"', message: 'one' }, 'two'), 'Heading')).toThrow(/^Heading:\n- figure "a": one\n- two$/u);
  });

  test('all() fails when any check failed, even one that names no problem of its own', () => {
    expect(all([ok(1), fail()])).toEqual({ ok: false, problems: [] });
  });
});
