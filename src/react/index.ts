/**
 * React wrappers (`capture-kit/react`), made with @lit/react: properties are props and the
 * kit's events are `on…` props, typed. Importing this registers every tag. Needs `react` and
 * `@lit/react` in the page's own dependencies.
 */
import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import '../define.js';
import { AudioMeter as AudioMeterElement } from '../components/audio-meter/audio-meter.js';
import { CameraPreview as CameraPreviewElement } from '../components/camera-preview/camera-preview.js';
import { CaptureSession as CaptureSessionElement } from '../components/capture-session/capture-session.js';
import { ConstraintPanel as ConstraintPanelElement } from '../components/constraint-panel/constraint-panel.js';
import { DevicePicker as DevicePickerElement } from '../components/device-picker/device-picker.js';
import { PhotoBooth as PhotoBoothElement } from '../components/photo-booth/photo-booth.js';
import { ScreenCapture as ScreenCaptureElement } from '../components/screen-capture/screen-capture.js';
import { DeviceCheck as DeviceCheckElement } from '../components/device-check/device-check.js';
import type {
  CaptureCheckEvent,
  CaptureConstraintsChangeEvent, CaptureDeviceChangeEvent, CaptureErrorEvent, CapturePhotoEvent,
  CaptureRecordingChunkEvent, CaptureRecordingEvent, CaptureStartEvent, CaptureStopEvent,
} from '../events.js';

/**
 * The store's status events: from `<CaptureSession>`, and from an element that is alone (a
 * private store). Inside a session, the session reports them, never its elements.
 */
const statusEvents = {
  onCaptureStart: 'capture-start' as EventName<CaptureStartEvent>,
  onCaptureStop: 'capture-stop' as EventName<CaptureStopEvent>,
  onCaptureError: 'capture-error' as EventName<CaptureErrorEvent>,
};

export const CaptureSession = createComponent({
  tagName: 'capture-session', elementClass: CaptureSessionElement, react: React, events: statusEvents,
});

export const CameraPreview = createComponent({
  tagName: 'camera-preview', elementClass: CameraPreviewElement, react: React, events: statusEvents,
});

export const DevicePicker = createComponent({
  tagName: 'device-picker', elementClass: DevicePickerElement, react: React,
  events: { ...statusEvents, onCaptureDeviceChange: 'capture-device-change' as EventName<CaptureDeviceChangeEvent> },
});

export const AudioMeter = createComponent({
  tagName: 'audio-meter', elementClass: AudioMeterElement, react: React, events: statusEvents,
});

export const ConstraintPanel = createComponent({
  tagName: 'constraint-panel', elementClass: ConstraintPanelElement, react: React,
  events: {
    ...statusEvents, // onCaptureError also reports a failed apply, with `operation` 'constraints'
    onCaptureConstraintsChange: 'capture-constraints-change' as EventName<CaptureConstraintsChangeEvent>,
  },
});

/** The photo, clip and clip-piece events of the elements that take them. */
const clipEvents = {
  onCapturePhoto: 'capture-photo' as EventName<CapturePhotoEvent>,
  onCaptureRecording: 'capture-recording' as EventName<CaptureRecordingEvent>,
  onCaptureRecordingChunk: 'capture-recording-chunk' as EventName<CaptureRecordingChunkEvent>,
};

export const PhotoBooth = createComponent({
  tagName: 'photo-booth', elementClass: PhotoBoothElement, react: React,
  events: {
    ...statusEvents,
    ...clipEvents,
  },
});

export const ScreenCapture = createComponent({
  tagName: 'screen-capture', elementClass: ScreenCaptureElement, react: React,
  events: {
    ...statusEvents, // onCaptureError also reports sharing, screenshots and recordings (`operation`)
    ...clipEvents,
  },
});

export const DeviceCheck = createComponent({
  tagName: 'device-check', elementClass: DeviceCheckElement, react: React,
  events: { ...statusEvents, onCaptureCheck: 'capture-check' as EventName<CaptureCheckEvent> },
});
