import { GlobalFonts } from '@napi-rs/canvas';
import { beforeEach, describe, expect, test, vi } from 'vitest';

// Each test starts as a fresh build process would: no font registered, and src/render/canvas.ts not yet loaded.
beforeEach(() => {
  GlobalFonts.removeAll();
  vi.resetModules();
  vi.restoreAllMocks();
});
const load = () => import('../../../src/render/canvas');

// Each face's advance width for "i", in units of its 2048-unit em, read from its `hmtx` table: at 2048 px a unit is a
// pixel. The four faces differ, so each measure names the face that set it.
const ADVANCE_OF_I = { sans: 569, sansBold: 702, serif: 655, serifBold: 778 };

describe('the images’ fonts', () => {
  test('text is measured in DejaVu Sans and DejaVu Serif, regular and bold, under the images’ own family names', async () => {
    const { canvasMeasure, SANS, SERIF } = await load();
    const measure = canvasMeasure();
    expect(measure('i', `2048px "${SANS}"`)).toBe(ADVANCE_OF_I.sans);
    expect(measure('i', `700 2048px "${SANS}"`)).toBe(ADVANCE_OF_I.sansBold);
    expect(measure('i', `2048px "${SERIF}"`)).toBe(ADVANCE_OF_I.serif);
    expect(measure('i', `700 2048px "${SERIF}"`)).toBe(ADVANCE_OF_I.serifBold);
    expect(measure('iii', `2048px "${SANS}"`)).toBe(3 * ADVANCE_OF_I.sans);
  });

  test('a canvas made for an image has the fonts ready, at the size asked, rounded to whole pixels', async () => {
    const { imageCanvas } = await load();
    const canvas = imageCanvas(40.4, 20.6);
    expect([canvas.width, canvas.height]).toEqual([40, 21]);
    const ctx = canvas.getContext('2d');
    ctx.font = '2048px "Card Serif"';
    expect(ctx.measureText('i').width).toBe(ADVANCE_OF_I.serif);
  });

  test('the font files are read once, however many images are drawn', async () => {
    const register = vi.spyOn(GlobalFonts, 'registerFromPath');
    const { imageCanvas, registerFonts } = await load();
    imageCanvas(1, 1);
    imageCanvas(1, 1);
    registerFonts();
    expect(register.mock.calls.map(([path, family]) => [path.replace(/^.*\//u, ''), family])).toEqual([
      ['DejaVuSans.ttf', 'Card Sans'],
      ['DejaVuSans-Bold.ttf', 'Card Sans'],
      ['DejaVuSerif.ttf', 'Card Serif'],
      ['DejaVuSerif-Bold.ttf', 'Card Serif'],
    ]);
  });

  test('a font file that does not load stops the build, naming the file', async () => {
    vi.spyOn(GlobalFonts, 'registerFromPath').mockReturnValue(null);
    const { registerFonts } = await load();
    expect(() => registerFonts()).toThrow(new Error('could not load the font DejaVuSans.ttf'));
  });
});
