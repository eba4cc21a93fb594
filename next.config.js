// @ts-check
/**
 * Security headers apply to `next start` (production). A static export (`npm run export`,
 * STATIC_EXPORT=1) cannot set headers: the static host sets its own (see README).
 */
const isExport = process.env.STATIC_EXPORT === '1';

const CSP = [
  "default-src 'self'",
  // Next's inline bootstrap scripts need 'unsafe-inline'; 'unsafe-eval' is never allowed in production.
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

export const SECURITY_HEADERS = [
  { key: 'Content-Security-Policy', value: `${CSP}; frame-ancestors 'none'` },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
];

/** /embed/*: the same, except that any site may frame it (no X-Frame-Options, frame-ancestors *). */
export const EMBED_HEADERS = SECURITY_HEADERS.filter((h) => h.key !== 'X-Frame-Options').map((h) =>
  h.key === 'Content-Security-Policy' ? { key: h.key, value: `${CSP}; frame-ancestors *` } : h,
);

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
