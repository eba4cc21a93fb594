// Types for paint-first.mjs (plain JavaScript so that the build step runs it with Node alone).
export const LOADER_ATTRIBUTE: string;
export const FALLBACK_MS: number;
export function loadAfterFirstPaint(srcs: string[], fallbackMs: number): void;
export function paintFirst(html: string): { html: string; scripts: string[] };
export const COMPILE_HINT: string;
export function loaderScripts(html: string): string[];
export function withCompileHint(js: string): string;
export const CSP_META_ATTRIBUTE: string;
export function inlineScripts(html: string): string[];
export function withScriptHashes(html: string, hash: (text: string) => string): string;
