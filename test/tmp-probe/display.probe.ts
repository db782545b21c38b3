import { expect } from '@open-wc/testing';

describe('probe', () => {
  it('getDisplayMedia', async () => {
    const t0 = performance.now();
    const got = await Promise.race([
      navigator.mediaDevices.getDisplayMedia({ video: true, audio: true }).then((s) => s, (e: Error) => `rejected ${e.name}: ${e.message}`),
      new Promise((r) => setTimeout(() => r('timeout'), 3000)),
    ]);
    if (!(got instanceof MediaStream)) { console.log('result', String(got), performance.now() - t0); return; }
    const [track] = got.getVideoTracks();
    console.log('tracks', got.getTracks().map((t) => `${t.kind} ${t.label}`).join(','), JSON.stringify(track.getSettings()), performance.now() - t0);
    const video = document.createElement('video');
    video.muted = true;
    video.srcObject = got;
    await video.play();
    await new Promise((r) => setTimeout(r, 500));
    const c = Object.assign(document.createElement('canvas'), { width: video.videoWidth, height: video.videoHeight });
    const g = c.getContext('2d')!;
    g.drawImage(video, 0, 0);
    const px = (x: number, y: number) => Array.from(g.getImageData(x, y, 1, 1).data).join(',');
    console.log('size', video.videoWidth, video.videoHeight, 'px', px(10, 10), px(400, 300), px(700, 500), px(790, 590), px(600, 450));
    video.srcObject = null;
    got.getTracks().forEach((t) => t.stop());
    expect(true).to.be.true;
  });
});
