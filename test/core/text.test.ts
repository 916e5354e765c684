import { describe, expect, it } from 'vitest';
import { hash64 } from '../../src/core/text.js';

// Fingerprints are stored in baselines and code scanning: the hash must never change value.
describe('hash64', () => {
  it.each([
    ['', '488bdcb81aee8d83'],
    ['alert-owner\u0000rules/api.yml\u0000missing\u0000groups[api].rules[HighErrorRate]', '28c4f80ad61b356a'],
    ['a', '501c2ba782c97901'],
  ])('hashes %j to %s', (text, expected) => {
    expect(hash64(text)).toBe(expected);
  });

  it('agrees with the two-halves form it replaced, on 2,000 texts', () => {
    const reference = (text: string) => {
      let h1 = 0xdeadbeef;
      let h2 = 0x41c6ce57;
      for (let i = 0; i < text.length; i++) {
        const ch = text.charCodeAt(i);
        h1 = Math.imul(h1 ^ ch, 2654435761);
        h2 = Math.imul(h2 ^ ch, 1597334677);
      }
      h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
      h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
      return (h2 >>> 0).toString(16).padStart(8, '0') + (h1 >>> 0).toString(16).padStart(8, '0');
    };
    for (let i = 0; i < 2_000; i++) {
      const text = `rule-${i}\u0000file ${i * 7919}\u0000${'é'.repeat(i % 5)}${String.fromCharCode(i)}`;
      expect(hash64(text)).toBe(reference(text));
    }
  });
});
