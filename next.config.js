// @ts-check
/**
 * Security headers apply to `next start` (production); the list is in lib/server/security-headers.mjs, which also writes
 * them for a static host (deploy/nginx.conf, out/_headers). A static export (STATIC_EXPORT=1) sets none itself.
 */
import { EMBED_HEADERS, SECURITY_HEADERS } from './lib/server/security-headers.mjs';

const isExport = process.env.STATIC_EXPORT === '1';

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // A native addon used at build only (share images): loaded from node_modules, not bundled.
  serverExternalPackages: ['@resvg/resvg-js'],
  reactStrictMode: true,
  // Inline the stylesheet into each page: no render-blocking CSS request before the first paint.
  // (Not in the static export, whose client navigation still asks for the CSS files.)
  experimental: { inlineCss: !isExport },
  ...(isExport ? { output: 'export', trailingSlash: true, distDir: '.next-export' } : {}),
  ...(isExport
    ? {}
    : {
        async headers() {
          if (process.env.NODE_ENV !== 'production') return [];
          return [
            // Every path but /embed/…, which other sites may frame.
            { source: '/:path((?!embed/).*)', headers: SECURITY_HEADERS },
            { source: '/embed/:path*', headers: EMBED_HEADERS },
          ];
        },
      }),
};

export default nextConfig;
