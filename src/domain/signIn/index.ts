export { accountKey, defaultLoginLimits, LoginThrottle, resetRequestLimits } from './loginThrottle'
export type { LoginAttempt, LoginLimits, ThrottleVerdict } from './loginThrottle'
export { SlidingWindow } from './slidingWindow'
export type { WindowLimit } from './slidingWindow'
