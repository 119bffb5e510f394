import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { agencyCalendar } from '../../../lib/agency-calendar.ts';

export const getStaticPaths = (async () => (await getCollection('agencies'))
  .filter((entry) => entry.data.tasks.length > 0)
  .map((entry) => ({ params: { id: entry.data.id }, props: { agency: entry.data } }))) satisfies GetStaticPaths;

/** /agencies/<id>/calendar.ics: the agency's dated deadlines, one all-day event each. */
export const GET: APIRoute = ({ props, site }) => {
  const { agency } = props as Awaited<ReturnType<typeof getStaticPaths>>[number]['props'];
  return new Response(agencyCalendar(agency.fullName ?? agency.name, agency.tasks, site), { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
