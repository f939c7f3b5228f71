import { secureHeaders } from 'hono/secure-headers'

/**
 * Security headers for every response: a CSP that lets the page talk only to its own origin and,
 * in production, the configured Supabase project; no framing; no MIME sniffing; no referrer
 * leaking across origins.
 */
export function securityHeaders(supabaseUrl: string | undefined) {
  const connect = supabaseUrl ? ["'self'", supabaseUrl] : ["'self'"]
  return secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'"],
      imgSrc: ["'self'", 'data:', 'blob:'],
      fontSrc: ["'self'"],
      connectSrc: connect,
      workerSrc: ["'self'"],
      manifestSrc: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'self'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
    },
    xFrameOptions: 'DENY',
    xContentTypeOptions: 'nosniff',
    referrerPolicy: 'strict-origin-when-cross-origin',
    crossOriginResourcePolicy: 'same-origin',
    permissionsPolicy: { camera: [], geolocation: [], microphone: ['self'] },
  })
}
