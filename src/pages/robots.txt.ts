import { pathWithBase, ROUTES } from '../lib/site/routes';
import type { APIRoute } from 'astro';
import { BASE } from '../consts';

/** Lets every crawler in and names the sitemap by its absolute address. */
export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL(pathWithBase(BASE, ROUTES.sitemap), site);
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap.href}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
