import { ROUTES } from '../lib/site/routes';

/** The site's icon files, at the routes the layout and the JSON-LD link: public/favicon.svg, and the rasters drawn from it. */
export const ICONS = {
  /** The vector favicon, for browsers that take SVG: public/favicon.svg, the master, served as it is. */
  svg: { path: ROUTES.favicon },
  /** The raster favicon at the address clients ask for by convention, one 32 × 32 PNG inside. */
  ico: { path: ROUTES.faviconIco, size: 32 },
  /** iOS home screens and many link previews; iOS rounds the corners itself, so this one is a full square. */
  appleTouch: { path: ROUTES.appleTouchIcon, size: 180 },
  /** The publisher's logo in the structured data: square, and larger than the 112 px search engines ask for. */
  logo: { path: ROUTES.logo, size: 512 },
} as const;

/**
 * An ICO file holding square PNG images, as every current browser and OS reads it: a 6-byte header, one 16-byte
 * directory entry an image (a width or height of 256 is written as 0), then the PNGs themselves.
 */
export function icoFile(images: readonly { size: number; png: Uint8Array }[]): Uint8Array<ArrayBuffer> {
  const header = 6 + 16 * images.length;
  const out = new Uint8Array(header + images.reduce((sum, image) => sum + image.png.length, 0));
  const view = new DataView(out.buffer);
  view.setUint16(2, 1, true); // type 1: icon
  view.setUint16(4, images.length, true);
  let offset = header;
  images.forEach(({ size, png }, i) => {
    if (size < 1 || size > 256) throw new Error(`An ICO image is 1 to 256 pixels wide, not ${size}`);
    const entry = 6 + 16 * i;
    view.setUint8(entry, size % 256);
    view.setUint8(entry + 1, size % 256);
    view.setUint16(entry + 4, 1, true); // colour planes
    view.setUint16(entry + 6, 32, true); // bits per pixel
    view.setUint32(entry + 8, png.length, true);
    view.setUint32(entry + 12, offset, true);
    out.set(png, offset);
    offset += png.length;
  });
  return out;
}
