/** What `ai-router demo` prints once listening: where it runs and requests to try against the simulators. */
export function formatDemoHelp(
  baseUrl: string,
  { sessionDir, ollamaUrl }: { sessionDir: string; ollamaUrl?: string | undefined },
): string {
  const ollama = ollamaUrl
    ? `
The Ollama API (for Ollama apps: Enchanted, Reins, Ollama App, Home Assistant) is at ${ollamaUrl}:
  curl ${ollamaUrl}/api/tags
  curl ${ollamaUrl}/api/chat -d '{"model":"ai-router","messages":[{"role":"user","content":"hi"}]}'`
    : "";
  return `
ai-router demo is running at ${baseUrl} against simulated upstreams (no GPU, Docker or network).
Try:
  curl ${baseUrl}/v1/models
  curl ${baseUrl}/v1/chat/completions -d '{"model":"ai-router","messages":[{"role":"user","content":"hi"}]}'
  curl -N ${baseUrl}/v1/chat/completions -d '{"model":"ai-router","stream":true,"stream_options":{"include_usage":true},"messages":[{"role":"user","content":"hi"}]}'
  curl -N ${baseUrl}/v1/responses -d '{"model":"ai-router","input":"hi","stream":true}'
  curl ${baseUrl}/v1/embeddings -d '{"model":"qwen3-embedding-0.6b","input":"hello"}'
  curl ${baseUrl}/v1/audio/speech -d '{"model":"tts-1","voice":"alloy","input":"Hello there."}' -o hello.mp3
  curl ${baseUrl}/v1/audio/transcriptions -F file=@hello.mp3 -F model=whisper-1
  curl ${baseUrl}/v1/chat/completions -d '{"model":"ai-router","messages":[{"role":"user","content":"Prove that sqrt(2) is irrational"}]}'
  curl -i ${baseUrl}/v1/chat/completions -d '{"model":"ai-router","messages":[{"role":"user","content":"What happened in the news today?"}]}'
  curl -i ${baseUrl}/v1/chat/completions -d '{"model":"ai-router","messages":[{"role":"system","content":"Generate a concise title for the conversation. Output ONLY the title, at most 10 words."},{"role":"user","content":"user: how do tides work?\\nassistant: The moon pulls the oceans."}]}'
  curl ${baseUrl}/v1/chat/completions -d '{"model":"ai-router","messages":[{"role":"user","content":[{"type":"text","text":"What is in this picture?"},{"type":"image_url","image_url":{"url":"data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="}}]}]}'
  open ${baseUrl}/ in a browser: the status page
  curl ${baseUrl}/health/ready
  curl ${baseUrl}/health/deep${ollama}
Routing is simulated: the classifier picks labels by keywords (hi, explain, code, prove, news today); META (the
title request above, x-ai-router-rule: meta) comes from the rules alone.
The Thor profile (all tiers, two coders, vision, speech, simulated containers): ai-router demo --profile thor
Session logs: ${sessionDir}/   Routing eval: ai-router eval --demo --set tests/fixtures/routing_eval.jsonl
Press Ctrl+C to stop.`;
}
