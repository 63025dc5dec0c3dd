import type { Role } from '../../domain/people/roles'

export type SeedUser = { email: string; name: string; roles: Role[] }
export type SeedBoard = {
  slug: string
  name: string
  description: string
  members: string[]
  quorum: number
  autoPublish: boolean
}

export const demoUsers: SeedUser[] = [
  { email: 'admin@galley.test', name: 'Alex Admin', roles: ['admin'] },
  { email: 'editor@galley.test', name: 'Erin Editor', roles: ['editor'] },
  { email: 'writer@galley.test', name: 'Wren Writer', roles: ['writer'] },
  { email: 'reviewer1@galley.test', name: 'Dr. Rosa Reyes', roles: ['reviewer'] },
  { email: 'reviewer2@galley.test', name: 'Dr. Sam Okafor', roles: ['reviewer'] },
  { email: 'reviewer3@galley.test', name: 'Dr. Lena Park', roles: ['reviewer'] },
  { email: 'reviewer4@galley.test', name: 'Dr. Tom Varga', roles: ['reviewer'] },
]

export const demoBoards: SeedBoard[] = [
  {
    slug: 'adult-treatment',
    name: 'Adult Treatment Editorial Board',
    description:
      'Oncologists and specialists who review treatment information for adult cancers, including soft tissue sarcoma.',
    members: ['reviewer1@galley.test', 'reviewer2@galley.test', 'reviewer3@galley.test'],
    quorum: 2,
    autoPublish: false,
  },
  {
    slug: 'supportive-palliative-care',
    name: 'Supportive and Palliative Care Editorial Board',
    description: 'Specialists who review information on symptoms, side effects and palliative care.',
    members: ['reviewer4@galley.test'],
    quorum: 1,
    autoPublish: false,
  },
]

/** The board the demo content belongs to, and the default for new documents. */
export const demoDefaultBoard = 'adult-treatment'
