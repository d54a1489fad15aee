// Compares two PNG screenshots inside Chromium (createImageBitmap and a canvas: no image library).
// A pixel differs when one of its channels moves by more than `channelTolerance`; the images match
// when at most `allowedRatio` of their pixels differ (antialiasing noise), never when their sizes
// differ.
import type { Page } from 'playwright-core';

export const channelTolerance = 4; // of 255: colour rounding, not a design change
export const allowedRatio = 0.0002; // 2 pixels in 10,000 (at least 8)

export interface Comparison {
  /** Why the images differ, or `null` when they match. */
  problem: string | null;
  /** The reference greyed out, with every differing pixel in red (when the sizes are equal). */
  diff: Buffer | null;
}

export async function comparePngs(
  page: Page,
  expected: Buffer,
  actual: Buffer,
): Promise<Comparison> {
  if (expected.equals(actual)) return { problem: null, diff: null };
  const result = await page.evaluate(
    async ({ expectedBase64, actualBase64, tolerance, ratio }) => {
      const pixels = async (base64: string) => {
        const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
        const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }), {
          colorSpaceConversion: 'none',
          premultiplyAlpha: 'none',
        });
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const context = canvas.getContext('2d')!;
        context.drawImage(bitmap, 0, 0);
        return context.getImageData(0, 0, bitmap.width, bitmap.height);
      };
      const [before, after] = await Promise.all([pixels(expectedBase64), pixels(actualBase64)]);
      const size = (image: ImageData) => `${image.width}×${image.height}`;
      if (size(before) !== size(after))
        return { problem: `size changed from ${size(before)} to ${size(after)}`, diff: null };

      const diff = new ImageData(before.width, before.height);
      let mismatched = 0;
      for (let index = 0; index < before.data.length; index += 4) {
        let delta = 0;
        for (let channel = index; channel < index + 4; channel += 1)
          delta = Math.max(delta, Math.abs(before.data[channel]! - after.data[channel]!));
        if (delta > tolerance) mismatched += 1;
        const grey = 192 + before.data[index]! / 4;
        diff.data.set(delta > tolerance ? [255, 0, 0, 255] : [grey, grey, grey, 255], index);
      }
      const allowed = Math.max(8, Math.floor(before.width * before.height * ratio));
      if (mismatched <= allowed) return { problem: null, diff: null };

      const canvas = new OffscreenCanvas(diff.width, diff.height);
      canvas.getContext('2d')!.putImageData(diff, 0, 0);
      const png = new Uint8Array(await (await canvas.convertToBlob()).arrayBuffer());
      return {
        problem: `${mismatched} pixels differ (at most ${allowed} may)`,
        diff: btoa(Array.from(png, (byte) => String.fromCharCode(byte)).join('')),
      };
    },
    {
      expectedBase64: expected.toString('base64'),
      actualBase64: actual.toString('base64'),
      tolerance: channelTolerance,
      ratio: allowedRatio,
    },
  );
  return {
    problem: result.problem,
    diff: result.diff === null ? null : Buffer.from(result.diff, 'base64'),
  };
}
