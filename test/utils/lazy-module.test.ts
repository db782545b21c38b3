import { expect } from '@open-wc/testing';
import { CaptureError } from '../../src/core/index.js';
import { errorText } from '../../src/i18n/error-text.js';
import { LazyModule } from '../../src/utils/lazy-module.js';

/** A part whose file the server does not have: the browser's own failure of a dynamic import. */
const missingPart = () => import(/* @vite-ignore */ `/no-such-part-${Math.random().toString(36).slice(2)}.js`) as Promise<object>;

describe('LazyModule', () => {
  it('a part that cannot be loaded is a CaptureError saying so, not a bad argument; the next use tries again', async () => {
    let tries = 0;
    const part = new LazyModule(() => {
      tries++;
      return missingPart();
    });
    const error: unknown = await part.load().then(() => null, (cause: unknown) => cause);
    expect(error).to.be.instanceOf(CaptureError);
    const { code, params, cause } = error as CaptureError;
    expect({ code, reason: params.reason }).to.deep.equal({ code: 'unknown', reason: 'not-loaded' });
    expect(cause, 'the browser’s error kept').to.be.instanceOf(TypeError);
    expect(errorText(error as CaptureError)).to.match(/^Part of this page could not be loaded \(.+\)\. Check the connection and try again\.$/);
    await part.load().catch(() => undefined);
    expect(tries, 'tried again').to.equal(2);
  });

  it('a part that loads is kept: the next use has it at once', async () => {
    const part = new LazyModule(() => import('../../src/utils/define-element.js'));
    const loaded = await part.load();
    expect(part.get(), 'the module itself, not a promise').to.equal(loaded);
  });
});
