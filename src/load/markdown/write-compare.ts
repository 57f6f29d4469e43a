import type { PathSegments } from '../../model/path.js';

/**
 * A JSON copy where adjacent text nodes are one node and empty ones are gone:
 * the same inline content, however it was split.
 */
export function normalizeDraft(value: unknown): unknown {
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    for (const item of value.map(normalizeDraft)) {
      const previous = out[out.length - 1];
      if (isText(item) && item.value === '') continue;
      if (isText(item) && isText(previous)) previous.value += item.value;
      else out.push(item);
    }
    return out;
  }
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, item]) => item !== undefined)
        .map(([key, item]) => [key, normalizeDraft(item)]),
    );
  }
  return value;
}

function isText(value: unknown): value is { type: 'text'; value: string } {
  return value !== null && typeof value === 'object' && (value as { type?: unknown }).type === 'text' && Object.keys(value).length === 2;
}

const show = (value: unknown) => {
  const json = value === undefined ? 'nothing' : JSON.stringify(value);
  return json.length > 60 ? `${json.slice(0, 57)}…` : json;
};

/** The first place where `written` and `read` differ, with both values. */
export function firstDifference(written: unknown, read: unknown, path: PathSegments = []): { path: PathSegments; message: string } | undefined {
  if (Object.is(written, read)) return undefined;
  const bothObjects = written !== null && read !== null && typeof written === 'object' && typeof read === 'object' && Array.isArray(written) === Array.isArray(read);
  if (bothObjects) {
    const keys = new Set([...Object.keys(written), ...Object.keys(read)]);
    for (const key of keys) {
      const segment = Array.isArray(written) ? Number(key) : key;
      const difference = firstDifference((written as Record<string, unknown>)[key], (read as Record<string, unknown>)[key], [...path, segment]);
      if (difference) return difference;
    }
    return undefined;
  }
  return { path, message: `Markdown cannot carry ${show(written)} here (it reads back as ${show(read)})` };
}
