// @vitest-environment jsdom
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import type { LocalRow } from '../../local/local-db.ts'
import { KeyContacts } from '../relationship/key-contacts.tsx'
import { ContactCard } from './contact-card.tsx'

const hostile: LocalRow<'contacts'> = {
  id: '0190a000-0000-7000-8000-0000000000c1',
  org_id: '0190a000-0000-7000-8000-0000000000o1',
  account_id: '0190a000-0000-7000-8000-0000000000a1',
  name: 'Ana Ruiz',
  title: null,
  email: 'ana@agency.gov?bcc=eve@evil.example',
  phone: '555 0102030;phone-context=evil.example',
  influence: 'champion',
  version: 1,
  created_at: '2026-11-01T00:00:00Z',
  updated_at: '2026-11-01T00:00:00Z',
  deleted_at: null,
}

function hrefs(markup: string): string[] {
  const host = document.createElement('div')
  host.innerHTML = markup
  return [...host.querySelectorAll('a[href]')].map((a) => a.getAttribute('href') ?? '')
}

const contactLinks = (markup: string) =>
  hrefs(markup).filter((href) => href.startsWith('mailto:') || href.startsWith('tel:'))

describe('contact links as rendered', () => {
  it('the contact card carries no bcc and no phone parameter from what was typed', () => {
    const markup = renderToStaticMarkup(
      <ContactCard
        contact={hostile}
        engagedAt={null}
        now={new Date()}
        onEdit={null}
        waiting={false}
      />,
    )
    expect(contactLinks(markup)).toEqual(['mailto:ana@agency.gov%3Fbcc%3Deve%40evil.example'])
  })

  it('the key contacts panel does the same', () => {
    const rows = { contacts: [hostile], checkins: [], items: [] }
    const markup = renderToStaticMarkup(
      <KeyContacts accountId={hostile.account_id} rows={rows} viewerId="someone" />,
    )
    expect(contactLinks(markup)).toEqual(['mailto:ana@agency.gov%3Fbcc%3Deve%40evil.example'])
  })
})
