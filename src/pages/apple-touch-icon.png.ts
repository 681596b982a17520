import type { APIRoute } from 'astro';
import { ICONS } from '../icons/site-icons';
import { siteIconPng } from '../render/icon-image';

/** The 180 × 180 touch icon, opaque: iOS rounds its corners itself and would show transparent ones as black. */
export const GET: APIRoute = () => new Response(siteIconPng(ICONS.appleTouch.size, { square: true }), { headers: { 'Content-Type': 'image/png' } });
