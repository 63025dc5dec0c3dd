import { describe, expect, it } from 'vitest'

import { actedProblem, inactiveProblem, lastAdminProblem } from './accounts'

describe('lastAdminProblem', () => {
  it.each(['delete', 'deactivate', 'demote'] as const)('refuses to %s the last active administrator', (type) => {
    expect(lastAdminProblem({ change: { type }, isActiveAdmin: true, otherActiveAdmins: 0 })).toMatch(/last active administrator/)
  })

  it('allows it while another active administrator remains', () => {
    expect(lastAdminProblem({ change: { type: 'delete' }, isActiveAdmin: true, otherActiveAdmins: 1 })).toBeNull()
  })

  it('does not concern accounts that are not active administrators', () => {
    expect(lastAdminProblem({ change: { type: 'deactivate' }, isActiveAdmin: false, otherActiveAdmins: 0 })).toBeNull()
  })
})

describe('actedProblem', () => {
  it('lets an account that never acted be deleted', () => {
    expect(actedProblem({ name: 'Pat', actions: 0 })).toBeNull()
  })

  it('says to deactivate an account that acted', () => {
    expect(actedProblem({ name: 'Pat', actions: 3 })).toMatch(/Pat has taken part in reviews \(3 recorded actions\).*Deactivate it instead/)
  })
})

describe('inactiveProblem', () => {
  it('refuses a deactivated account with the reason', () => {
    expect(inactiveProblem({ active: false })).toMatch(/deactivated by an administrator/)
  })

  it('accepts an active account and one stored before the field existed', () => {
    expect(inactiveProblem({ active: true })).toBeNull()
    expect(inactiveProblem({})).toBeNull()
  })
})
