import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readPolicyDocument } from '../scripts/read-document.ts';
import { addTallies, emptyTally, ratesOf, scoreDocument } from '../scripts/verify/against-truth.ts';
import { findLostText } from '../scripts/verify/nothing-lost.ts';
import { readTruths } from '../scripts/verify/truth.ts';

/**
 * Real documents beside the truth a person wrote by reading them
 * (tests/fixtures/real/README.md). Every document must be modelled with
 * nothing lost. The training set must keep the figures it has reached, so a
 * change that breaks a form read before fails here; the held-back set is
 * only reported (`npm run bench:parser`), never tuned against.
 */
const TRAINING_FLOOR = {
  taskRecall: 0.94,
  agencyF1: 0.88,
  rolesExact: 0.75,
  deadlinesExact: 0.85,
};

const documents = readTruths().map(({ file, truth }) => ({ file, truth, document: readPolicyDocument(file) }));

describe('real documents', () => {
  for (const { file, truth, document } of documents) {
    it(`${truth.source}: modelled with a title and nothing lost`, () => {
      expect(document.title.length).toBeGreaterThan(0);
      expect(findLostText(readFileSync(file, 'utf8'), document)).toBeUndefined();
    });
  }

  it('training set keeps its task recall, agency F1, roles and deadlines', () => {
    const training = documents.filter(({ truth }) => truth.set === 'train');
    const tally = training.map(({ document, truth }) => scoreDocument(document, truth).tally).reduce(addTallies, emptyTally());
    const rates = ratesOf(tally);
    expect(rates.taskRecall).toBeGreaterThanOrEqual(TRAINING_FLOOR.taskRecall);
    expect(rates.agencyF1).toBeGreaterThanOrEqual(TRAINING_FLOOR.agencyF1);
    expect(rates.rolesExact).toBeGreaterThanOrEqual(TRAINING_FLOOR.rolesExact);
    expect(rates.deadlinesExact).toBeGreaterThanOrEqual(TRAINING_FLOOR.deadlinesExact);
  });

  it('holds back a third of the annotated documents', () => {
    const heldOut = documents.filter(({ truth }) => truth.set === 'heldout').length;
    expect(heldOut / documents.length).toBeGreaterThanOrEqual(0.3);
  });
});
