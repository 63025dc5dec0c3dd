export { accountKey, defaultLoginLimits, LoginThrottle } from './loginThrottle'
export type { LoginAttempt, LoginLimits, ThrottleVerdict } from './loginThrottle'
export { SlidingWindow } from './slidingWindow'
export type { WindowLimit } from './slidingWindow'
