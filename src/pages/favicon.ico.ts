import type { APIRoute } from 'astro';
import { ICONS, icoFile } from '../icons/site-icons';
import { siteIconPng } from '../render/icon-image';

/** /favicon.ico, which browsers, feed readers and link previews ask for whether or not a page names it. */
export const GET: APIRoute = () => {
  const { size } = ICONS.ico;
  return new Response(icoFile([{ size, png: siteIconPng(size) }]), { headers: { 'Content-Type': 'image/x-icon' } });
};
