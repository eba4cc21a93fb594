// Types for security-headers.mjs (plain JavaScript: next.config.js and the build scripts run it without a compiler).
export const SECURITY_HEADERS: { key: string; value: string }[];
export const EMBED_HEADERS: { key: string; value: string }[];
export const IMMUTABLE: string;
export function headersFile(): string;
export function nginxConf(o: { root: string; port: number; prefix: string }): string;
