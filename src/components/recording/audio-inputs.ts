/**
 * The sound of a recording, by name: each input is one source of the mix (`microphone`, a shared
 * tab's or the system's audio…). The name is how a switch replaces that input and no other.
 */
export type AudioInputs = Readonly<Record<string, MediaStreamTrack | undefined>>;

/** The name of the input the session's microphone feeds (what `setMicrophone()` replaces). */
export const microphoneInput = 'microphone';

/** Whether `inputs` has any sound to record now. */
export const hasAudio = (inputs: AudioInputs): boolean => Object.values(inputs).some((track) => track !== undefined);
