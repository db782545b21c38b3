import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/photo-booth/define.js';
import type { PhotoBooth } from '../../src/components/photo-booth/photo-booth.js';
import { elementSuite } from '../helpers/element-suite.js';
import { skipWithout } from '../helpers/skip.js';
import { until } from '../helpers/tracks.js';

// Runs in every engine, and again in WebKit with its ImageCapture feature turned on (the
// `webkit-image-capture` group): Safari ships without it, so both paths run in one engine.

async function liveBooth(): Promise<PhotoBooth> {
  const el = await fixture<PhotoBooth>(html`<photo-booth autostart source="image-capture" format="image/jpeg"></photo-booth>`);
  await until(() => el.state.status === 'live', 'live', 8000);
  await el.updateComplete;
  return el;
}

const decodedSize = async (blob: Blob) => {
  const bitmap = await createImageBitmap(blob);
  return [bitmap.width, bitmap.height];
};

describe('<photo-booth source="image-capture">', () => {
  elementSuite('photo-booth');

  it('takes a full sensor photo with ImageCapture where the browser has it', async function () {
    if (!('ImageCapture' in window)) skipWithout(this, 'no ImageCapture');
    const takePhoto = ImageCapture.prototype.takePhoto;
    let sensorPhotos = 0;
    ImageCapture.prototype.takePhoto = function (this: ImageCapture, ...args) {
      sensorPhotos++;
      return takePhoto.apply(this, args);
    };
    try {
      const el = await liveBooth();
      const photo = await el.takePhoto();
      expect(sensorPhotos, 'ImageCapture took it').to.equal(1);
      expect(photo.blob.type).to.equal('image/jpeg');
      expect(await decodedSize(photo.blob)).to.deep.equal([photo.width, photo.height]);
      expect(photo.width).to.be.greaterThan(0);
    } finally {
      ImageCapture.prototype.takePhoto = takePhoto;
    }
  });

  it('takes the video frame, at the camera’s size, where the browser has no ImageCapture', async function () {
    if ('ImageCapture' in window) skipWithout(this, 'a browser without ImageCapture');
    const el = await liveBooth();
    const photo = await el.takePhoto();
    const { width, height } = el.state.tracks.video!.settings;
    expect([photo.width, photo.height]).to.deep.equal([width, height]);
    expect(await decodedSize(photo.blob)).to.deep.equal([width, height]);
    expect(el.photos).to.have.length(1);
  });
});
