import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { textAttribute } from '../../attributes/attribute-spec.js';
import { PageVisibilityController } from '../../controllers/page-visibility-controller.js';
import { liveTrack, type CaptureRequest } from '../../core/index.js';
import { formatString } from '../../i18n/strings.js';
import { meterTexts } from './audio-meter.strings.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import { TrackLevel } from '../../utils/track-level.js';
import { CaptureElement } from '../capture-element.js';
import { audioMeterStyles } from './audio-meter.styles.js';

const label = textAttribute('audio-meter', 'label', () => true, 'is not a text');
/** The smallest fill while measuring, in %: silence shows a sliver, so a listening meter never looks off. */
const floor = 2;

/**
 * The live level of the store's microphone, measured with a Web Audio `AnalyserNode` on one
 * AudioContext shared by every meter. Measures only while it is on a visible page.
 *
 * @summary Shows how loud the microphone is.
 *
 * @csspart label - The visible label ("Microphone level", or the `label` attribute) and the level
 *   readout ("Microphone off" while not measuring). Hide it with `audio-meter::part(label) { display: none }`:
 *   the meter keeps its accessible name.
 * @csspart meter - The meter (`role="meter"`, 0–100).
 * @csspart bar - The filled part of the meter.
 * @csspart start-button - "Turn on microphone", shown when the meter has a store of its own and it is idle.
 *
 * @cssprop [--capture-meter-color=#16a34a] - Colour of the level bar.
 * @cssprop [--capture-meter-background=#d4d4d8] - Colour of the empty part (#3f3f46 on dark pages).
 * @cssprop [--capture-meter-height=0.5em] - Thickness of the meter.
 * @cssprop [--capture-color-text] - Token: text colour (unset: the page's).
 * @cssprop [--capture-color-muted=#52525b] - Token: secondary text: the readout.
 * @cssprop [--capture-color-accent=#2563eb] - Token: background of the buttons ("Turn on microphone").
 * @cssprop [--capture-space-2=0.5em] - Token: the spacing scale, `--capture-space-1` to `--capture-space-4` (0.25em, 0.5em, 0.75em, 1.25em).
 * @cssprop [--capture-font-family] - Token: font (unset: the page's); `--capture-font-size` its size.
 * @cssprop [--capture-focus-ring=#1d4ed8] - Token: focus outline colour; `--capture-focus-ring-width` (3px) its thickness.
 */
export class AudioMeter extends CaptureElement {
  static override styles = [sharedStyles, audioMeterStyles];
  protected static override checkedAttributes = { label };
  protected readonly tag = 'audio-meter';

  /** The visible label and the meter's accessible name; by default "Microphone level" from the strings table. */
  @property({ converter: label.converter })
  label = label.fallback;

  /** The level now, 0 (silence, or -60 dBFS and below) to 100 (full scale). */
  @state() level = 0;

  /** The microphone being measured, if any: what the meter shows depends on it, so it is reactive state. */
  @state() private analysis?: TrackLevel;
  /** The track being measured, or about to be (shown as measured from the update that brought it). */
  private measured?: MediaStreamTrack;
  /** The measured track cannot be routed through Web Audio: the meter shows it off. */
  private unmeasurable = false;
  private starting?: ReturnType<typeof setTimeout>;
  private frame = 0;

  protected privateRequest(): CaptureRequest {
    return { video: false, audio: true };
  }

  private readonly page = new PageVisibilityController(this, () => this.requestUpdate());

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.measure(undefined);
  }

  @query('.bar') private readonly bar!: HTMLElement;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Before rendering, not after: what measure() changes is drawn by this update, not a second one.
    const track = liveTrack(this.state.stream, 'audio');
    this.measure(this.isConnected && this.page.visible ? track : undefined);
  }

  protected override updated(): void {
    // Through CSSOM, not a style attribute: a page whose CSP forbids inline styles allows this.
    this.bar.style.transform = `scaleX(${this.measuring ? Math.max(this.level, floor) / 100 : 0})`;
  }

  protected override render() {
    const s = meterTexts();
    const { measuring } = this;
    const level = measuring ? this.level : 0;
    // Only a meter alone offers to start. A server cannot tell (it finds no session around the
    // meter), so server HTML and the render hydrating it leave the button out.
    const offerStart = !this.serverView && this.capture.isPrivate && this.state.status === 'idle';
    const labelText = this.label || s.meterLabel;
    const valueText = measuring ? formatString(s.meterValue, { level }) : s.meterIdle;
    return html`
      <div part="label" class="label">
        <span>${labelText}</span>
        <span class="readout" aria-hidden="true">${valueText}</span>
      </div>
      ${offerStart
        ? html`<button part="start-button" type="button" @click=${this.startCapture}>${s.startMicrophone}</button>`
        : nothing}
      <div
        part="meter"
        class="track"
        role="meter"
        aria-label=${labelText}
        aria-valuemin="0"
        aria-valuemax="100"
        aria-valuenow=${level}
        aria-valuetext=${valueText}
      >
        <div part="bar" class="bar"></div>
      </div>
    `;
  }

  /** Measures `track`, or nothing: ends the previous analysis and its animation frame loop. */
  private measure(track: MediaStreamTrack | undefined): void {
    if (this.measured === track) return;
    this.measured = track;
    this.unmeasurable = false;
    clearTimeout(this.starting);
    cancelAnimationFrame(this.frame);
    if (this.analysis) {
      this.analysis.close();
      this.analysis = undefined;
      this.level = 0;
    }
    // Web Audio starts in the next task: its AudioContext takes milliseconds to make, which would
    // delay what the same change of state shows first (the camera's first frame beside the meter).
    if (track) this.starting = setTimeout(() => this.startMeasuring(track));
  }

  private get measuring(): boolean {
    return this.measured !== undefined && !this.unmeasurable;
  }

  private startMeasuring(track: MediaStreamTrack): void {
    let analysis: TrackLevel;
    try {
      analysis = new TrackLevel(track);
    } catch (error) {
      console.warn('<audio-meter>: cannot measure this microphone.', error); // never thrown out of an update
      this.unmeasurable = true;
      this.requestUpdate();
      return;
    }
    this.analysis = analysis;
    const tick = () => {
      this.level = analysis.read();
      this.frame = requestAnimationFrame(tick);
    };
    this.frame = requestAnimationFrame(tick);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'audio-meter': AudioMeter;
  }
}
