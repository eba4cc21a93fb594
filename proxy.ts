import { NextResponse, type NextRequest } from 'next/server';

/**
 * Malformed percent-encoding (e.g. /datasets/%ZZ) would make the router throw a 500:
 * answer it with the app's own 404 page instead.
 */
export function proxy(request: NextRequest) {
  const path = request.nextUrl.pathname;
  try {
    decodeURIComponent(path);
    return NextResponse.next();
  } catch {
    return NextResponse.rewrite(new URL('/not-found-malformed', request.url), { status: 404 });
  }
}

export const config = { matcher: '/((?!_next/static|_next/image).*)' };
