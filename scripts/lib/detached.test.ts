import { describe, expect, it } from 'vitest';
import { detached } from './detached.ts';

describe('detached', () => {
  it('copies plain data, equal to what it copied and not the same object', () => {
    const record = { title: '某市人民政府关于做好有关工作的通知'.slice(0, 6), year: 2024, issuers: [{ name: '某市人民政府', id: null }] };
    const copy = detached(record);
    expect(copy).toEqual(record);
    expect(copy.issuers).not.toBe(record.issuers);
  });
});
