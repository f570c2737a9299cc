export const FAMILY: string;
export function buildFont(opts?: { log?: (message: string) => void }): Promise<{ files: { file: string; chars: number; bytes: number }[]; missing: string; cached: boolean }>;
export function collectText(root?: string): { cjk: string; other: string };
export function unicodeRanges(text: string): string[];
