/**
 * `@cchc/plan/codes`: only the stable codes of the Bắc Ninh 2026 plan and their typed data — topics,
 * channels and actors — without the commune table, the queries or the plan instance. Everything here is
 * also exported by `@cchc/plan`.
 *
 * @packageDocumentation
 */
export { TOPIC_CODES, topicCodeSchema, type TopicCode } from "./bac-ninh-2026/topic-codes.js";
export { CHANNEL_CODES, channelCodeSchema, type ChannelCode } from "./bac-ninh-2026/channel-codes.js";
export { ACTOR_IDS, actorIdSchema, type ActorId } from "./bac-ninh-2026/actor-ids.js";
export { topics, type BacNinhTopic } from "./bac-ninh-2026/topics.js";
export { channels, type BacNinhChannel } from "./bac-ninh-2026/channels.js";
export { actors, type BacNinhActor } from "./bac-ninh-2026/actors.js";
