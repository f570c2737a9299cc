/**
 * The county population table (scripts/sources/county-population-2020.json: census 2020, else the
 * bureau's 2021 year-end figure), bundled into the chunk that imports it: the targets panel, which
 * loads on demand, so the table is not in the first load.
 */
import table from '../../../scripts/sources/county-population-2020.json';
import type { PopulationSource } from '../../core/plan/targets';

export const COUNTY_POPULATION: PopulationSource = table;
