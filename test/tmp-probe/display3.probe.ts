describe('probe', () => {
  it('frames', async () => {
    const got = await navigator.mediaDevices.getDisplayMedia({ video: true });
    const video = document.createElement('video');
    video.muted = true;
    video.srcObject = got;
    await video.play();
    for (const wait of [300, 700]) {
      await new Promise((r) => setTimeout(r, wait));
      const c = Object.assign(document.createElement('canvas'), { width: video.videoWidth, height: video.videoHeight });
      c.getContext('2d')!.drawImage(video, 0, 0);
      console.log('IMG', c.toDataURL('image/png'));
    }
    video.srcObject = null;
    got.getTracks().forEach((t) => t.stop());
  });
});
