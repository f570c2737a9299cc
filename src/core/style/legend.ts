/** Legend colour of a catalogue item, from the same theme slots the map uses. */
import type { Theme } from './theme';

export function legendColour(key: string, t: Theme): string {
  if (key.startsWith('action-')) return t.actions[Number(key.slice(7)) - 1] ?? '#888';
  const slots: Record<string, string> = {
    regions: t.coreArea, centres: t.mainCentre, axes: t.axis, belts: t.beltCoastal,
    corridors: t.corridor, districts: t.district, transport: t.transportExisting,
  };
  return slots[key] ?? '#888';
}
