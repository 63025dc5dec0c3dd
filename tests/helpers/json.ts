/**
 * A JSON body as the tests read it: whatever the server answered, checked field by field by the
 * assertions that read it (a typed schema would only restate what each test asserts).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above: the assertions are the type
export type Json = any
