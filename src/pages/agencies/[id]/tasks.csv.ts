import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { agencyTasksCsv } from '../../../lib/agency-tasks-csv.ts';

export const getStaticPaths = (async () => (await getCollection('agencies'))
  .filter((entry) => entry.data.tasks.length > 0)
  .map((entry) => ({ params: { id: entry.data.id }, props: { agency: entry.data } }))) satisfies GetStaticPaths;

/** /agencies/<id>/tasks.csv: every task naming the agency, with role and deadline, for a spreadsheet. */
export const GET: APIRoute = ({ props, site }) => {
  const { agency } = props as Awaited<ReturnType<typeof getStaticPaths>>[number]['props'];
  return new Response(agencyTasksCsv(agency.tasks, site), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
