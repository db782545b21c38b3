import {
  BlobSource, BufferTarget, EncodedAudioPacketSource, EncodedPacketSink, EncodedVideoPacketSource, Input, MP4, Mp4OutputFormat,
  Output, WEBM, WebMOutputFormat, type EncodedPacket, type InputAudioTrack, type InputVideoTrack,
} from 'mediabunny';

/** A recorder's file copied packet by packet into a new one of its container, with its duration and a seek index. */
export interface RemuxedClip {
  blob: Blob;
  /** Seconds, from the packets' timestamps. */
  duration: number;
}

type Config = VideoDecoderConfig | AudioDecoderConfig;

/** Copies one track's packets in order, the first with its decoder configuration (the muxer needs it). */
async function copyPackets<C extends Config>(
  track: { getDecoderConfig(): Promise<C | null> } & (InputVideoTrack | InputAudioTrack),
  source: { add(packet: EncodedPacket, meta?: { decoderConfig: C }): Promise<void>; close(): void },
): Promise<void> {
  const decoderConfig = await track.getDecoderConfig();
  let first = true;
  for await (const packet of new EncodedPacketSink(track).packets()) {
    await source.add(packet, first && decoderConfig ? { decoderConfig } : undefined);
    first = false;
  }
  source.close();
}

/**
 * The recorder's WebM or MP4 (MediaRecorder writes them as a stream: WebM without a duration or
 * cues, MP4 in fragments) written again as a whole file: the duration in its header, an index to
 * seek with, no frame decoded or encoded. Rejects when the file cannot be read.
 */
export async function remux(blob: Blob): Promise<RemuxedClip> {
  const input = new Input({ source: new BlobSource(blob), formats: [WEBM, MP4] });
  try {
    const mp4 = (await input.getFormat()) === MP4;
    const output = new Output({
      format: mp4 ? new Mp4OutputFormat({ fastStart: 'in-memory' }) : new WebMOutputFormat(),
      target: new BufferTarget(),
    });
    const copies: Promise<void>[] = [];
    const video = await input.getPrimaryVideoTrack();
    const audio = await input.getPrimaryAudioTrack();
    if (video?.codec) {
      const source = new EncodedVideoPacketSource(video.codec);
      output.addVideoTrack(source, { rotation: video.rotation });
      copies.push(copyPackets<VideoDecoderConfig>(video, source));
    }
    if (audio?.codec) {
      const source = new EncodedAudioPacketSource(audio.codec);
      output.addAudioTrack(source);
      copies.push(copyPackets<AudioDecoderConfig>(audio, source));
    }
    if (copies.length === 0) throw new Error('the file has no track to copy');
    await output.start();
    // Together: the muxer interleaves the tracks, and waits for one while the other runs ahead.
    await Promise.all(copies);
    await output.finalize();
    const duration = await input.computeDuration();
    return { blob: new Blob([output.target.buffer!], { type: blob.type }), duration };
  } finally {
    input.dispose();
  }
}
