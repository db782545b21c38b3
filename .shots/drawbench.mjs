import puppeteer from 'puppeteer-core';
import { launchChromium } from '../scripts/browsers.mjs';
import { serveFiles } from '../scripts/checks.mjs';
const { server, base } = await serveFiles(() => '/work/main/.shots/blank.html');
const browser = await launchChromium(puppeteer);
const page = await browser.newPage();
await page.goto(base + '/');
const out = await page.evaluate(async () => {
  const stream = await navigator.mediaDevices.getUserMedia({ video: { width: 1280, height: 720 } });
  const video = Object.assign(document.createElement('video'), { muted: true, srcObject: stream });
  document.body.append(video);
  await video.play();
  await new Promise((r) => setTimeout(r, 1000));
  const frame = () => new Promise((r) => video.requestVideoFrameCallback(() => r()));
  const W = 1280, H = 720;
  const ways = {
    raw: async () => { const c = Object.assign(document.createElement('canvas'), { width: W, height: H }); c.getContext('2d').drawImage(video, 0, 0); return new Promise((r) => c.toBlob(r, 'image/png')); },
    offscreen: async () => { const c = new OffscreenCanvas(W, H); c.getContext('2d').drawImage(video, 0, 0); return c.convertToBlob({ type: 'image/png' }); },
    off1px: async () => { const c = new OffscreenCanvas(W, H); const x = c.getContext('2d'); x.drawImage(video, 0, 0); x.getImageData(640, 360, 1, 1); return c.convertToBlob({ type: 'image/png' }); },
    offWRF1px: async () => { const c = new OffscreenCanvas(W, H); const x = c.getContext('2d', { willReadFrequently: true }); x.drawImage(video, 0, 0); x.getImageData(640, 360, 1, 1); return c.convertToBlob({ type: 'image/png' }); },
    htmlWRF1px: async () => { const c = Object.assign(document.createElement('canvas'), { width: W, height: H }); const x = c.getContext('2d', { willReadFrequently: true }); x.drawImage(video, 0, 0); x.getImageData(640, 360, 1, 1); return new Promise((r) => c.toBlob(r, 'image/png')); },
    still: async () => { const s = new OffscreenCanvas(W, H); const y = s.getContext('2d'); y.drawImage(video, 0, 0); y.getImageData(640, 360, 1, 1); const c = new OffscreenCanvas(W, H); c.getContext('2d').drawImage(s, 0, 0); return c.convertToBlob({ type: 'image/png' }); },
    bitmap1px: async () => { const b = await createImageBitmap(video); const c = new OffscreenCanvas(W, H); const x = c.getContext('2d'); x.drawImage(b, 0, 0); x.getImageData(640, 360, 1, 1); b.close(); return c.convertToBlob({ type: 'image/png' }); },
  };
  const times = Object.fromEntries(Object.keys(ways).map((k) => [k, []]));
  for (let round = 0; round < 25; round++) {
    for (const [k, fn] of Object.entries(ways)) {
      await frame();
      const t0 = performance.now();
      await fn();
      times[k].push(performance.now() - t0);
    }
  }
  const med = (a) => a.sort((x, y) => x - y)[a.length >> 1].toFixed(1);
  return Object.fromEntries(Object.entries(times).map(([k, v]) => [k, med(v)]));
});
console.log(out);
await browser.close(); server.close();
