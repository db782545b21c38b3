import { html, nothing, type TemplateResult } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import type { DeviceKind } from '../../core/index.js';
import { previewFailureText, type DeviceOption } from './device-labels.js';
import type { DevicePreview } from './device-previews.js';

export interface PreviewListView {
  kind: DeviceKind;
  options: readonly DeviceOption[];
  /** The deviceId the store uses or has chosen: the selected option. */
  current: string | undefined;
  /** The option the keys have moved to (`aria-activedescendant`). */
  active: number;
  previewOf: (deviceId: string) => DevicePreview | undefined;
  onChoose: (index: number) => void;
  onKeyDown: (event: KeyboardEvent) => void;
  onFocusOut: (event: FocusEvent) => void;
}

/** The id of an option, for `aria-activedescendant` (deviceIds may be empty before permission). */
export const optionId = (index: number) => `option-${index}`;

/**
 * The open list of the preview picker: an ARIA listbox (the list has the focus, the active
 * option is its `aria-activedescendant`), one option per device with a live thumbnail (cameras)
 * or level meter (microphones), its name, and why it did not open.
 */
export function previewList(view: PreviewListView): TemplateResult {
  return html`
    <ul
      part="listbox"
      id="listbox"
      class="listbox"
      role="listbox"
      tabindex="0"
      aria-labelledby="label"
      aria-activedescendant=${optionId(view.active)}
      @keydown=${view.onKeyDown}
      @focusout=${view.onFocusOut}
    >
      ${view.options.map((option, index) => previewOption(view, option, index))}
    </ul>
  `;
}

function previewOption(view: PreviewListView, option: DeviceOption, index: number): TemplateResult {
  const preview = view.previewOf(option.deviceId);
  const failure = preview?.status === 'failed' ? previewFailureText(preview.error) : '';
  const selected = option.deviceId === view.current;
  return html`
    <li
      part="option"
      id=${optionId(index)}
      class=${classMap({ option: true, active: index === view.active })}
      role="option"
      aria-selected=${String(selected)}
      @click=${() => view.onChoose(index)}
    >
      ${view.kind === 'videoinput'
        ? html`<video
            part="thumbnail"
            class="thumbnail"
            aria-hidden="true"
            .muted=${true}
            muted
            autoplay
            playsinline
            .srcObject=${preview?.status === 'live' ? preview.stream : null}
          ></video>`
        : html`<span part="level" class="level" aria-hidden="true" data-device=${option.deviceId}><span class="bar"></span></span>`}
      <span class="name">${option.label}</span>
      <span class="mark" aria-hidden="true">${selected ? '✓' : ''}</span>
      ${failure ? html`<span class="failure">${failure}</span>` : nothing}
    </li>
  `;
}
