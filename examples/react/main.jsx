import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { DevicePicker, PhotoBooth } from 'capture-kit/react';

function App() {
  const [photos, setPhotos] = useState([]);
  return (
    <main>
      <h1>capture-kit in React</h1>
      <PhotoBooth autostart countdown={0} onCapturePhoto={(event) => setPhotos((list) => [event.detail, ...list])} />
      <DevicePicker kind="videoinput" />
      <p id="app-state">Photos in React state: {photos.length}</p>
    </main>
  );
}

createRoot(document.getElementById('root')).render(<App />);
