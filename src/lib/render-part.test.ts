import { describe, expect, it } from 'vitest';
import { loadedDocumentIds, renderPartFrom, renderPartValue } from './render-part.ts';

describe('RENDER_PART', () => {
  it('reads the lists part and a range of documents, and writes them back', () => {
    expect(renderPartFrom(undefined)).toEqual({ kind: 'whole' });
    expect(renderPartFrom('lists')).toEqual({ kind: 'lists' });
    expect(renderPartFrom('documents:5000:10000')).toEqual({ kind: 'documents', from: 5000, to: 10000 });
    expect(renderPartValue({ kind: 'documents', from: 5000, to: 10000 })).toBe('documents:5000:10000');
  });

  it('names what was expected when the value is not a part', () => {
    expect(() => renderPartFrom('documents:5000')).toThrow('RENDER_PART=documents:5000: expected "lists" or "documents:FROM:TO"');
  });

  it('loads only its own range of documents, in slug order, into a part of documents, none into the lists part, all into one run', () => {
    const ids = ['b-2', 'a', 'c', 'a-b', 'b'];
    expect(loadedDocumentIds(ids, { kind: 'documents', from: 1, to: 3 })).toEqual(['a-b', 'b']);
    expect(loadedDocumentIds(ids, { kind: 'lists' })).toEqual([]);
    expect(loadedDocumentIds(ids, { kind: 'whole' })).toEqual(['a', 'a-b', 'b', 'b-2', 'c']);
  });
});
