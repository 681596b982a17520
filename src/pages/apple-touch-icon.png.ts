import type { APIRoute } from 'astro';
import { ICONS, iconPng } from '../icons/site-icons';

/** The 180 × 180 touch icon, opaque: iOS rounds its corners itself and would show transparent ones as black. */
export const GET: APIRoute = () => new Response(iconPng(ICONS.appleTouch.size, { square: true }), { headers: { 'Content-Type': 'image/png' } });
