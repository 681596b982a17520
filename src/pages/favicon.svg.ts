import type { APIRoute } from 'astro';
import { iconSvg } from '../icons/site-icons';

/** The vector favicon: the same mark the raster icons are drawn from. */
export const GET: APIRoute = () => new Response(iconSvg(), { headers: { 'Content-Type': 'image/svg+xml' } });
