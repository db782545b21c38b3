import { Component, CUSTOM_ELEMENTS_SCHEMA, provideZonelessChangeDetection, signal } from '@angular/core';
import { bootstrapApplication } from '@angular/platform-browser';
import type { CapturePhoto, CapturePhotoEvent } from 'capture-kit';
import 'capture-kit/define';

// CUSTOM_ELEMENTS_SCHEMA lets the template use the kit's tags. A plain attribute stays an
// attribute (`autostart` is on, as in HTML; `[autostart]="flag"` would bind the property), and
// `$event` is typed from the kit's HTMLElementEventMap entries.
@Component({
  selector: 'app-root',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <main>
      <h1>capture-kit in Angular</h1>
      <photo-booth autostart (capture-photo)="addPhoto($event)"></photo-booth>
      <device-picker kind="videoinput"></device-picker>
      <p id="app-state">Photos in Angular state: {{ photos().length }}</p>
    </main>
  `,
})
class App {
  readonly photos = signal<CapturePhoto[]>([]);

  addPhoto(event: CapturePhotoEvent) {
    this.photos.update((list) => [event.detail, ...list]);
  }
}

bootstrapApplication(App, { providers: [provideZonelessChangeDetection()] }).catch((error: unknown) => console.error(error));
