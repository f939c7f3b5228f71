import { describe, expect, it } from 'vitest'
import { mailtoHref, telHref } from './contact-links.ts'

/** The parts a mail client reads from a mailto: link, with the URL parser browsers use. */
function mailParts(href: string) {
  const url = new URL(href)
  return { to: decodeURIComponent(url.pathname), headers: [...url.searchParams.keys()] }
}

describe('mailtoHref', () => {
  it('links a plain address as it is', () => {
    expect(mailtoHref(' ana@agency.gov ')).toBe('mailto:ana@agency.gov')
  })

  it('keeps ?, &, % and # inside the address, so no header can be added', () => {
    const typed = 'ana@agency.gov?bcc=eve@evil.example&subject=Hi%20there#x'
    const href = mailtoHref(typed) ?? ''
    expect(href).not.toMatch(/[?&#]/)
    expect(mailParts(href)).toEqual({ to: typed, headers: [] })
  })

  it('encodes line breaks, so no header line can be injected', () => {
    const href = mailtoHref('ana@agency.gov\r\nBcc: eve@evil.example') ?? ''
    expect(href).toBe('mailto:ana@agency.gov%0D%0ABcc%3A%20eve%40evil.example')
    expect(mailParts(href).headers).toEqual([])
  })

  it('gives no link for an empty address', () => {
    expect(mailtoHref('  ')).toBeNull()
  })
})

describe('telHref', () => {
  it('keeps digits and a leading plus', () => {
    expect(telHref('+1 (555) 010-2030')).toBe('tel:+15550102030')
    expect(telHref('555.010.2030')).toBe('tel:5550102030')
  })

  it('turns an extension into ;ext= instead of gluing it onto the number', () => {
    expect(telHref('555.010.2030 x12')).toBe('tel:5550102030;ext=12')
    expect(telHref('555 010 2030 ext. 7')).toBe('tel:5550102030;ext=7')
  })

  it('gives no link for letters, parameters or a query, which would dial something else', () => {
    expect(telHref('1-800-FLOWERS')).toBeNull()
    expect(telHref('5550102030;phone-context=evil.example')).toBeNull()
    expect(telHref('5550102030?call=9001')).toBeNull()
    expect(telHref('+1 555 0102030\n+1 900 0000000')).toBeNull()
    expect(telHref('call me')).toBeNull()
  })
})
