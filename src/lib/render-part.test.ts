import { describe, expect, it } from 'vitest';
import { renderPartFrom, renderPartValue } from './render-part.ts';

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
});
