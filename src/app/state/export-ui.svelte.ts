/**
 * Shared state of the export dialog and print: the top-bar buttons set it, the dialog and the
 * print sheet (rendered beside the map) react. Kept apart from AppState: it is UI, not view state.
 */
export type Paper = 'a4' | 'a3';

export class ExportUi {
  open = $state(false);
  paper = $state<Paper>('a4');
  /** Set by the print sheet once the map exists: snapshots the map, then prints. */
  print: (() => void) | null = null;
}

export const exportUi = new ExportUi();

/** Prints through the print sheet when it is there, else plainly. */
export function printMap(): void {
  exportUi.open = false;
  if (exportUi.print) exportUi.print();
  else window.print();
}
