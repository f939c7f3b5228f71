import { downloadText } from '../../app/download-text.ts'

/**
 * A file name for a reminder: a prefix and the words of a label, lower case, dashed, short.
 *
 * @example
 * calendarFileName('due', 'Send the FY27 roadmap!') // 'due-send-the-fy27-roadmap.ics'
 */
export function calendarFileName(prefix: string, label: string): string {
  const words = label
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '')
  return `${prefix}${words ? `-${words}` : ''}.ics`
}

/**
 * Hands a calendar file to the browser as a download, which the phone offers to open in its
 * calendar. Works offline: the file is made on the device.
 */
export function downloadCalendarFile(text: string, fileName: string): void {
  downloadText(text, fileName, 'text/calendar;charset=utf-8')
}
