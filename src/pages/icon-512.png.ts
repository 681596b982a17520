import type { APIRoute } from 'astro';
import { ICONS, iconPng } from '../icons/site-icons';

/** The 512 × 512 logo that the structured data names as this site's, the publisher's. */
export const GET: APIRoute = () => new Response(iconPng(ICONS.logo.size), { headers: { 'Content-Type': 'image/png' } });
