export { actorOf, LiveAnswers, payloadField, SESSION_RECHECK_MS } from './live-answers';
export type { LiveAnswer } from './live-answers';
export { LIVE_RESYNC, LiveAdapter } from './live-adapter';
export { LiveRoomReader } from './live-rooms';
export { LiveModule } from './live.module';
export { liveLibrary } from './live.library';
