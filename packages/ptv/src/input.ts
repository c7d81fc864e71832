/**
 * The shapes a PTV export comes in, read into one list of channels: one channel, a list
 * of channels, one paged answer (`{ pageNumber, pageSize, pageCount, itemList }`, as every
 * list endpoint of the open API answers), or a list of paged answers (pages saved one
 * after another).
 */
import { isObject, own } from './json.js';

export interface ChannelList {
  channels: unknown[];
  /** Why the input (or a part of it) was not read; empty when all of it was. */
  problems: string[];
}

const isPage = (x: unknown): boolean => isObject(x) && Array.isArray(own(x, 'itemList'));

export function readChannelList(json: unknown): ChannelList {
  const problems: string[] = [];
  if (isPage(json)) return { channels: own(json as Record<string, unknown>, 'itemList') as unknown[], problems };
  if (isObject(json) && typeof own(json, 'serviceChannelType') === 'string') return { channels: [json], problems };
  if (Array.isArray(json)) {
    if (json.length > 0 && json.every(isPage)) {
      const channels: unknown[] = [];
      const numbers = new Set<number>();
      for (const page of json as Array<Record<string, unknown>>) {
        const n = Number(own(page, 'pageNumber'));
        if (Number.isFinite(n)) {
          if (numbers.has(n)) problems.push(`page ${n} appears twice; both read`);
          numbers.add(n);
        }
        channels.push(...(own(page, 'itemList') as unknown[]));
      }
      const count = Number(own(json[0] as Record<string, unknown>, 'pageCount'));
      if (Number.isFinite(count) && count > 0 && numbers.size > 0 && numbers.size < count) {
        problems.push(`${numbers.size} of ${count} pages given; the channels of the missing pages are not in this export`);
      }
      return { channels, problems };
    }
    return { channels: json, problems };
  }
  problems.push('expected PTV service channels: one channel, a list, a paged answer with itemList, or a list of paged answers');
  return { channels: [], problems };
}
