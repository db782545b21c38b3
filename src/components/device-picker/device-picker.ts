import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { enumAttribute } from '../../attributes/attribute-spec.js';
import { liveTrack, type CaptureRequest, type DeviceKind, type MediaKind } from '../../core/index.js';
import { CaptureDeviceChangeEvent } from '../../events.js';
import { noticeText } from '../../i18n/error-text.js';
import { pickerTexts } from './device-picker.strings.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import { canChooseSink } from '../../utils/apply-sink.js';
import { CaptureElement } from '../capture-element.js';
import { deviceOptions, pickerLabel, type DeviceOption } from './device-labels.js';
import { devicePickerStyles } from './device-picker.styles.js';
import type { DevicePreviews, StoreTrack } from './device-previews.js';
import type { MicrophoneLevels } from './microphone-levels.js';
import { LazyModule } from '../../utils/lazy-module.js';

const previewParts = new LazyModule(() => import('./preview-parts.js'));

const kind = enumAttribute<DeviceKind>('device-picker', 'kind', ['videoinput', 'audioinput', 'audiooutput'], 'videoinput');
/** The smallest fill of a measuring level, in %: silence shows a sliver, so a listening meter never looks off. */
const levelFloor = 2;

/**
 * Chooses a camera, microphone or speaker with a labelled native `<select>`. Follows devices
 * being plugged in and out; before permission, names devices "Camera 1"… and offers to allow
 * access. A speaker choice is applied to the kit's media elements where the browser can.
 *
 * With `previews` (cameras and microphones), a button opens a list of the devices instead,
 * each shown live while the list is open: a thumbnail per camera, a level per microphone.
 *
 * @summary Chooses the camera, microphone or speaker.
 *
 * @csspart label - The visible label.
 * @csspart select - The native `<select>`.
 * @csspart previews-button - With `previews`: the button naming the current device, which opens the list.
 * @csspart listbox - With `previews`: the open list of devices.
 * @csspart option - With `previews`: one device of the list.
 * @csspart thumbnail - With `previews`: a camera's live `<video>` in its option.
 * @csspart level - With `previews`: a microphone's level in its option; its child `.bar` is the filled part.
 * @csspart grant-button - "Allow access to see device names", shown before permission.
 * @csspart note - A message: a device that left, nothing found, or not supported here.
 *
 * @cssprop [--capture-picker-background=var(--capture-color-surface)] - Background of the select.
 * @cssprop [--capture-picker-border=var(--capture-color-border)] - Border colour of the select.
 * @cssprop [--capture-picker-radius=var(--capture-radius)] - Corner radius of the select.
 * @cssprop [--capture-picker-color=var(--capture-color-text)] - Text colour.
 * @cssprop [--capture-color-text] - Token: text colour (unset: the page's).
 * @cssprop [--capture-color-muted=#52525b] - Token: secondary text: the note.
 * @cssprop [--capture-color-surface=Field] - Token: background of the fields.
 * @cssprop [--capture-color-border=#71717a] - Token: borders of the fields.
 * @cssprop [--capture-radius=6px] - Token: corner radius of the select.
 * @cssprop [--capture-space-2=0.5em] - Token: the spacing scale, `--capture-space-1` to `--capture-space-4` (0.25em, 0.5em, 0.75em, 1.25em).
 * @cssprop [--capture-font-family] - Token: font (unset: the page's); `--capture-font-size` its size.
 * @cssprop [--capture-focus-ring=#1d4ed8] - Token: focus outline colour; `--capture-focus-ring-width` (3px) its thickness.
 *
 * @fires {DeviceChangeDetail} capture-device-change - The person chose a device; `detail` is `{ kind, deviceId, label }`.
 */
export class DevicePicker extends CaptureElement {
  static override styles = [sharedStyles, devicePickerStyles];
  protected static override checkedAttributes = { kind };
  protected readonly tag = 'device-picker';

  /** `videoinput` (default), `audioinput` or `audiooutput`. */
  @property({ converter: kind.converter, reflect: true })
  kind: DeviceKind = kind.fallback;

  /** The visible label; by default "Camera", "Microphone" or "Speaker" from the strings table. */
  @property()
  label = '';

  /**
   * Cameras and microphones are chosen from a list that shows each one live (opened only while
   * the list is open, which the person does with the button); ignored for speakers.
   */
  @property({ type: Boolean, reflect: true })
  previews = false;

  @state() private listOpen = false;
  /** The option of the open list the keys have moved to. */
  @state() private active = 0;

  @query('#button') private readonly button?: HTMLButtonElement;
  @query('#listbox') private readonly listbox?: HTMLElement;

  /** The live previews and levels of the open list: made once their code is loaded. */
  private lists?: { previews: DevicePreviews; levels: MicrophoneLevels };

  protected privateRequest(): CaptureRequest {
    return { video: this.kind === 'videoinput', audio: this.kind !== 'videoinput' };
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.closeList(false);
  }

  /** Whether the person chooses from the list with previews rather than the select. */
  private get showsPreviews(): boolean {
    return this.previews && this.kind !== 'audiooutput';
  }

  private get media(): MediaKind {
    return this.kind === 'videoinput' ? 'video' : 'audio';
  }

  private options(): DeviceOption[] {
    return deviceOptions(this.state.devices, this.kind);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (this.showsPreviews) previewParts.preload(); // ready by the first click
    if (this.listOpen && (!this.showsPreviews || changed.has('kind'))) this.closeList(false);
    if (!this.listOpen || !this.lists) return;
    // Before rendering: the options show the previews this opens (or stops) at once.
    const options = this.options();
    this.active = Math.min(this.active, Math.max(0, options.length - 1));
    this.lists.previews.sync(this.media, options.map((o) => o.deviceId), this.storeTrack());
  }

  protected override updated(changed: PropertyValues): void {
    if (!this.listOpen) return;
    if (changed.has('active')) this.renderRoot.querySelector('.active')?.scrollIntoView({ block: 'nearest' });
    if (this.kind === 'audioinput') this.lists?.levels.measure(this.microphoneTracks());
    for (const video of this.renderRoot.querySelectorAll<HTMLVideoElement>('video.thumbnail')) {
      if (video.srcObject && video.paused) video.play().catch(() => undefined); // autoplay may be refused: it stays still
    }
  }

  protected override render() {
    const s = pickerTexts();
    const labelText = this.label || pickerLabel(this.kind);
    // A server cannot tell whether the browser chooses speakers: its HTML (and the render that
    // hydrates it) shows the list, empty like every list before the devices are known.
    if (this.kind === 'audiooutput' && !this.serverView && !canChooseSink()) {
      return html`<span part="label">${labelText}</span><p part="note" class="note">${s.sinkUnsupported}</p>`;
    }
    const options = this.options();
    const current = this.currentDeviceId();
    const unlabelled = this.state.devices.some((d) => d.kind === this.kind && !d.label);
    const { notice } = this.state;
    // Empty text is `nothing`, not '': after hydrating server HTML, Lit writes text that
    // replaces an empty string into its own marker, unseen (lit/lit#4937).
    return html`
      ${this.showsPreviews ? this.renderPreviewPicker(labelText, options, current) : html`
        <label part="label" for="select">${labelText}</label>
        <select part="select" id="select" ?disabled=${options.length === 0} @change=${this.onChange}>
          ${options.length === 0 ? html`<option value="">${s.noDevices}</option>` : nothing}
          ${options.map((o) => html`<option value=${o.deviceId} ?selected=${o.deviceId === current}>${o.label}</option>`)}
        </select>`}
      ${unlabelled && this.state.status !== 'acquiring'
        ? html`<button part="grant-button" type="button" @click=${this.startCapture}>${s.showDeviceNames}</button>`
        : nothing}
      <p part="note" class="note" role="status">${notice?.kind === this.kind ? noticeText(notice) : nothing}</p>
    `;
  }

  /** The chosen device, else the one the live track uses, else the first (the browser's default). */
  private currentDeviceId(): string | undefined {
    const { selected, tracks } = this.state;
    const track = this.kind === 'videoinput' ? tracks.video : this.kind === 'audioinput' ? tracks.audio : undefined;
    return selected[this.kind] ?? track?.settings.deviceId;
  }

  private renderPreviewPicker(labelText: string, options: readonly DeviceOption[], current: string | undefined) {
    const shown = options.find((o) => o.deviceId === current) ?? options[0];
    return html`
      <span part="label" id="label">${labelText}</span>
      <button
        part="previews-button"
        id="button"
        class="previews-button"
        type="button"
        aria-haspopup="listbox"
        aria-expanded=${String(this.listOpen)}
        aria-controls=${this.listOpen ? 'listbox' : nothing}
        aria-labelledby="label shown"
        ?disabled=${options.length === 0}
        @click=${this.toggleList}
        @keydown=${this.onButtonKeyDown}
      >
        <span id="shown">${shown?.label ?? pickerTexts().noDevices}</span><span class="arrow" aria-hidden="true">▾</span>
      </button>
      ${this.listOpen && previewParts.loaded
        ? previewParts.loaded.previewList({
            kind: this.kind,
            options,
            current,
            active: this.active,
            previewOf: (deviceId) => this.lists?.previews.previewOf(deviceId),
            onChoose: (index) => this.choose(index),
            onKeyDown: (event) => this.onListKeyDown(event),
            onFocusOut: (event) => this.onListFocusOut(event),
          })
        : nothing}
    `;
  }

  /** The store's live track of this kind and its device: that option shows it rather than opening it again. */
  private storeTrack(): StoreTrack | undefined {
    const track = liveTrack(this.state.stream, this.media);
    const deviceId = track?.getSettings().deviceId;
    return track && deviceId ? { track, deviceId } : undefined;
  }

  /** Each open microphone's track, by deviceId. */
  private microphoneTracks(): Map<string, MediaStreamTrack> {
    const tracks = new Map<string, MediaStreamTrack>();
    for (const { deviceId } of this.options()) {
      const preview = this.lists?.previews.previewOf(deviceId);
      const track = preview?.status === 'live' ? liveTrack(preview.stream, 'audio') : undefined;
      if (track) tracks.set(deviceId, track);
    }
    return tracks;
  }

  /** Through CSSOM, once a frame, without rendering: a page whose CSP forbids inline styles allows this. */
  private drawLevels(levels: ReadonlyMap<string, number>): void {
    for (const level of this.renderRoot.querySelectorAll<HTMLElement>('.level')) {
      const value = levels.get(level.dataset.device ?? '');
      const bar = level.firstElementChild as HTMLElement | null;
      if (bar) bar.style.transform = `scaleX(${value === undefined ? 0 : Math.max(value, levelFloor) / 100})`;
    }
  }

  private toggleList(): void {
    if (this.listOpen) this.closeList(true);
    else this.openList();
  }

  /** Opens the list on the current device; the previews open as it renders. */
  private openList(): void {
    const parts = previewParts.loaded;
    if (!parts) {
      previewParts.load().then(
        () => this.isConnected && this.showsPreviews && this.openList(),
        (error: unknown) => console.warn('capture-kit: the list of devices could not be loaded.', error),
      );
      return;
    }
    this.lists ??= {
      previews: new parts.DevicePreviews(this, () => void this.store.refreshDevices().catch(() => undefined)),
      levels: new parts.MicrophoneLevels((levels) => this.drawLevels(levels)),
    };
    const options = this.options();
    if (options.length === 0) return;
    this.active = Math.max(0, options.findIndex((o) => o.deviceId === this.currentDeviceId()));
    this.listOpen = true;
    document.addEventListener('pointerdown', this.onPagePointerDown, true);
    void this.updateComplete.then(() => this.listbox?.focus());
  }

  /** Closes the list and stops every preview; `refocus` puts the focus back on the button. */
  private closeList(refocus: boolean): void {
    document.removeEventListener('pointerdown', this.onPagePointerDown, true);
    this.lists?.previews.close();
    this.lists?.levels.stop();
    if (!this.listOpen) return;
    this.listOpen = false;
    if (refocus) this.button?.focus();
  }

  /** The person chose an option: every preview stops before the store opens the device. */
  private choose(index: number): void {
    const option = this.options()[index];
    this.closeList(true);
    if (!option?.deviceId || option.deviceId === this.currentDeviceId()) return;
    void this.chooseDevice(option.deviceId);
  }

  /** Up or Down opens the list, as on a select; Escape closes it while the focus is back on the button. */
  private onButtonKeyDown(event: KeyboardEvent): void {
    if (this.listOpen ? event.key !== 'Escape' : event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    event.stopPropagation();
    this.toggleList();
  }

  private onListKeyDown(event: KeyboardEvent): void {
    const moved = previewParts.loaded?.movedIndex(event.key, this.active, this.options().length);
    if (moved !== undefined) this.active = moved;
    else if (event.key === 'Enter' || event.key === ' ') this.choose(this.active);
    else if (event.key === 'Escape') this.closeList(true);
    else return;
    event.preventDefault();
    event.stopPropagation(); // an Escape that closed the list must not also close a dialog around it
  }

  /** Tabbing out of the list closes it. */
  private onListFocusOut(event: FocusEvent): void {
    const to = event.relatedTarget as Node | null;
    if (to && !this.renderRoot.contains(to)) this.closeList(false);
  }

  /** A press anywhere else on the page closes the list (also where nothing takes the focus). */
  private readonly onPagePointerDown = (event: PointerEvent): void => {
    if (!event.composedPath().includes(this)) this.closeList(false);
  };

  private onChange(event: Event): Promise<void> {
    return this.chooseDevice((event.target as HTMLSelectElement).value);
  }

  /** Switches the store to `deviceId`, then says so with `capture-device-change`. */
  private async chooseDevice(deviceId: string): Promise<void> {
    const kind = this.kind;
    try {
      await this.store.selectDevice(kind, deviceId);
    } catch {
      return; // the store's state holds the error, which the preview shows
    }
    const label = deviceOptions(this.state.devices, kind).find((o) => o.deviceId === deviceId)?.label ?? '';
    this.dispatchEvent(new CaptureDeviceChangeEvent({ kind, deviceId, label }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'device-picker': DevicePicker;
  }
}
