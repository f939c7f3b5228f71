import { describe, expect, it } from 'vitest'
import { parseRuntimeConfig } from './runtime-config.ts'

describe('parseRuntimeConfig', () => {
  it('accepts the embedded-mode config and defaults demo to false', () => {
    expect(parseRuntimeConfig({ authUrl: null, publishableKey: 'liaison-local' })).toEqual({
      authUrl: null,
      publishableKey: 'liaison-local',
      demo: false,
    })
  })

  it('keeps a Supabase URL and the demo flag', () => {
    const config = {
      authUrl: 'https://x.supabase.co',
      publishableKey: 'sb_publishable_1',
      demo: true,
    }
    expect(parseRuntimeConfig(config)).toEqual(config)
  })

  it('rejects shapes it cannot start with', () => {
    expect(parseRuntimeConfig(null)).toBeNull()
    expect(parseRuntimeConfig({ authUrl: null })).toBeNull()
    expect(parseRuntimeConfig({ authUrl: 3, publishableKey: 'k' })).toBeNull()
    expect(parseRuntimeConfig({ authUrl: null, publishableKey: '' })).toBeNull()
  })
})
