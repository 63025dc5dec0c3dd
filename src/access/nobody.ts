import type { Access } from 'payload'

/** No one, admins included: for records Galley alone writes (the audit trail, revisions, the job log). */
export const nobody: Access = () => false
