// The pages check-ssr.mjs renders on the server and hydrates in Chromium. Each case:
// - markup: what an app's server template holds (a Lit template without expressions);
// - idle: [path, text] visible in the server HTML before any script runs (a path steps into
//   shadow roots: ['photo-booth', 'camera-preview', 'button'] is a button in the booth's preview);
// - calls: getUserMedia calls once hydrated (1 only where the page says `autostart`);
// - use: what a person (or the page) does once hydrated, step by step (`click` a path, or `run`
//   in the page), each `until` it worked (`shows`: what the page showed, said when it did not),
//   and the getUserMedia calls made in all by then.
// The functions run in the page (so they use nothing from this module), where window.ssrCheck
// is scripts/ssr/probe.mjs's.
import { html } from 'lit';

export const tags = ['capture-session', 'camera-preview', 'device-picker', 'audio-meter', 'constraint-panel', 'photo-booth',
  'screen-capture', 'device-check'];

export const cases = [
  {
    name: '<capture-session> alone',
    markup: html`<capture-session></capture-session>`,
    idle: [],
    calls: 0,
    use: {
      steps: [{ run: () => document.querySelector('capture-session').start(), until: () => document.querySelector('capture-session').state.status === 'live' }],
      calls: 1,
    },
  },
  {
    name: '<camera-preview> alone',
    markup: html`<camera-preview></camera-preview>`,
    idle: [[['camera-preview', '[part="start-button"]'], 'Turn on camera']],
    calls: 0,
    use: { steps: [{ click: ['camera-preview', '[part="start-button"]'], until: () => window.ssrCheck.plays(['camera-preview']) }], calls: 1 },
  },
  {
    name: '<device-picker> alone',
    markup: html`<device-picker kind="audioinput"></device-picker>`,
    idle: [[['device-picker', 'label'], 'Microphone']],
    calls: 0,
    use: {
      steps: [{
        run: () => {
          const select = window.ssrCheck.deep(['device-picker', 'select']);
          select.selectedIndex = select.options.length - 1;
          select.dispatchEvent(new Event('change'));
        },
        until: () => document.querySelector('device-picker').state.selected.audioinput === window.ssrCheck.deep(['device-picker', 'select']).value,
      }],
      calls: 0,
    },
  },
  {
    name: '<audio-meter> alone',
    markup: html`<audio-meter></audio-meter>`,
    idle: [[['audio-meter', '[part="label"]'], 'Microphone off']],
    calls: 0,
    use: {
      steps: [{
        click: ['audio-meter', '[part="start-button"]'],
        until: () => window.ssrCheck.deep(['audio-meter', '[part="meter"]']).getAttribute('aria-valuetext') !== 'Microphone off',
      }],
      calls: 1,
    },
  },
  {
    name: '<constraint-panel> alone',
    markup: html`<constraint-panel></constraint-panel>`,
    idle: [[['constraint-panel', 'button.start'], 'Turn on camera']],
    calls: 0,
    use: {
      steps: [
        { click: ['constraint-panel', 'button.start'], until: () => window.ssrCheck.deep(['constraint-panel', '[part="controls"] input:enabled']) !== null },
        {
          run: () => {
            const editor = window.ssrCheck.deep(['constraint-panel', 'textarea']);
            editor.value = '{ "width": ';
            editor.dispatchEvent(new Event('input'));
          },
          until: () => window.ssrCheck.deep(['constraint-panel', '#json-error']).textContent.trim() !== '',
        },
      ],
      calls: 1,
    },
  },
  {
    name: '<photo-booth> alone',
    markup: html`<photo-booth></photo-booth>`,
    idle: [[['photo-booth', 'camera-preview', '[part="start-button"]'], 'Turn on camera'], [['photo-booth', '[part="shutter"]'], 'Take photo']],
    calls: 0,
    use: {
      steps: [
        { click: ['photo-booth', 'camera-preview', '[part="start-button"]'], until: () => window.ssrCheck.deep(['photo-booth', '[part="shutter"]:enabled']) !== null },
        {
          click: ['photo-booth', '[part="shutter"]'],
          until: () => window.ssrCheck.deep(['photo-booth', '[part="gallery"] img']) !== null
            && window.ssrCheck.deep(['photo-booth', '[role="status"]']).textContent.trim() !== '',
        },
      ],
      calls: 1,
    },
  },
  {
    name: '<screen-capture> alone',
    markup: html`<screen-capture bubble="off"></screen-capture>`,
    idle: [[['screen-capture', '[part="share-button"]'], 'Share screen']],
    calls: 0,
    use: { steps: [{ click: ['screen-capture', '[part="share-button"]'], until: () => window.ssrCheck.plays(['screen-capture']) }], calls: 0 },
  },
  {
    name: '<device-check> alone',
    markup: html`<device-check check-seconds="1"></device-check>`,
    idle: [[['device-check', '[part="start-button"]'], 'Check my camera, microphone and speaker']],
    calls: 0,
    use: {
      steps: [{
        click: ['device-check', '[part="start-button"]'],
        // A verdict from a measurement, shown, whatever it says: a 1 s check of Chromium's fake
        // microphone can fall between its beeps and say "silent".
        until: () => ['camera', 'microphone'].every((name) => window.ssrCheck.deep(['device-check', `[data-check="${name}"]`]).dataset.status !== 'pending'
          && !['not-checked', 'unavailable', 'off'].includes(window.ssrCheck.deep(['device-check']).getReport()[name].code))
          && window.ssrCheck.deep(['device-check', '[role="status"]']).textContent.trim() !== '',
        shows: () => JSON.stringify(['camera', 'microphone'].map((name) => window.ssrCheck.deep(['device-check']).getReport()[name])),
      }],
      calls: 1,
    },
  },
  {
    name: 'a <capture-session> with a preview, pickers, a meter, a panel and a booth',
    markup: html`<capture-session audio>
      <camera-preview></camera-preview>
      <device-picker kind="videoinput"></device-picker>
      <device-picker kind="audioinput"></device-picker>
      <audio-meter></audio-meter>
      <constraint-panel></constraint-panel>
      <photo-booth></photo-booth>
    </capture-session>`,
    idle: [[['camera-preview', '[part="start-button"]'], 'Turn on camera'], [['audio-meter', '[part="label"]'], 'Microphone off'],
      [['constraint-panel', 'button.start'], 'Turn on camera'], [['photo-booth', '[part="shutter"]'], 'Take photo']],
    calls: 0,
    use: {
      steps: [{
        click: ['camera-preview', '[part="start-button"]'],
        until: () => window.ssrCheck.plays(['camera-preview']) && window.ssrCheck.plays(['photo-booth', 'camera-preview'])
          && window.ssrCheck.deep(['audio-meter', '[part="meter"]']).getAttribute('aria-valuetext') !== 'Microphone off'
          && window.ssrCheck.deep(['constraint-panel', '[part="controls"] input:enabled']) !== null,
      }],
      calls: 1,
    },
  },
  {
    name: '<camera-preview autostart>',
    markup: html`<camera-preview autostart></camera-preview>`,
    idle: [[['camera-preview', '[part="start-button"]'], 'Turn on camera']],
    calls: 1,
    use: { steps: [{ until: () => window.ssrCheck.plays(['camera-preview']) }], calls: 1 },
  },
  {
    name: '<capture-session autostart> with a preview, a picker and a panel',
    markup: html`<capture-session autostart audio>
      <camera-preview></camera-preview>
      <device-picker kind="videoinput"></device-picker>
      <constraint-panel></constraint-panel>
    </capture-session>`,
    idle: [[['camera-preview', '[part="start-button"]'], 'Turn on camera'], [['constraint-panel', 'button.start'], 'Turn on camera']],
    calls: 1,
    use: {
      steps: [{ until: () => window.ssrCheck.plays(['camera-preview']) && window.ssrCheck.deep(['constraint-panel', '[part="controls"] input:enabled']) !== null }],
      calls: 1,
    },
  },
];
