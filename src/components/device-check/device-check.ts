import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { numberAttribute } from '../../attributes/attribute-spec.js';
import { liveTrack, type CaptureRequest, type CaptureState } from '../../core/index.js';
import { CaptureCheckEvent } from '../../events.js';
import { errorText } from '../../i18n/error-text.js';
import { formatString } from '../../i18n/strings.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import { canChooseSink } from '../../utils/apply-sink.js';
import { LazyModule } from '../../utils/lazy-module.js';
import { releaseUnlessMoved } from '../../utils/unless-moved.js';
import { CaptureElement } from '../capture-element.js';
import { browserNotChecked, checkBrowser } from './browser-check.js';
import {
  notChecked, type BrowserReport, type CameraReport, type CheckName, type DeviceCheckReport, type MicrophoneReport, type SpeakerReport,
} from './check-report.js';
import { checkMessage, verdictWord } from './check-words.js';
import { deviceCheckStyles } from './device-check.styles.js';
import { checkTexts } from './device-check.strings.js';
import { checkPermissions, permissionsNotChecked } from './permissions-check.js';

const measurements = new LazyModule(() => import('./measurements.js'));

const tag = 'device-check';
const checkSeconds = numberAttribute(tag, 'check-seconds', { min: 1, max: 60 }, 4);
/** How long a start waits for the browser's answer before it shows the running view anyway: a moment a person does not notice. */
const runningViewDelayMs = 100;
const checkNames: CheckName[] = ['camera', 'microphone', 'speaker', 'permissions', 'browser'];

const cameraNotChecked = (): CameraReport => ({ ...notChecked, frames: 0, black: false, frozen: false });
const microphoneNotChecked = (): MicrophoneReport => ({ ...notChecked, peakLevel: 0, silentSeconds: 0 });

/** The name of the device `track` comes from, as the store lists it. */
const deviceName = (state: CaptureState, track: MediaStreamTrack) =>
  state.devices.find((d) => d.deviceId === track.getSettings().deviceId)?.label || track.label;

/**
 * The check before a call: camera, microphone, speaker, permissions and browser, each with a
 * plain verdict and what to do about it. Starts on a click (or `autostart`); checks again the
 * camera or microphone the person switches to with its pickers.
 *
 * @summary Checks the camera, microphone and speaker before a call, with a report.
 *
 * @csspart start-button - Starts the check ("Check my camera, microphone and speaker"; "Check again" after).
 * @csspart copy-button - Copies the report as JSON.
 * @csspart preview - The `<camera-preview>` inside.
 * @csspart meter - The `<audio-meter>` inside.
 * @csspart checks - The list of checks; each item is part `check` with `data-check` and `data-status`.
 * @csspart check - One check: its heading, verdict and what to do.
 * @csspart play-sound-button - Plays the speaker's test sound.
 * @csspart heard-button - "I heard it".
 * @csspart not-heard-button - "I heard nothing".
 * @csspart playback-button - Records 3 seconds of the microphone and plays them back.
 *
 * @cssprop [--capture-check-ok=#15803d] - Mark of a check that is fine.
 * @cssprop [--capture-check-warning=#a16207] - Mark of a check worth a look.
 * @cssprop [--capture-check-fail=var(--capture-color-danger)] - Mark of a check that failed.
 * @cssprop [--capture-color-accent=#2563eb] - Token: background of the buttons.
 * @cssprop [--capture-color-border=#71717a] - Token: borders of the checks.
 * @cssprop [--capture-space-2=0.5em] - Token: the spacing scale, `--capture-space-1` to `--capture-space-4` (0.25em, 0.5em, 0.75em, 1.25em).
 * @cssprop [--capture-font-family] - Token: font (unset: the page's); `--capture-font-size` its size.
 * @cssprop [--capture-focus-ring=#1d4ed8] - Token: focus outline colour; `--capture-focus-ring-width` (3px) its thickness.
 *
 * @fires {CheckDetail} capture-check - A check reached a verdict; `detail` is `{ check, status, code, report }`.
 */
export class DeviceCheck extends CaptureElement {
  static override styles = [sharedStyles, deviceCheckStyles];
  protected static override checkedAttributes = { checkSeconds };
  protected readonly tag = tag;

  /** How long the camera and the microphone are watched, in seconds (default 4). */
  @property({ attribute: 'check-seconds', converter: checkSeconds.converter })
  checkSeconds = checkSeconds.fallback;

  /** The check was asked for (`check()`, the start button or `autostart`). */
  private asked = false;
  /** The running view (devices, actions, "Checking…") shows: see `showRunningView()`. */
  @state() private started = false;
  @state() private camera = cameraNotChecked();
  @state() private microphone = microphoneNotChecked();
  @state() private speaker: SpeakerReport = { ...notChecked, canChoose: false, played: false };
  @state() private busy = new Set<'camera' | 'microphone' | 'speaker' | 'playback'>();
  @state() private announcement = '';
  /** The browser's words when the test sound or the playback failed. */
  private soundDetail = '';
  private browser?: BrowserReport;
  /** The track each check last measured: a switch to another one checks again. */
  private measured: { video?: MediaStreamTrack; audio?: MediaStreamTrack } = {};
  private runs = new AbortController();
  private runningViewTimer?: ReturnType<typeof setTimeout>;
  /** The verdict (code and device) last told for each check: `capture-check` for each new one. */
  private readonly told = new Map<CheckName, string>();

  protected privateRequest(): CaptureRequest {
    return { video: true, audio: true };
  }

  /** The whole result, as plain JSON (a copy: changing it changes nothing here). */
  getReport(): DeviceCheckReport {
    return JSON.parse(JSON.stringify(this.report())) as DeviceCheckReport;
  }

  /** The result now, uncopied: what each render and each verdict reads. */
  private report(): DeviceCheckReport {
    return {
      camera: this.camera,
      microphone: this.microphone,
      speaker: { ...this.speaker, canChoose: canChooseSink() },
      // A server has no browser to look at: its HTML, and the render that hydrates it, say "not checked yet".
      permissions: this.serverView ? permissionsNotChecked : checkPermissions(this.state),
      browser: this.serverView ? browserNotChecked : (this.browser ??= checkBrowser()), // the browser does not change while the page lives
      checkedAt: new Date().toISOString(),
    };
  }

  /** Runs every check now (turning the camera and microphone on where they are off); what the start button does. */
  check(): void {
    this.asked = true;
    this.runs.abort();
    this.runs = new AbortController();
    this.measured = {};
    if (this.state.status === 'idle' || this.state.status === 'error') {
      this.startCapture();
      this.showRunningView();
    } else {
      this.started = true;
      this.measureWhatIsLive();
    }
    this.tellVerdicts();
  }

  /**
   * Shows the running view once the browser answered the request for the devices, or after
   * `runningViewDelayMs` while it asks (a permission prompt): its style, layout and paint would
   * delay the browser's answers, which the page's main thread handles, and so the first frame.
   */
  private showRunningView(): void {
    if (this.state.status !== 'acquiring') {
      this.started = true;
      return;
    }
    clearTimeout(this.runningViewTimer);
    this.runningViewTimer = setTimeout(() => {
      this.started = true;
    }, runningViewDelayMs);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.runs.signal.aborted) return;
    // Back on the page after it left: its measurements ended, the live devices are checked again.
    this.runs = new AbortController();
    this.measured = {};
    this.busy = new Set();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // Measurements end with the element (not when it is only moved); they let go of what they opened.
    releaseUnlessMoved(this, () => this.runs.abort());
  }

  protected override stateChanged(state: CaptureState): void {
    if (this.autostart && (state.status === 'live' || state.status === 'error')) this.asked = true;
    if (!this.asked) return;
    if (state.status !== 'acquiring') this.started = true;
    this.measureWhatIsLive();
    this.tellVerdicts();
  }

  /** Checks the camera and the microphone that are live now, unless they were checked already. */
  private measureWhatIsLive(): void {
    if (this.state.status === 'error') {
      // Nothing to watch: the verdicts say why (the store's error, in the kit's words).
      this.camera = { ...cameraNotChecked(), status: 'fail', code: 'unavailable' };
      this.microphone = { ...microphoneNotChecked(), status: 'fail', code: 'unavailable' };
      this.measured = {};
      return;
    }
    if (this.state.status !== 'live') return;
    const video = liveTrack(this.state.stream, 'video');
    const audio = liveTrack(this.state.stream, 'audio');
    if (video && video !== this.measured.video) void this.checkCamera(video);
    if (!video) this.camera = { ...cameraNotChecked(), status: 'fail', code: 'off' };
    if (audio && audio !== this.measured.audio) void this.checkMicrophone(audio);
    if (!audio) this.microphone = { ...microphoneNotChecked(), status: 'fail', code: 'off' };
  }

  private checkCamera(track: MediaStreamTrack): Promise<void> {
    return this.watch('video', track, async (...args) => (await measurements.get()).checkCameraTrack(...args), (verdict, device) => {
      this.camera = { ...verdict, device };
    });
  }

  private checkMicrophone(track: MediaStreamTrack): Promise<void> {
    return this.watch('audio', track, async (...args) => (await measurements.get()).checkMicrophoneTrack(...args), (verdict, device) => {
      this.microphone = { ...verdict, device };
    });
  }

  /**
   * Watches `track` for `checkSeconds` with `measure`, then gives the verdict (`conclude`) and
   * tells it, unless it was checked again, switched or left the page meanwhile: the newer run
   * gives the verdict then.
   */
  private async watch<F>(
    kind: 'video' | 'audio', track: MediaStreamTrack,
    measure: (track: MediaStreamTrack, ms: number, signal: AbortSignal) => Promise<F>,
    conclude: (figures: F, device: string) => void,
  ): Promise<void> {
    const check = kind === 'video' ? 'camera' : 'microphone';
    this.measured[kind] = track;
    this.setBusy(check, true);
    const { signal } = this.runs;
    let figures: F;
    try {
      // In the next task, after the preview was given the picture: the measurements' video and
      // AudioContext take milliseconds to make, which would delay its first frame.
      await new Promise((resolve) => setTimeout(resolve));
      figures = await measure(track, this.checkSeconds * 1000, signal);
    } catch (error) {
      // Only its code can fail to come (the page went offline): the check stays unanswered.
      console.warn('capture-kit: the device check could not load its measurements.', error);
      this.measured[kind] = undefined;
      this.setBusy(check, false);
      return;
    }
    if (signal.aborted || this.measured[kind] !== track || !this.isConnected) return;
    conclude(figures, deviceName(this.state, track));
    this.setBusy(check, false);
    this.tellVerdicts();
  }

  private setBusy(what: 'camera' | 'microphone' | 'speaker' | 'playback', busy: boolean): void {
    const next = new Set(this.busy);
    if (busy) next.add(what);
    else next.delete(what);
    this.busy = next;
  }

  /** The chosen speaker's device id ('' for the default). */
  private speakerId(): string {
    return this.state.selected.audiooutput ?? '';
  }

  private async playSound(): Promise<void> {
    this.setBusy('speaker', true);
    const device = this.state.devices.find((d) => d.kind === 'audiooutput' && d.deviceId === this.speakerId())?.label;
    try {
      await (await measurements.get()).playTestSound(this.speakerId());
      this.speaker = { ...this.speaker, ...notChecked, code: 'not-confirmed', device, played: true, heard: undefined };
    } catch (cause) {
      this.soundDetail = cause instanceof Error ? cause.message : String(cause);
      this.speaker = { ...this.speaker, status: 'fail', code: 'cannot-play', device, played: false, heard: undefined };
    } finally {
      this.setBusy('speaker', false);
      this.tellVerdicts();
    }
  }

  private heard(heard: boolean): void {
    this.speaker = { ...this.speaker, heard, status: heard ? 'ok' : 'fail', code: heard ? 'ok' : 'not-heard' };
    this.tellVerdicts();
  }

  /** Records 3 seconds of the microphone and plays them on the chosen speaker: the person hears themselves. */
  private async playBack(): Promise<void> {
    const track = liveTrack(this.state.stream, 'audio');
    if (!track) return;
    const s = checkTexts();
    this.setBusy('playback', true);
    try {
      const { playOn, recordSound } = await measurements.get();
      this.announcement = s.recordingNow;
      const recorded = await recordSound(track, 3);
      this.announcement = s.playingBack;
      await playOn(recorded, this.speakerId());
      this.announcement = '';
    } catch (cause) {
      this.announcement = formatString(s.playbackFailed, { detail: cause instanceof Error ? cause.message : String(cause) });
    } finally {
      this.setBusy('playback', false);
    }
  }

  private async copyReport(): Promise<void> {
    const s = checkTexts();
    try {
      await navigator.clipboard.writeText(JSON.stringify(this.getReport(), null, 2));
      this.announcement = s.reportCopied;
    } catch {
      this.announcement = s.copyFailed;
    }
  }

  /** `capture-check` for each verdict that is new since last told, and its words announced. */
  private tellVerdicts(): void {
    if (!this.asked) return;
    const report = this.report();
    for (const check of checkNames) {
      const { status, code } = report[check];
      // A verdict on another device is a new one, even in the same words.
      const verdict = `${code} ${'device' in report[check] ? String(report[check].device) : ''}`;
      if (code === 'not-checked' || this.told.get(check) === verdict) continue;
      // Told once the browser answered the request: "not asked yet" while it asks is no verdict.
      if (check === 'permissions' && this.state.status !== 'live' && this.state.status !== 'error') continue;
      this.told.set(check, verdict);
      this.dispatchEvent(new CaptureCheckEvent({ check, status, code, report: JSON.parse(JSON.stringify(report[check])) as object }));
      this.announcement = formatString(checkTexts().verdictAnnounced,
        { check: this.heading(check), verdict: verdictWord(status), message: checkMessage(check, report, this.detailOf(check)) });
    }
  }

  /** What fills a message's `{detail}`: the store's error for a device that could not start, the browser's words for the sound. */
  private detailOf(check: CheckName): string {
    if ((check === 'camera' || check === 'microphone') && this.state.error) return errorText(this.state.error);
    return this.soundDetail;
  }

  private heading(check: CheckName): string {
    const s = checkTexts();
    return { camera: s.cameraHeading, microphone: s.microphoneHeading, speaker: s.speakerHeading, permissions: s.permissionsHeading, browser: s.browserHeading }[check];
  }

  protected override render() {
    const s = checkTexts();
    const report = this.report();
    // Empty text is `nothing`, not '': after hydrating server HTML, Lit writes text that
    // replaces an empty string into its own marker, unseen (lit/lit#4937).
    return html`
      <div class="bar">
        <button part="start-button" type="button" ?disabled=${this.busy.has('camera') || this.busy.has('microphone')}
          @click=${() => this.check()}>${this.started ? s.checkAgain : s.startCheck}</button>
        ${this.started ? html`<button part="copy-button" type="button" @click=${this.copyReport}>${s.copyReport}</button>` : nothing}
      </div>
      ${this.renderDevices()}
      <ul part="checks" aria-label=${s.checksLabel}>
        ${checkNames.map((check) => this.renderCheck(check, report))}
      </ul>
      <p class="visually-hidden" role="status" aria-live="polite">${this.announcement || nothing}</p>
    `;
  }

  /**
   * The preview, pickers and meter, made while the check waits for its start (hidden): made at
   * the start, their first render delayed the browser's answer and so the first frame.
   */
  private renderDevices() {
    return html`<div class="devices" ?hidden=${!this.started}>
      <camera-preview part="preview" .store=${this.store}></camera-preview>
      <div class="pickers">
        <device-picker kind="videoinput" .store=${this.store}></device-picker>
        <device-picker kind="audioinput" .store=${this.store}></device-picker>
        <audio-meter part="meter" .store=${this.store}></audio-meter>
        <device-picker kind="audiooutput" .store=${this.store}></device-picker>
      </div>
    </div>`;
  }

  private renderCheck(check: CheckName, report: DeviceCheckReport) {
    const s = checkTexts();
    const { status, code } = report[check];
    const running = this.started && (check === 'camera' || check === 'microphone') && this.busy.has(check);
    // Pending until checked; the browser and the permissions are checked at once, except in server HTML.
    const shown = running || (!this.started && code === 'not-checked');
    const message = running ? s.checkingNow : code === 'not-checked' && check !== 'speaker' ? s.notChecked : checkMessage(check, report, this.detailOf(check));
    // Empty text is `nothing`, not '' (see render()).
    return html`<li part="check" data-check=${check} data-status=${shown ? 'pending' : status}>
      <h3>${this.heading(check)} <span class="verdict">${shown ? nothing : verdictWord(status)}</span></h3>
      <p>${message}</p>
      ${this.started ? this.renderActions(check) : nothing}
    </li>`;
  }

  private renderActions(check: CheckName) {
    const s = checkTexts();
    if (check === 'speaker') {
      return html`<div class="actions">
        <button part="play-sound-button" type="button" ?disabled=${this.busy.has('speaker')} @click=${this.playSound}>${s.playTestSound}</button>
        ${this.speaker.played ? html`
          <button part="heard-button" type="button" aria-pressed=${String(this.speaker.heard === true)} @click=${() => this.heard(true)}>${s.heardIt}</button>
          <button part="not-heard-button" type="button" aria-pressed=${String(this.speaker.heard === false)} @click=${() => this.heard(false)}>${s.heardNothing}</button>` : nothing}
      </div>
      ${canChooseSink() ? nothing : html`<p>${s.speakerNoChoice}</p>`}`;
    }
    if (check === 'microphone' && liveTrack(this.state.stream, 'audio')) {
      return html`<div class="actions">
        <button part="playback-button" type="button" ?disabled=${this.busy.has('playback')} @click=${this.playBack}>${s.recordAndPlay}</button>
      </div>`;
    }
    return nothing;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'device-check': DeviceCheck;
  }
}
