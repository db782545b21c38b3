import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { classMap } from 'lit/directives/class-map.js';
import { enumAttribute } from '../../attributes/attribute-spec.js';
import type { CaptureError, CaptureRequest, MediaKind } from '../../core/index.js';
import { CaptureConstraintsChangeEvent, CaptureErrorEvent } from '../../events.js';
import { errorText } from '../../i18n/error-text.js';
import { formatString } from '../../i18n/strings.js';
import { panelTexts } from './constraint-panel.strings.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import { CaptureElement } from '../capture-element.js';
import { askedValue, controlsFor, withConstraint, type ControlSpec } from './capability-controls.js';
import { constraintPanelStyles } from './constraint-panel.styles.js';
import { describeProblem, parseConstraints, type ConstraintsProblem } from './parse-constraints.js';
import { resolutionPresets } from './resolution-presets.js';
import { withUnit } from './units.js';
import { constraintLabel, renderConstraintName } from './constraint-names.js';
import { ApplyQueue } from './apply-queue.js';
import { leftOutBesideImageCapture } from './image-capture.js';

const kind = enumAttribute<MediaKind>('constraint-panel', 'kind', ['video', 'audio'], 'video');
/** How long a slider must rest before the camera is reconfigured. */
const sliderRestMs = 250;
const identities = new Set(['deviceId', 'groupId']);

/** 1.3333… shown as 1.33 for a step of 0.01: as many decimals as the step has. */
const roundToStep = (value: number, step: number) => Number(value.toFixed(Math.max(0, -Math.floor(Math.log10(step)))));

/**
 * The constraint exerciser: controls generated from what the device can do (ranges, choices,
 * switches), resolution presets, the settings asked for beside those delivered, a JSON editor
 * for full constraint sets, and the reason when the device cannot do what was asked.
 *
 * @summary Shows and changes a track's capabilities, constraints and settings.
 *
 * @csspart presets - The resolution preset buttons.
 * @csspart controls - The generated controls.
 * @csspart settings - The table of asked and delivered settings.
 * @csspart editor - The JSON constraints editor.
 * @csspart error - The message when constraints could not be applied.
 * @csspart supported - The list of constraints the browser knows.
 *
 * @cssprop [--capture-panel-color=var(--capture-color-text)] - Text colour.
 * @cssprop [--capture-panel-font-size=0.95em] - Text size.
 * @cssprop [--capture-panel-rule=#d4d4d8] - Lines of the settings table (#3f3f46 on dark pages).
 * @cssprop [--capture-panel-differs=#b45309] - A delivered value that differs from the asked one.
 * @cssprop [--capture-panel-error=var(--capture-color-danger)] - Error text.
 * @cssprop [--capture-color-text] - Token: text colour (unset: the page's).
 * @cssprop [--capture-color-muted=#52525b] - Token: secondary text: the constraints' own names.
 * @cssprop [--capture-color-accent=#2563eb] - Token: background of the buttons and sliders.
 * @cssprop [--capture-color-danger=#b91c1c] - Token: error text (under `--capture-panel-error`).
 * @cssprop [--capture-color-surface=Field] - Token: background of the fields.
 * @cssprop [--capture-color-border=#71717a] - Token: borders of the fields.
 * @cssprop [--capture-radius=6px] - Token: corner radius.
 * @cssprop [--capture-space-2=0.5em] - Token: the spacing scale, `--capture-space-1` to `--capture-space-4` (0.25em, 0.5em, 0.75em, 1.25em).
 * @cssprop [--capture-font-family] - Token: font (unset: the page's); `--capture-font-size` its size.
 * @cssprop [--capture-focus-ring=#1d4ed8] - Token: focus outline colour; `--capture-focus-ring-width` (3px) its thickness.
 *
 * @fires {ConstraintsChangeDetail} capture-constraints-change - Constraints were applied; `detail` is `{ kind, constraints, settings }`.
 * @fires {CaptureError} capture-error - Constraints could not be applied (`operation` `constraints`); `detail` is the `CaptureError`. With a private store, also the store's own failures (`operation` `capture`).
 */
export class ConstraintPanel extends CaptureElement {
  static override styles = [sharedStyles, constraintPanelStyles];
  protected static override checkedAttributes = { kind };
  protected readonly tag = 'constraint-panel';

  /** `video` (default) for the camera, `audio` for the microphone. */
  @property({ converter: kind.converter, reflect: true })
  kind: MediaKind = kind.fallback;

  /** Values shown while a slider is moving, before they are applied. */
  @state() private pending: Record<string, number> = {};
  @state() private error: CaptureError | null = null;
  @state() private editorText = '';
  /** Why the editor's text cannot be applied (a code: the words are chosen when rendering), or null. */
  @state() private editorProblem: ConstraintsProblem | null = null;
  private editorEdited = false;
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** Changes made while an apply is in flight wait for it and build on it (see ApplyQueue). */
  private readonly applies: Record<MediaKind, ApplyQueue> = { video: this.applyQueue('video'), audio: this.applyQueue('audio') };

  protected privateRequest(): CaptureRequest {
    return { video: this.kind === 'video', audio: this.kind === 'audio' };
  }

  /**
   * Reflow (WCAG 1.4.10): a settings table wider than the panel (a narrow screen, large text)
   * scrolls sideways in its own section, which is then a tab stop (named by its label) so the
   * keyboard can scroll it; it is no tab stop while everything fits. Made at the first update in
   * the browser: a server, which renders the panel too, has no ResizeObserver.
   */
  private settingsSize?: ResizeObserver;

  private fitSettings(): void {
    const section = this.renderRoot.querySelector<HTMLElement>('section[part="settings"]');
    if (!section) return;
    if (section.scrollWidth > section.clientWidth) section.setAttribute('tabindex', '0');
    else section.removeAttribute('tabindex');
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.timers.forEach(clearTimeout);
    this.timers.clear();
    this.settingsSize?.disconnect();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.settingsSize ??= new ResizeObserver(() => this.fitSettings());
    const section = this.renderRoot.querySelector('section[part="settings"]');
    // observing again the same boxes is harmless: it only measures them once more
    for (const box of [section, section?.querySelector('table')]) if (box) this.settingsSize.observe(box);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!this.editorEdited) this.editorText = JSON.stringify(this.track?.constraints ?? {}, null, 2);
  }

  private get track() {
    return this.state.tracks[this.kind];
  }

  /** The track's capabilities, or before there is a track, those of the selected device. */
  private capabilities(): Readonly<MediaTrackCapabilities> {
    if (this.track) return this.track.capabilities;
    const deviceKind = this.kind === 'video' ? 'videoinput' : 'audioinput';
    const { devices, selected } = this.state;
    const device = devices.find((d) => d.kind === deviceKind && (!selected[deviceKind] || d.deviceId === selected[deviceKind]));
    return (device as InputDeviceInfo | undefined)?.getCapabilities?.() ?? {};
  }

  protected override render() {
    const s = panelTexts();
    const live = this.track?.readyState === 'live';
    const capabilities = this.capabilities();
    return html`
      ${live ? nothing : html`<p>${s.panelNoTrack}</p>
        ${this.state.status === 'acquiring' ? nothing : html`<button class="start" type="button" @click=${this.startCapture}>
          ${this.kind === 'video' ? s.startCamera : s.startMicrophone}</button>`}`}
      ${this.kind === 'video' ? this.renderPresets(capabilities, live) : nothing}
      <section part="controls" role="group" aria-labelledby="controls-label">
        <div id="controls-label" class="group-label">${s.panelControls}</div>
        <div class="controls">${controlsFor(capabilities).map((spec) => this.renderControl(spec, live))}</div>
      </section>
      ${this.renderError()} ${this.renderSettings()} ${this.renderEditor(live)} ${this.renderSupported()}
    `;
  }

  private renderPresets(capabilities: Readonly<MediaTrackCapabilities>, live: boolean) {
    return html`<section part="presets" role="group" aria-labelledby="presets-label">
      <div id="presets-label" class="group-label">${panelTexts().panelPresets}</div>
      <div class="presets">
        ${resolutionPresets(capabilities).map((p) => html`<button
          type="button"
          ?disabled=${!live || !p.reachable}
          @click=${() => this.applyPreset(p.width, p.height)}
        >${p.label} ${p.width}×${p.height}</button>`)}
      </div>
    </section>`;
  }

  private renderControl(spec: ControlSpec, live: boolean) {
    const id = `control-${spec.name}`;
    const delivered = (this.track?.settings as Record<string, unknown> | undefined)?.[spec.name];
    const label = html`<label for=${id}>${renderConstraintName(spec.name)}</label>`;
    if (spec.type === 'range') {
      const value = roundToStep(this.pending[spec.name] ?? (typeof delivered === 'number' ? delivered : spec.min), spec.step);
      const bounds = { min: String(spec.min), max: String(spec.max), step: String(spec.step) };
      return html`${label}
        <input id=${id} type="range" min=${bounds.min} max=${bounds.max} step=${bounds.step} .value=${String(value)}
          aria-valuetext=${withUnit(spec.name, value)} ?disabled=${!live}
          @input=${(e: Event) => this.slide(spec.name, (e.target as HTMLInputElement).valueAsNumber)}
          @change=${(e: Event) => this.applyNow(spec.name, (e.target as HTMLInputElement).valueAsNumber)}>
        <input type="number" min=${bounds.min} max=${bounds.max} step=${bounds.step} .value=${String(value)}
          aria-label=${formatString(panelTexts().panelNumberLabel, { name: constraintLabel(spec.name) })} ?disabled=${!live}
          @change=${(e: Event) => this.applyNow(spec.name, (e.target as HTMLInputElement).valueAsNumber)}>`;
    }
    if (spec.type === 'switch') {
      return html`${label}
        <input id=${id} type="checkbox" role="switch" .checked=${delivered === true} ?disabled=${!live}
          @change=${(e: Event) => this.applyNow(spec.name, (e.target as HTMLInputElement).checked)}>`;
    }
    return html`${label}
      <select id=${id} ?disabled=${!live || spec.options.length === 0}
        @change=${(e: Event) => this.applyNow(spec.name, this.optionValue(spec, (e.target as HTMLSelectElement).value))}>
        ${spec.options.length === 0 ? html`<option>${panelTexts().panelNoneOffered}</option>` : nothing}
        ${spec.options.map((o) => html`<option value=${String(o)} ?selected=${o === delivered}>${String(o)}</option>`)}
      </select>`;
  }

  /** Its own failed apply, or without a live track, why capture could not start. */
  private renderError() {
    const error = this.error ?? (this.track?.readyState === 'live' ? null : this.state.error);
    const why = (error?.cause as { message?: string } | undefined)?.message;
    return html`<div part="error" class="error" role="alert">${error
      ? html`<p>${errorText(error)}</p>${why ? html`<p>${formatString(panelTexts().panelFailedWhy, { why })}</p>` : nothing}`
      : nothing}</div>`;
  }

  private renderSettings() {
    const s = panelTexts();
    const track = this.track;
    if (!track) return nothing;
    const rows = Object.entries(track.settings).filter(([name]) => !identities.has(name));
    return html`<section part="settings" role="group" aria-labelledby="settings-label">
      <div id="settings-label" class="group-label">${s.panelSettings}</div>
      <table>
        <thead><tr><th scope="col">${s.panelConstraint}</th><th scope="col">${s.panelAsked}</th><th scope="col">${s.panelDelivered}</th></tr></thead>
        <tbody>${rows.map(([name, delivered]) => {
          const asked = askedValue(track.constraints, name);
          const differs = typeof asked === typeof delivered && asked !== delivered;
          return html`<tr data-constraint=${name}>
            <th scope="row">${renderConstraintName(name)}</th>
            <td>${withUnit(name, asked)}</td>
            <td class=${classMap({ differs })}>${withUnit(name, delivered)}</td>
          </tr>`;
        })}</tbody>
      </table>
    </section>`;
  }

  private renderEditor(live: boolean) {
    const s = panelTexts();
    const problem = this.editorProblem;
    // Empty text is `nothing`, not '': after hydrating server HTML, Lit writes text that
    // replaces an empty string into its own marker, unseen (lit/lit#4937).
    return html`<details part="editor">
      <summary>${s.panelAdvanced}</summary>
      <label for="json">${s.panelJsonLabel}</label>
      <textarea id="json" spellcheck="false" .value=${this.editorText} aria-invalid=${problem ? 'true' : 'false'}
        aria-describedby="json-error" @input=${this.editJson}></textarea>
      <p id="json-error" class="error" role="status">${problem ? describeProblem(problem) : nothing}</p>
      <div class="actions">
        <button type="button" ?disabled=${!live || problem !== null} @click=${this.applyJson}>${s.panelApply}</button>
        <button type="button" @click=${this.resetJson}>${s.panelReset}</button>
      </div>
    </details>`;
  }

  private renderSupported() {
    const names = Object.entries(this.state.supported).filter(([, known]) => known).map(([name]) => name);
    return html`<details part="supported">
      <summary>${formatString(panelTexts().panelSupported, { n: names.length })}</summary>
      <ul>${names.map((name) => html`<li>${name}</li>`)}</ul>
    </details>`;
  }

  private optionValue(spec: Extract<ControlSpec, { type: 'choice' }>, text: string): string | boolean {
    return spec.options.find((o) => String(o) === text) ?? text;
  }

  /** A slider moves: show the value now, apply it once the slider rests. */
  private slide(name: string, value: number): void {
    this.pending = { ...this.pending, [name]: value };
    clearTimeout(this.timers.get(name));
    this.timers.set(name, setTimeout(() => this.applyNow(name, value), sliderRestMs));
  }

  private applyNow(name: string, value: unknown): void {
    clearTimeout(this.timers.get(name));
    this.timers.delete(name);
    if (typeof value === 'number' && Number.isNaN(value)) return;
    const strength = this.strength();
    void this.applies[this.kind].enqueue((base) => withConstraint(base, name, value, strength)).then(() => {
      if (this.pending[name] !== value) return; // moved again meanwhile: that value is still to come
      const rest = { ...this.pending };
      delete rest[name];
      this.pending = rest;
    });
  }

  /**
   * A camera is changed in place and told `exact`, so what it cannot do is an error to show. A
   * microphone is asked again (see `apply`), with plain values: a refusal would leave it off.
   */
  private strength(): 'exact' | 'ideal' {
    return this.kind === 'video' ? 'exact' : 'ideal';
  }

  private applyPreset(width: number, height: number): void {
    void this.applies[this.kind].enqueue((base) => withConstraint(withConstraint(base, 'width', width), 'height', height));
  }

  private editJson(event: Event): void {
    this.editorEdited = true;
    this.editorText = (event.target as HTMLTextAreaElement).value;
    this.editorProblem = parseConstraints(this.editorText).problem ?? null;
  }

  private applyJson(): void {
    const parsed = parseConstraints(this.editorText);
    const { constraints } = parsed;
    // The editor holds a whole set: it replaces what came before it, and what follows builds on it.
    if (constraints) void this.applies[this.kind].enqueue(() => constraints);
  }

  private resetJson(): void {
    this.editorEdited = false;
    this.editorProblem = null;
    this.requestUpdate();
  }

  private applyQueue(media: MediaKind): ApplyQueue {
    return new ApplyQueue({ track: () => this.state.tracks[media], apply: (constraints) => this.apply(media, constraints) });
  }

  /**
   * Applies through the store; a failure leaves the settings in force and says why. The camera
   * changes in place; the microphone is acquired again, as Chromium fixes its processing
   * (echo cancellation, noise suppression…) when the track is made. Resolves whether it applied.
   */
  private async apply(media: MediaKind, constraints: MediaTrackConstraints): Promise<boolean> {
    if (!this.isConnected) return false; // left the page while the change waited: nothing more to apply
    try {
      let settings = media === 'video'
        ? await this.store.applyConstraints(media, constraints)
        : await this.store.reacquire(media, constraints);
      const leftOut = media === 'video' ? leftOutBesideImageCapture(constraints, this.state.tracks.video?.constraints ?? {}) : null;
      if (leftOut) settings = await this.store.applyConstraints(media, leftOut);
      this.error = null;
      this.dispatchEvent(new CaptureConstraintsChangeEvent({ kind: media, constraints, settings }));
      return true;
    } catch (error) {
      this.error = error as CaptureError;
      this.dispatchEvent(new CaptureErrorEvent(this.error, 'constraints'));
      return false;
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'constraint-panel': ConstraintPanel;
  }
}
