/**
 * State of the plan-text reader (issue 16), part of AppState and of the link (`url.ts`: rp, hp, rw).
 * Small and text-free, so it costs nothing in the first render.
 */
export interface TextJump {
  /** Paragraph or section id to bring into view. */
  target: string;
  /** Inventory id whose quote (and mentions) to mark there. */
  item: string | null;
  seq: number;
}

export class ReaderState {
  /** Wide reading mode: the text beside the map. */
  wide = $state(false);
  /** Paragraph or section shown on the map (its items highlighted), also highlighted in the text. */
  paragraph = $state<string | null>(null);
  /** Reading position: the paragraph at the top of the reader. */
  position = $state<string | null>(null);
  /** The latest request to bring a place of the text into view. */
  jump = $state.raw<TextJump | null>(null);
  /** Ids highlighted on the map for `paragraph` (written by the map overlay once the text is loaded). */
  mapIds = $state.raw<string[]>([]);

  /** Asks the reader to show `target`, marking `item`'s quote there. */
  goTo(target: string, item: string | null = null): void {
    this.jump = { target, item, seq: (this.jump?.seq ?? 0) + 1 };
  }
}
