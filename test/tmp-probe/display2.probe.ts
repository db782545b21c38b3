import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';

describe('probe', () => {
  it('getDisplayMedia after a key press', async () => {
    const button = document.createElement('button');
    button.textContent = 'share';
    document.body.append(button);
    const asked = new Promise<unknown>((resolve) => button.addEventListener('click', () => {
      resolve(Promise.race([
        navigator.mediaDevices.getDisplayMedia({ video: true }).then((s) => s, (e: Error) => `rejected ${e.name}: ${e.message}`),
        new Promise((r) => setTimeout(() => r('timeout'), 3000)),
      ]));
    }));
    button.focus();
    await sendKeys({ press: 'Enter' });
    const got = await asked;
    button.remove();
    if (!(got instanceof MediaStream)) { console.log('result', String(got)); return; }
    const [track] = got.getVideoTracks();
    console.log('tracks', got.getTracks().map((t) => `${t.kind} ${t.label}`).join(','), JSON.stringify(track.getSettings()));
    const video = document.createElement('video');
    video.muted = true;
    video.srcObject = got;
    await video.play();
    await new Promise((r) => setTimeout(r, 500));
    console.log('size', video.videoWidth, video.videoHeight);
    video.srcObject = null;
    got.getTracks().forEach((t) => t.stop());
    expect(true).to.be.true;
  });
});
