// GitHub's page-based pagination: `per_page` (default 30, at most 100) and `page`, with a Link header naming the
// prev, next, last and first pages, which is what octokit's paginate() follows.

import type { ApiRequest } from './handlers/common.js';

export function paginate<T>(items: T[], req: ApiRequest, api: string): { page: T[]; headers: Record<string, string> } {
  const perPage = Math.min(Math.max(Number(req.query.per_page ?? 30), 1), 100);
  const page = Math.max(Number(req.query.page ?? 1), 1);
  const last = Math.max(Math.ceil(items.length / perPage), 1);
  const url = (n: number) => {
    const query = new URLSearchParams(Object.entries(req.query).map(([k, v]): [string, string] => [k, String(v)]));
    query.set('page', String(n));
    if (req.query.per_page !== undefined) query.set('per_page', String(perPage));
    return `<${api}${req.path}?${query}>`;
  };
  const links: string[] = [];
  if (page > 1) links.push(`${url(Math.min(page - 1, last))}; rel="prev"`);
  if (page < last) links.push(`${url(page + 1)}; rel="next"`, `${url(last)}; rel="last"`);
  if (page > 1) links.push(`${url(1)}; rel="first"`);
  return { page: items.slice((page - 1) * perPage, page * perPage), headers: links.length > 0 ? { link: links.join(', ') } : {} };
}
