// Files for Chromium's fake camera and microphone (`--use-file-for-fake-video-capture`,
// `--use-file-for-fake-audio-capture`): a black camera, a camera whose picture never moves, and
// a microphone that sends silence. Written once into the system's temporary folder.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const folder = join(tmpdir(), 'capture-kit-fake-media');

/** A Y4M video of `frames` identical 640×480 frames of one grey level (luma 0–255), 4:2:0. */
function stillVideo(luma, frames = 30) {
  const width = 640;
  const height = 480;
  const header = Buffer.from(`YUV4MPEG2 W${width} H${height} F30:1 Ip A1:1 C420jpeg\n`);
  const frame = Buffer.concat([
    Buffer.from('FRAME\n'),
    Buffer.alloc(width * height, luma),
    Buffer.alloc((width / 2) * (height / 2) * 2, 128), // no colour
  ]);
  return Buffer.concat([header, ...Array.from({ length: frames }, () => frame)]);
}

/** A WAV file of `seconds` of silence, 48 kHz mono 16-bit. */
function silence(seconds = 2) {
  const rate = 48000;
  const bytes = rate * seconds * 2;
  const wav = Buffer.alloc(44 + bytes);
  wav.write('RIFF', 0);
  wav.writeUInt32LE(36 + bytes, 4);
  wav.write('WAVEfmt ', 8);
  wav.writeUInt32LE(16, 16);
  wav.writeUInt16LE(1, 20);
  wav.writeUInt16LE(1, 22);
  wav.writeUInt32LE(rate, 24);
  wav.writeUInt32LE(rate * 2, 28);
  wav.writeUInt16LE(2, 32);
  wav.writeUInt16LE(16, 34);
  wav.write('data', 36);
  wav.writeUInt32LE(bytes, 40);
  return wav;
}

/** Writes the files where missing; returns their paths. */
export function fakeMediaFiles() {
  mkdirSync(folder, { recursive: true });
  const files = {
    blackCamera: [join(folder, 'black.y4m'), () => stillVideo(16)],
    stillCamera: [join(folder, 'grey.y4m'), () => stillVideo(128)],
    silentMicrophone: [join(folder, 'silence.wav'), () => silence()],
  };
  return Object.fromEntries(Object.entries(files).map(([name, [path, make]]) => {
    if (!existsSync(path)) writeFileSync(path, make());
    return [name, path];
  }));
}
