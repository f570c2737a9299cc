/**
 * Travel times for the site report, from the same travel worker and client as the panel (one
 * engine, data loaded once: issue 11). The site's grid is computed FROM the site with a point
 * request on the report's own channel (so it never cancels the panel's clicked point) and read
 * at the main centre and the sub-centres (see `travelTimes` for why that is the time to get there).
 */
import { toWgs84 } from '../geo/datum';
import type { EngineData } from '../travel/engine';
import type { Scenario } from '../travel/graph';
import type { PointInputs, PointMessage } from '../travel/protocol';
import { travelTimes, type TravelTarget, type TravelTime } from './site-report';

/** The report measures against the plan's target network. */
export const REPORT_SCENARIO: Scenario = 'plan-2035';

export interface ReportTravel {
  mainCentre: TravelTime | null;
  nearestSubCentre: TravelTime | null;
  /** Population estimate inside each catchment circle, by circle id. */
  population: Record<string, number>;
}

/** What the report needs of the travel client (app/workers/travel-client.ts): a point request on its own channel. */
export interface PointClient {
  point(inputs: PointInputs, options: { channel?: string }): Promise<PointMessage>;
}

/** The shared engine: TravelController.engine in the app. */
export type EngineHandle = () => Promise<{ client: PointClient; data: EngineData }>;

/** Minutes to the main centre (温州市人民政府, the first 'city-core' site, as the engine's circles use) and to the nearest sub-centre. */
export async function reportTravel(anchor: [number, number], engine: EngineHandle): Promise<ReportTravel> {
  const { client, data } = await engine();
  const point: PointMessage = await client.point({ lonLat: anchor, scenario: REPORT_SCENARIO, add: [], remove: [], cutoffsMinutes: [15, 30, 45, 60] }, { channel: 'report' });
  const positions = data.positions;
  const sites = (key: string): TravelTarget[] =>
    (positions.features[key]?.sites ?? []).map((s) => ({ name_zh: s.name_zh, name_en: s.name_en ?? s.name_zh, lonLat: toWgs84([s.lon, s.lat], /^GCJ/i.test(s.datum ?? '') ? 'GCJ02' : /^BD/i.test(s.datum ?? '') ? 'BD09' : 'WGS84') as [number, number] }));
  const [main] = travelTimes(point.grid, sites('city-core').slice(0, 1));
  const subs = travelTimes(point.grid, [...sites('sub-centre-north'), ...sites('sub-centre-south')]).sort((a, b) => a.minutes - b.minutes);
  const population = Object.fromEntries(Object.entries(point.population).map(([id, p]) => [id, p.population]));
  return { mainCentre: main ?? null, nearestSubCentre: subs[0] ?? null, population };
}
