// Writes a still test card for Chromium's fake camera (`--use-file-for-fake-video-capture`) and a
// steady tone for its fake microphone (`--use-file-for-fake-audio-capture`), in pure Node.
// The card (YUV4MPEG2, 4:2:0, 640×480, identical frames): colour bars along the top, a grid, a
// circle in the middle and a red "L" with an arrow in the top-left quarter, so that a mirrored,
// rotated, stretched or cropped picture shows at a glance. The tone: 480 Hz (100 samples a period,
// so the loop has no seam), half scale, 48 kHz mono 16-bit PCM: the audio meter shows a steady level.
//
//   node scripts/visual/make-test-card.mjs [folder]   → <folder>/test-card.y4m, <folder>/tone.wav
//
// The default folder is fixed (/tmp/capture-kit-visual) because Chromium names the fake camera
// after the file's path, and that name is in the pictures (the device picker shows it).
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export const defaultCardFolder = '/tmp/capture-kit-visual';
const width = 640;
const height = 480;
const frames = 3;
const fps = 10;

/** The card as RGB, one [r, g, b] per pixel, computed from the pixel's position. */
function pixel(x, y) {
  // a thin grid every 40 px
  const grid = x % 40 === 0 || y % 40 === 0;
  // a circle in the middle
  const d = Math.hypot(x - width / 2, y - height / 2);
  if (Math.abs(d - 150) < 4) return [255, 255, 255];
  // the orientation mark: an "L" (upright, foot to the right) and an arrow pointing right, top left
  const inL = (x >= 60 && x < 80 && y >= 100 && y < 220) || (x >= 60 && x < 140 && y >= 200 && y < 220);
  if (inL) return [230, 30, 30];
  const inArrowShaft = x >= 160 && x < 230 && y >= 150 && y < 166;
  const inArrowHead = x >= 230 && x < 262 && Math.abs(y - 158) <= (262 - x) * 0.75;
  if (inArrowShaft || inArrowHead) return [255, 220, 0];
  // colour bars across the top 80 px: white, yellow, cyan, green, magenta, red, blue, black
  if (y < 80) {
    const bars = [[235, 235, 235], [235, 235, 16], [16, 235, 235], [16, 235, 16], [235, 16, 235], [235, 16, 16], [16, 16, 235], [16, 16, 16]];
    return bars[Math.floor((x * bars.length) / width)];
  }
  // a grey ramp across the bottom 40 px
  if (y >= height - 40) {
    const v = Math.round((x / (width - 1)) * 255);
    return [v, v, v];
  }
  if (grid) return [120, 120, 120];
  return [40, 60, 90];
}

/** One 4:2:0 frame (BT.601 full range, as `C420jpeg` says): Y plane, then U, then V (2×2 averages). */
function frame() {
  const yPlane = Buffer.alloc(width * height);
  const u = new Float64Array((width / 2) * (height / 2));
  const v = new Float64Array((width / 2) * (height / 2));
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const [r, g, b] = pixel(x, y);
      yPlane[y * width + x] = Math.round(0.299 * r + 0.587 * g + 0.114 * b);
      const c = (y >> 1) * (width / 2) + (x >> 1);
      u[c] += (-0.168736 * r - 0.331264 * g + 0.5 * b + 128) / 4;
      v[c] += (0.5 * r - 0.418688 * g - 0.081312 * b + 128) / 4;
    }
  }
  const clamp = (n) => Math.max(0, Math.min(255, Math.round(n)));
  return Buffer.concat([yPlane, Buffer.from(Array.from(u, clamp)), Buffer.from(Array.from(v, clamp))]);
}

function y4m() {
  const header = Buffer.from(`YUV4MPEG2 W${width} H${height} F${fps}:1 Ip A1:1 C420jpeg\n`);
  const one = Buffer.concat([Buffer.from('FRAME\n'), frame()]);
  return Buffer.concat([header, ...Array(frames).fill(one)]);
}

function wav() {
  const rate = 48000;
  const samples = rate; // one second, looped by Chromium
  const data = Buffer.alloc(samples * 2);
  for (let i = 0; i < samples; i++) data.writeInt16LE(Math.round(Math.sin((2 * Math.PI * i) / 100) * 16383), i * 2);
  const header = Buffer.alloc(44);
  header.write('RIFF', 0);
  header.writeUInt32LE(36 + data.length, 4);
  header.write('WAVE', 8);
  header.write('fmt ', 12);
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20); // PCM
  header.writeUInt16LE(1, 22); // mono
  header.writeUInt32LE(rate, 24);
  header.writeUInt32LE(rate * 2, 28);
  header.writeUInt16LE(2, 32);
  header.writeUInt16LE(16, 34);
  header.write('data', 36);
  header.writeUInt32LE(data.length, 40);
  return Buffer.concat([header, data]);
}

/** Writes both files into `folder` and returns their paths. */
export async function makeTestCard(folder = defaultCardFolder) {
  await mkdir(folder, { recursive: true });
  const card = join(folder, 'test-card.y4m');
  const tone = join(folder, 'tone.wav');
  await writeFile(card, y4m());
  await writeFile(tone, wav());
  return { card, tone };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { card, tone } = await makeTestCard(resolve(process.argv[2] ?? defaultCardFolder));
  console.log(`wrote ${card} and ${tone}`);
}
