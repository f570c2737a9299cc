export interface FoundBrowser {
  executablePath: string;
  /** Launch switches that choice needs; the caller appends its own. */
  args: string[];
  source: 'CHROMIUM_PATH' | 'system' | '@sparticuz/chromium';
}
export function browserStarts(path: string): boolean;
export function findBrowser(): Promise<FoundBrowser>;
