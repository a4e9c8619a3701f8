/** Real speech made at test time: espeak-ng says a sentence, ffmpeg converts it to each container. */

/** Containers the fixtures come in, with the ffmpeg arguments that make them. */
const CONVERSIONS: Record<string, string[]> = {
  mp3: ["-c:a", "libmp3lame", "-b:a", "64k", "-f", "mp3"],
  ogg: ["-c:a", "libopus", "-ar", "48000", "-f", "ogg"],
  webm: ["-c:a", "libopus", "-ar", "48000", "-f", "webm"],
  m4a: ["-c:a", "aac", "-f", "mp4"],
  flac: ["-c:a", "flac", "-f", "flac"],
};

/** Speech fixtures in a temp dir, removed on dispose. */
export interface SpeechFixtures extends AsyncDisposable {
  /** The sentence spoken. */
  text: string;
  /** Seconds of speech in the WAV, as ffprobe reads it. */
  seconds: number;
  /** File bytes by container: wav, mp3, ogg, webm, m4a, flac. */
  files: Record<string, Uint8Array<ArrayBuffer>>;
}

async function run(command: string, args: string[]): Promise<Uint8Array> {
  const out = await new Deno.Command(command, { args, stdout: "piped", stderr: "piped" }).output();
  if (!out.success) throw new Error(`${command} failed: ${new TextDecoder().decode(out.stderr)}`);
  return out.stdout;
}

/** Reads a media file's duration in seconds by decoding its container with ffprobe. */
export async function probeDuration(path: string): Promise<number> {
  const out = await run("ffprobe", [
    "-v",
    "error",
    "-show_entries",
    "format=duration",
    "-of",
    "csv=p=0",
    path,
  ]);
  return Number(new TextDecoder().decode(out).trim());
}

/** Reads what ffprobe says about the first audio stream of some bytes: codec, rate, channels, duration. */
export async function probeAudio(bytes: Uint8Array): Promise<Record<string, string>> {
  const file = await Deno.makeTempFile({ prefix: "ai-router-probe-" });
  try {
    await Deno.writeFile(file, bytes);
    const out = await run("ffprobe", [
      ...["-v", "error", "-select_streams", "a:0", "-count_packets"],
      ...[
        "-show_entries",
        "stream=codec_name,sample_rate,channels,nb_read_packets:format=duration,format_name",
      ],
      ...["-of", "default=noprint_wrappers=1", file],
    ]);
    return Object.fromEntries(
      new TextDecoder().decode(out).trim().split("\n").map((line) => line.split("=") as [string, string]),
    );
  } finally {
    await Deno.remove(file);
  }
}

/** Speaks `text` with espeak-ng and converts it to every container. */
export async function createSpeechFixtures(
  text = "Hello from the router test. The weather is fine today.",
): Promise<SpeechFixtures> {
  const dir = await Deno.makeTempDir({ prefix: "ai-router-speech-" });
  const wav = `${dir}/speech.wav`;
  await run("espeak-ng", ["-w", wav, text]);
  const files: Record<string, Uint8Array<ArrayBuffer>> = { wav: await Deno.readFile(wav) };
  await Promise.all(
    Object.entries(CONVERSIONS).map(async ([ext, args]) => {
      const path = `${dir}/speech.${ext}`;
      await run("ffmpeg", ["-nostdin", "-hide_banner", "-loglevel", "error", "-i", wav, ...args, path]);
      files[ext] = await Deno.readFile(path);
    }),
  );
  return {
    text,
    seconds: await probeDuration(wav),
    files,
    [Symbol.asyncDispose]: () => Deno.remove(dir, { recursive: true }),
  };
}
