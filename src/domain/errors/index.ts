export type { ErrorBody, ErrorCode, ErrorEntry, Refusal, RefusalStatus } from './refusal'
export { codeForStatus, errorBody, errorBodySchema, errorCodes, errorEntrySchema, isRefusal, refusal } from './refusal'
