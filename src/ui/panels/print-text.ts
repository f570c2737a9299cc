/**
 * Prints the plan text alone (A4 portrait): marks the page with `print-plan-text` for the browser's
 * print, whose stylesheet (print-text.css, loaded with the reader) hides everything but the text.
 */
import './print-text.css';

/** Opens the browser's print of the plan text; the mark is removed after printing. */
export function printText(): void {
  const root = document.documentElement;
  const done = () => {
    root.classList.remove('print-plan-text');
    window.removeEventListener('afterprint', done);
  };
  root.classList.add('print-plan-text');
  window.addEventListener('afterprint', done);
  window.print();
}
