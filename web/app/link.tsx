import type { AnchorHTMLAttributes, MouseEvent } from 'react'
import { navigate } from './router.ts'

type LinkProps = AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }

function isPlainLeftClick(event: MouseEvent<HTMLAnchorElement>) {
  return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey
}

/**
 * An in-app link: a real `<a href>` (so it can be opened in a new tab) that navigates without a
 * reload on a plain click.
 */
export function Link({ href, onClick, ...rest }: LinkProps) {
  return (
    <a
      href={href}
      onClick={(event) => {
        onClick?.(event)
        if (event.defaultPrevented || !isPlainLeftClick(event) || rest.target) return
        event.preventDefault()
        navigate(href)
      }}
      {...rest}
    />
  )
}
