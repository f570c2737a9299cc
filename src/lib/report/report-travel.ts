/**
 * Travel times for the site report, from the travel engine in its own worker (started on the
 * first report, so an app that never opens one pays nothing). The site's grid is computed FROM
 * the site with TravelClient.point and read at the main centre and the sub-centres (see
 * `travelTimes` for why that is the time to get there).
 */
import { loadTravelData } from '../data/travel';
import { toWgs84 } from '../geo/datum';
import type { PlanPositions } from '../travel/engine';
import type { Scenario } from '../travel/graph';
import type { PointMessage } from '../travel/protocol';
import { TravelClient, createTravelWorker } from '../travel/travel-client';
import { travelTimes, type TravelTarget, type TravelTime } from './site-report';

/** The report measures against the plan's target network. */
export const REPORT_SCENARIO: Scenario = 'plan-2035';

export interface ReportTravel {
  mainCentre: TravelTime | null;
  nearestSubCentre: TravelTime | null;
  /** Population estimate inside each catchment circle, by circle id. */
  population: Record<string, number>;
}

let ready: Promise<{ client: TravelClient; positions: PlanPositions }> | null = null;

/** Minutes to the main centre (its first site, 温州市人民政府, as the engine's circles use) and to the nearest sub-centre. */
export async function reportTravel(anchor: [number, number]): Promise<ReportTravel> {
  ready ??= (async () => {
    const { engine } = await loadTravelData();
    const client = new TravelClient(createTravelWorker());
    await client.init(engine);
    return { client, positions: engine.positions };
  })();
  let r: Awaited<typeof ready>;
  try {
    r = await ready;
  } catch (e) {
    ready = null; // let the next report try again
    throw e;
  }
  const point: PointMessage = await r.client.point(anchor, REPORT_SCENARIO);
  const sites = (key: string): TravelTarget[] =>
    (r.positions.features[key]?.sites ?? []).map((s) => ({ name_zh: s.name_zh, name_en: s.name_en ?? s.name_zh, lonLat: toWgs84([s.lon, s.lat], /^GCJ/i.test(s.datum ?? '') ? 'GCJ02' : /^BD/i.test(s.datum ?? '') ? 'BD09' : 'WGS84') as [number, number] }));
  const [main] = travelTimes(point.grid, sites('main-centre').slice(0, 1));
  const subs = travelTimes(point.grid, [...sites('sub-centre-north'), ...sites('sub-centre-south')]).sort((a, b) => a.minutes - b.minutes);
  const population = Object.fromEntries(Object.entries(point.population).map(([id, p]) => [id, p.population]));
  return { mainCentre: main ?? null, nearestSubCentre: subs[0] ?? null, population };
}
