import "ws";
import { OpenAIRealtimeWS } from "openai/realtime/ws";
console.log(typeof OpenAIRealtimeWS);
