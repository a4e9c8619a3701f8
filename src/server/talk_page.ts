import { Hono } from "hono";
import type { AppEnv } from "./route_deps.ts";

/**
 * `/talk`: a phone-sized page to speak with the box, with no external assets. It asks for the member's key
 * once (kept in this browser), trades it for a short-lived client secret, and opens the Realtime API with the
 * browser's subprotocol form. Push-to-talk commits on release; hands-free lets the server detect turns.
 * Microphone audio is resampled by an AudioContext running at 24 kHz and sent as pcm16.
 */
const PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Talk to the box</title>
<style>
body{font:16px system-ui,sans-serif;margin:0;padding:12px;max-width:640px;margin:auto;background:#fafafa;color:#222}
h1{font-size:20px;margin:4px 0 12px}
button{font-size:18px;padding:14px;border-radius:10px;border:1px solid #888;background:#fff;width:100%;margin:6px 0}
button.on{background:#2a7;color:#fff}
input{font-size:16px;padding:10px;width:100%;box-sizing:border-box}
#log{margin-top:12px}
.me,.box{padding:8px 10px;border-radius:10px;margin:6px 0;white-space:pre-wrap}
.me{background:#dfe9ff;margin-left:15%}.box{background:#fff;border:1px solid #ddd;margin-right:15%}
#status{color:#555;font-size:14px;min-height:1.2em}
</style></head><body>
<h1>Talk to the box</h1>
<div id="signin"><p>Your key (asked once, kept on this phone):</p>
<input id="key" type="password" autocomplete="current-password" placeholder="sk-...">
<button id="save">Sign in</button></div>
<div id="talk" hidden>
<button id="hold">Hold to talk</button>
<button id="free">Hands-free: off</button>
<div id="status">Not connected</div>
<div id="log"></div></div>
<script>
const $ = (id) => document.getElementById(id);
let socket, ctx, mic, playAt = 0, playing = [], handsFree = false, holding = false, boxLine = null;
const say = (text) => { $("status").textContent = text; };
function line(cls, text) { const d = document.createElement("div"); d.className = cls; d.textContent = text; $("log").prepend(d); return d; }
function toBase64(int16) { let s = ""; const b = new Uint8Array(int16.buffer); for (let i = 0; i < b.length; i += 0x8000) s += String.fromCharCode(...b.subarray(i, i + 0x8000)); return btoa(s); }
function send(event) { if (socket && socket.readyState === 1) socket.send(JSON.stringify(event)); }
function stopPlaying() { for (const s of playing) { try { s.stop(); } catch {} } playing = []; playAt = 0; }
function play(b64) {
  const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
  const pcm = new Int16Array(bytes.buffer, 0, bytes.length >> 1);
  const buf = ctx.createBuffer(1, pcm.length, 24000); const ch = buf.getChannelData(0);
  for (let i = 0; i < pcm.length; i++) ch[i] = pcm[i] / 32768;
  const src = ctx.createBufferSource(); src.buffer = buf; src.connect(ctx.destination);
  playAt = Math.max(playAt, ctx.currentTime + 0.05); src.start(playAt); playAt += buf.duration;
  playing.push(src); window.talkPlayed = (window.talkPlayed || 0) + 1; src.onended = () => { playing = playing.filter((s) => s !== src); };
}
async function connect() {
  const key = localStorage.getItem("ai-router-key");
  say("Connecting...");
  const minted = await fetch("/v1/realtime/client_secrets", { method: "POST", headers: { authorization: "Bearer " + key, "content-type": "application/json" }, body: "{}" });
  if (!minted.ok) { say("The key was refused (" + minted.status + "). Sign in again."); localStorage.removeItem("ai-router-key"); $("signin").hidden = false; $("talk").hidden = true; return; }
  const secret = (await minted.json()).value;
  ctx = new AudioContext({ sampleRate: 24000 });
  mic = await navigator.mediaDevices.getUserMedia({ audio: { channelCount: 1, echoCancellation: true, noiseSuppression: true } });
  const source = ctx.createMediaStreamSource(mic);
  const node = ctx.createScriptProcessor(2048, 1, 1);
  node.onaudioprocess = (e) => {
    if (!handsFree && !holding) return;
    const f = e.inputBuffer.getChannelData(0); const out = new Int16Array(f.length);
    for (let i = 0; i < f.length; i++) out[i] = Math.max(-32768, Math.min(32767, Math.round(f[i] * 32767)));
    send({ type: "input_audio_buffer.append", audio: toBase64(out) });
    window.talkSent = (window.talkSent || 0) + 1;
  };
  source.connect(node); node.connect(ctx.destination);
  const url = (location.protocol === "https:" ? "wss://" : "ws://") + location.host + "/v1/realtime?model=ai-router";
  socket = new WebSocket(url, ["realtime", "openai-insecure-api-key." + secret]);
  socket.onopen = () => { say("Connected: hold the button and speak"); setMode(); };
  socket.onclose = (e) => say("Disconnected" + (e.reason ? ": " + e.reason : "") + ". Reload to talk again.");
  socket.onmessage = (m) => {
    const e = JSON.parse(m.data);
    if (e.type === "input_audio_buffer.speech_started") { stopPlaying(); say("Listening..."); }
    else if (e.type === "conversation.item.input_audio_transcription.completed") line("me", e.transcript || "(nothing heard)");
    else if (e.type === "response.created") { boxLine = line("box", ""); say("Answering..."); }
    else if (e.type === "response.output_audio_transcript.delta" || e.type === "response.output_text.delta") { if (boxLine) boxLine.textContent += e.delta; }
    else if (e.type === "response.output_audio.delta") play(e.delta);
    else if (e.type === "response.done") say(e.response.status === "completed" ? "Your turn" : "Stopped");
    else if (e.type === "error") say("Problem: " + e.error.message);
  };
}
function setMode() {
  send({ type: "session.update", session: { type: "realtime", audio: { input: { turn_detection: handsFree ? { type: "server_vad" } : null } } } });
  $("free").textContent = "Hands-free: " + (handsFree ? "on" : "off"); $("free").classList.toggle("on", handsFree);
  $("hold").hidden = handsFree;
}
function press(down) {
  if (!socket) return;
  if (down) { holding = true; stopPlaying(); send({ type: "response.cancel" }); send({ type: "input_audio_buffer.clear" }); $("hold").classList.add("on"); say("Listening... release when done"); }
  else if (holding) { holding = false; $("hold").classList.remove("on"); send({ type: "input_audio_buffer.commit" }); send({ type: "response.create" }); }
}
$("save").onclick = () => { localStorage.setItem("ai-router-key", $("key").value.trim()); start(); };
$("free").onclick = () => { handsFree = !handsFree; setMode(); };
$("hold").onpointerdown = (e) => { e.preventDefault(); press(true); };
$("hold").onpointerup = $("hold").onpointerleave = () => press(false);
function start() { $("signin").hidden = true; $("talk").hidden = false; connect().catch((e) => say("Cannot start: " + e.message)); }
if (localStorage.getItem("ai-router-key")) start();
</script></body></html>`;

/** `GET /talk`: the voice page (no key needed to load it; it asks for one). */
export function createTalkRoutes(): Hono<AppEnv> {
  return new Hono<AppEnv>().get("/talk", (c) => {
    c.header(
      "content-security-policy",
      "default-src 'self'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; connect-src 'self'",
    );
    return c.html(PAGE);
  });
}
