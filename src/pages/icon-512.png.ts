import type { APIRoute } from 'astro';
import { ICONS } from '../icons/site-icons';
import { siteIconPng } from '../render/icon-image';

/** The 512 × 512 logo that the structured data names as this site's, the publisher's. */
export const GET: APIRoute = () => new Response(siteIconPng(ICONS.logo.size), { headers: { 'Content-Type': 'image/png' } });
