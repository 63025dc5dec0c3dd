/** The demo accounts the feed tests act as: the writer writes, the board votes, the editor publishes. */
export const staff = ['writer', 'editor', 'reviewer1', 'reviewer2', 'reviewer3'] as const
export type Staff = (typeof staff)[number]

/** The Adult Treatment Editorial Board: quorum 2, manual publishing. */
export const reviewers = ['reviewer1', 'reviewer2', 'reviewer3'] as const
export type Reviewer = (typeof reviewers)[number]

/** The drug fields these tests change: plain text that shows up unchanged in a revision's content. */
export type DrugText = { drugClass: string; mechanism: string }

export type Intent = 'publish' | 'retire'
