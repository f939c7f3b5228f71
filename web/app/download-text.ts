// Safari and Firefox start a download after the click returns; revoking the address at once can
// cancel it, so it is kept a little while.
const revokeAfterMs = 30_000

/**
 * Saves text as a file on the device, with no server: a Blob, an object URL and a clicked
 * `<a download>`; the URL is revoked afterwards.
 */
export function downloadText(text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }))
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.hidden = true
  document.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), revokeAfterMs)
}
