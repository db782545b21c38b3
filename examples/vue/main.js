import { createApp, ref } from 'vue';
import 'capture-kit/define';

const kitTags = ['capture-session', 'camera-preview', 'device-picker', 'audio-meter', 'constraint-panel', 'photo-booth', 'screen-capture', 'device-check'];

const app = createApp({
  setup() {
    const photos = ref([]);
    return { photos, addPhoto: (event) => photos.value.unshift(event.detail) };
  },
  // `:autostart="true"` sets the property; a bare attribute would be set as the property ''.
  template: `
    <main>
      <h1>capture-kit in Vue</h1>
      <photo-booth :autostart="true" @capture-photo="addPhoto"></photo-booth>
      <device-picker kind="videoinput"></device-picker>
      <p id="app-state">Photos in Vue state: {{ photos.length }}</p>
    </main>`,
});
app.config.compilerOptions.isCustomElement = (tag) => kitTags.includes(tag);
app.mount('#app');
