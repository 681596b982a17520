import { describe, expect, test } from 'vitest';
import { embedHeightMessage } from '../../../src/lib/share/embed-message';

describe('embedHeightMessage', () => {
  test.each([
    [480, 480],
    [480.01, 481],
    [479.5, 480],
  ])('tells the parent a height of %s px as %s, namespaced and naming its chart', (height, posted) => {
    expect(embedHeightMessage('chart-deals', height)).toEqual({ type: 'baku-arms:embed-height', chart: 'chart-deals', height: posted });
  });
});
