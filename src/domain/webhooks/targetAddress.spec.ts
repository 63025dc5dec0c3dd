import { describe, expect, it } from 'vitest'

import { allowedHostProblem, classifyAddress, classifyHost, parseIPv4, parseIPv6, responseExcerpt, targetRefusal } from './targetAddress'

describe('parseIPv4', () => {
  it('reads every form inet_aton accepts as the same address', () => {
    const loopback = 0x7f000001
    for (const form of [
      '127.0.0.1',
      '2130706433',
      '0x7f000001',
      '0X7F000001',
      '0177.0.0.1',
      '0x7f.0.0.1',
      '127.1',
      '127.0.1',
      '017700000001',
    ]) {
      expect(parseIPv4(form), form).toBe(loopback)
    }
  })

  it('is not fooled by names or out-of-range parts', () => {
    for (const text of ['example.org', '256.0.0.1', '1.2.3.4.5', '1..2.3', '4294967296', '08.0.0.1', '', '127.0.0.1a']) {
      expect(parseIPv4(text), text).toBeNull()
    }
  })
})

describe('parseIPv6', () => {
  it('expands ::, keeps an embedded IPv4 address and ignores brackets and zone ids', () => {
    expect(parseIPv6('::1')).toEqual([0, 0, 0, 0, 0, 0, 0, 1])
    expect(parseIPv6('[::1]')).toEqual([0, 0, 0, 0, 0, 0, 0, 1])
    expect(parseIPv6('::ffff:127.0.0.1')).toEqual([0, 0, 0, 0, 0, 0xffff, 0x7f00, 1])
    expect(parseIPv6('fe80::1%eth0')).toEqual([0xfe80, 0, 0, 0, 0, 0, 0, 1])
    expect(parseIPv6('2001:db8:0:0:0:0:0:1')).toEqual([0x2001, 0xdb8, 0, 0, 0, 0, 0, 1])
  })

  it('refuses what is not an IPv6 address', () => {
    for (const text of ['127.0.0.1', '1::2::3', '1:2:3:4:5:6:7:8:9', 'g::1', '::ffff:300.0.0.1', 'example.org']) {
      expect(parseIPv6(text), text).toBeNull()
    }
  })
})

describe('classifyAddress', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['127.255.255.254', 'loopback'],
    ['2130706433', 'loopback'],
    ['0x7f000001', 'loopback'],
    ['0177.0.0.1', 'loopback'],
    ['0.0.0.0', 'unspecified'],
    ['0', 'unspecified'],
    ['10.1.2.3', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['192.168.1.1', 'private'],
    ['100.64.0.1', 'shared'],
    ['100.127.255.255', 'shared'],
    ['169.254.1.1', 'link-local'],
    ['169.254.169.254', 'metadata'],
    ['100.100.100.200', 'metadata'],
    ['224.0.0.1', 'multicast'],
    ['255.255.255.255', 'multicast'],
    ['240.0.0.1', 'reserved'],
    ['192.0.2.10', 'reserved'],
    ['::1', 'loopback'],
    ['[::1]', 'loopback'],
    ['::', 'unspecified'],
    ['::ffff:127.0.0.1', 'loopback'],
    ['::ffff:7f00:1', 'loopback'],
    ['::ffff:10.0.0.1', 'private'],
    ['::ffff:169.254.169.254', 'metadata'],
    ['::127.0.0.1', 'loopback'],
    ['64:ff9b::a9fe:a9fe', 'metadata'],
    ['2002:7f00:1::', 'loopback'],
    ['fc00::1', 'private'],
    ['fd12:3456:789a::1', 'private'],
    ['fd00:ec2::254', 'metadata'],
    ['fe80::1', 'link-local'],
    ['fe80::1%eth0', 'link-local'],
    ['ff02::1', 'multicast'],
    ['2001:db8::1', 'reserved'],
  ] as const)('%s is %s', (address, kind) => {
    expect(classifyAddress(address)).toBe(kind)
  })

  it('passes public addresses', () => {
    for (const address of ['93.184.216.34', '8.8.8.8', '172.32.0.1', '100.128.0.1', '2606:4700:4700::1111', '::ffff:8.8.8.8']) {
      expect(classifyAddress(address), address).toBe('public')
    }
  })

  it('is null for a host name', () => {
    expect(classifyAddress('partner.example.org')).toBeNull()
  })
})

describe('classifyHost', () => {
  it('knows loopback and metadata names without a lookup', () => {
    expect(classifyHost('localhost')).toEqual({ kind: 'loopback' })
    expect(classifyHost('LOCALHOST.')).toEqual({ kind: 'loopback' })
    expect(classifyHost('api.localhost')).toEqual({ kind: 'loopback' })
    expect(classifyHost('metadata.google.internal')).toEqual({ kind: 'metadata' })
    expect(classifyHost('metadata.google.internal.')).toEqual({ kind: 'metadata' })
    expect(classifyHost('metadata')).toEqual({ kind: 'metadata' })
    expect(classifyHost('printer.local')).toEqual({ kind: 'private' })
    expect(classifyHost('db.corp.internal')).toEqual({ kind: 'private' })
  })

  it('leaves other names to be judged by what they resolve to', () => {
    expect(classifyHost('partner.example.org')).toEqual({ kind: 'name' })
  })
})

describe('targetRefusal', () => {
  it('names the host and why it is refused', () => {
    expect(targetRefusal({ host: '127.0.0.1' })).toBe('127.0.0.1 is a loopback address (this machine)')
    expect(targetRefusal({ host: '[::1]' })).toBe('::1 is a loopback address (this machine)')
    expect(targetRefusal({ host: '169.254.169.254' })).toBe('169.254.169.254 is a cloud metadata service')
    expect(targetRefusal({ host: 'metadata.google.internal' })).toBe('metadata.google.internal is a cloud metadata service')
    expect(targetRefusal({ host: '192.168.0.10' })).toBe('192.168.0.10 is a private network address')
  })

  it('refuses a name when any address it resolves to is internal', () => {
    expect(targetRefusal({ host: 'partner.example.org', resolved: ['93.184.216.34'] })).toBeNull()
    expect(targetRefusal({ host: 'rebind.example.org', resolved: ['93.184.216.34', '10.0.0.5'] })).toBe(
      'rebind.example.org resolves to 10.0.0.5, a private network address',
    )
    expect(targetRefusal({ host: 'odd.example.org', resolved: ['not-an-address'] })).toMatch(/reserved/)
  })

  it('lets through a host an admin allowed by name, whatever it resolves to', () => {
    expect(targetRefusal({ host: '127.0.0.1', allowedHosts: ['127.0.0.1'] })).toBeNull()
    expect(targetRefusal({ host: 'LocalHost', allowedHosts: ['localhost'], resolved: ['127.0.0.1'] })).toBeNull()
    expect(targetRefusal({ host: '[::1]', allowedHosts: ['::1'] })).toBeNull()
    // allowing one host allows no other
    expect(targetRefusal({ host: '127.0.0.2', allowedHosts: ['127.0.0.1'] })).not.toBeNull()
  })
})

describe('responseExcerpt', () => {
  it('keeps at most 200 characters on one line, without control characters', () => {
    expect(responseExcerpt('  down for\r\nmaintenance\u0000\u001b[31m  ')).toBe('down for maintenance [31m')
    const long = responseExcerpt('x'.repeat(5000))
    expect(long).toHaveLength(200)
    expect(long.endsWith('…')).toBe(true)
  })
})

describe('allowedHostProblem', () => {
  it('accepts bare host names and addresses', () => {
    for (const host of ['localhost', 'partner.internal', '10.0.0.5', '::1', '[::1]', 'Hooks.Example.org.'])
      expect(allowedHostProblem(host), host).toBeNull()
  })

  it('names an entry that is a URL, has a port or is empty', () => {
    expect(allowedHostProblem('http://10.0.0.5/hooks')).toMatch(/"http:\/\/10\.0\.0\.5\/hooks" is not a host name or IP address/)
    expect(allowedHostProblem('partner.internal:8080')).toMatch(/without http:\/\/, a port or a path/)
    expect(allowedHostProblem(' ')).toBe('an allowed host cannot be empty')
  })
})
