import { expect } from '@open-wc/testing';
import { defineOnce } from '../../src/utils/define-element.js';
import { captureWarnings } from '../helpers/console.js';

// A tag cannot be unregistered: every test takes a name of its own.
let count = 0;
const freshTag = () => `kit-define-test-${++count}`;
const kitElement = () => class KitElement extends HTMLElement {};

describe('defineOnce', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => (warnings = captureWarnings()));
  afterEach(() => warnings.restore());

  it('registers the element under a free tag, silently', () => {
    const tag = freshTag();
    const Element = kitElement();
    defineOnce(tag, Element);
    expect(customElements.get(tag)).to.equal(Element);
    expect(warnings.messages()).to.equal('');
  });

  it('says so, naming the tag, when another library registered the tag first', () => {
    const tag = freshTag();
    class Foreign extends HTMLElement {}
    customElements.define(tag, Foreign);
    defineOnce(tag, kitElement());
    expect(customElements.get(tag)).to.equal(Foreign);
    expect(warnings.messages()).to.include(`<${tag}>`).and.to.include('Foreign').and.to.include('not used');
  });

  it('is silent when the element is already registered (its define module imported twice)', () => {
    const tag = freshTag();
    const Element = kitElement();
    defineOnce(tag, Element);
    defineOnce(tag, Element);
    expect(warnings.messages()).to.equal('');
  });

  it('is silent when another copy of the kit registered the same element (another class object)', async () => {
    // Another URL, so another instance of the module: as the one-file bundle beside the per-element entries.
    const secondCopy = '../../src/utils/define-element.ts?copy';
    const copy = (await import(secondCopy)) as typeof import('../../src/utils/define-element.js');
    expect(copy.defineOnce).not.to.equal(defineOnce);
    const tag = freshTag();
    const FromTheBundle = kitElement();
    copy.defineOnce(tag, FromTheBundle);
    defineOnce(tag, kitElement());
    expect(customElements.get(tag)).to.equal(FromTheBundle);
    expect(warnings.messages()).to.equal('');
  });

  it('is silent when the page registered its own subclass of the element under its tag', () => {
    const tag = freshTag();
    const Element = kitElement();
    customElements.define(tag, class PageElement extends Element {});
    defineOnce(tag, Element);
    expect(warnings.messages()).to.equal('');
  });

  it('warns when a kit element registered under another tag takes this one', () => {
    const [tag, other] = [freshTag(), freshTag()];
    const Other = kitElement();
    defineOnce(other, Other);
    customElements.define(tag, class extends Other {});
    defineOnce(tag, kitElement());
    expect(warnings.messages()).to.include(`<${tag}>`);
  });
});
