import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { enumAttribute } from '../../attributes/attribute-spec.js';
import type { CaptureRequest, DeviceKind } from '../../core/index.js';
import { CaptureDeviceChangeEvent } from '../../events.js';
import { noticeText } from '../../i18n/error-text.js';
import { pickerTexts } from './device-picker.strings.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import { canChooseSink } from '../../utils/apply-sink.js';
import { CaptureElement } from '../capture-element.js';
import { deviceOptions, pickerLabel } from './device-labels.js';
import { devicePickerStyles } from './device-picker.styles.js';

const kind = enumAttribute<DeviceKind>('device-picker', 'kind', ['videoinput', 'audioinput', 'audiooutput'], 'videoinput');

/**
 * Chooses a camera, microphone or speaker with a labelled native `<select>`. Follows devices
 * being plugged in and out; before permission, names devices "Camera 1"… and offers to allow
 * access. A speaker choice is applied to the kit's media elements where the browser can.
 *
 * @summary Chooses the camera, microphone or speaker.
 *
 * @csspart label - The visible label.
 * @csspart select - The native `<select>`.
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
 * @fires capture-device-change - The person chose a device; `detail` is `{ kind, deviceId, label }`.
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

  protected privateRequest(): CaptureRequest {
    return { video: this.kind === 'videoinput', audio: this.kind !== 'videoinput' };
  }

  protected override render() {
    const s = pickerTexts();
    const labelText = this.label || pickerLabel(this.kind);
    if (this.kind === 'audiooutput' && !canChooseSink()) {
      return html`<span part="label">${labelText}</span><p part="note" class="note">${s.sinkUnsupported}</p>`;
    }
    const options = deviceOptions(this.state.devices, this.kind);
    const current = this.currentDeviceId();
    const unlabelled = this.state.devices.some((d) => d.kind === this.kind && !d.label);
    const { notice } = this.state;
    return html`
      <label part="label" for="select">${labelText}</label>
      <select part="select" id="select" ?disabled=${options.length === 0} @change=${this.onChange}>
        ${options.length === 0 ? html`<option value="">${s.noDevices}</option>` : nothing}
        ${options.map((o) => html`<option value=${o.deviceId} ?selected=${o.deviceId === current}>${o.label}</option>`)}
      </select>
      ${unlabelled && this.state.status !== 'acquiring'
        ? html`<button part="grant-button" type="button" @click=${this.startCapture}>${s.showDeviceNames}</button>`
        : nothing}
      <p part="note" class="note" role="status">${notice?.kind === this.kind ? noticeText(notice) : ''}</p>
    `;
  }

  /** The chosen device, else the one the live track uses, else the first (the browser's default). */
  private currentDeviceId(): string | undefined {
    const { selected, tracks } = this.state;
    const track = this.kind === 'videoinput' ? tracks.video : this.kind === 'audioinput' ? tracks.audio : undefined;
    return selected[this.kind] ?? track?.settings.deviceId;
  }

  private async onChange(event: Event): Promise<void> {
    const { value: deviceId } = event.target as HTMLSelectElement;
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
