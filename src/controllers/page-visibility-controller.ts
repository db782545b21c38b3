import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Tells its element when the page is hidden or shown, while the element is connected. */
export class PageVisibilityController implements ReactiveController {
  constructor(
    host: ReactiveControllerHost,
    private readonly onChange: (visible: boolean) => void,
  ) {
    host.addController(this);
  }

  /** Whether the page is visible now. */
  get visible(): boolean {
    return document.visibilityState === 'visible';
  }

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.changed);
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.changed);
  }

  private readonly changed = (): void => this.onChange(this.visible);
}
