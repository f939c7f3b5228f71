import { useCallback, useEffect, useRef, useState } from 'react'

/** The slice of the Web Speech API used here; TypeScript's DOM types leave it out. */
interface Recognition {
  continuous: boolean
  interimResults: boolean
  lang: string
  onresult: ((event: { resultIndex: number; results: SpeechRecognitionResultList }) => void) | null
  onerror: ((event: { error: string }) => void) | null
  onend: (() => void) | null
  start(): void
  stop(): void
  abort(): void
}
type RecognitionConstructor = new () => Recognition

function recognitionConstructor(): RecognitionConstructor | null {
  if (typeof window === 'undefined') return null
  const speech = window as unknown as {
    SpeechRecognition?: RecognitionConstructor
    webkitSpeechRecognition?: RecognitionConstructor
  }
  return speech.SpeechRecognition ?? speech.webkitSpeechRecognition ?? null
}

const errorMessages: Record<string, string> = {
  'not-allowed': 'Liaison may not use the microphone. Allow it in the browser’s site settings.',
  'service-not-allowed': 'This browser does not allow dictation here.',
  network: 'This browser needs a connection to dictate. Type instead — nothing is lost.',
  'no-speech': 'Didn’t hear anything. Try again closer to the phone.',
  'audio-capture': 'No microphone was found.',
}

/**
 * The browser's dictation, when it offers one: recognised phrases are handed to `onText` as they
 * are final, so the words land in the notes (and in the saved draft) while the person speaks.
 *
 * @example
 * const dictation = useDictation((text) => append(text))
 * if (dictation.supported) dictation.start()
 */
export function useDictation(onText: (text: string) => void) {
  const [supported] = useState(() => recognitionConstructor() !== null)
  const [listening, setListening] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const recognition = useRef<Recognition | null>(null)
  const latestOnText = useRef(onText)
  useEffect(() => {
    latestOnText.current = onText
  }, [onText])

  const stop = useCallback(() => recognition.current?.stop(), [])

  const start = useCallback(() => {
    const Constructor = recognitionConstructor()
    if (!Constructor || recognition.current) return
    const instance = new Constructor()
    instance.continuous = true
    instance.interimResults = false
    instance.lang = navigator.language
    instance.onresult = (event) => {
      for (let i = event.resultIndex; i < event.results.length; i++) {
        const result = event.results[i]
        const text = result?.isFinal ? result[0]?.transcript.trim() : ''
        if (text) latestOnText.current(text)
      }
    }
    instance.onerror = (event) => {
      if (event.error !== 'aborted') {
        setError(errorMessages[event.error] ?? 'Dictation stopped. Try again, or type instead.')
      }
    }
    instance.onend = () => {
      recognition.current = null
      setListening(false)
    }
    setError(null)
    try {
      instance.start()
      recognition.current = instance
      setListening(true)
    } catch {
      setError('Dictation could not start. Try again, or type instead.')
    }
  }, [])

  useEffect(() => () => recognition.current?.abort(), [])

  return { supported, listening, error, start, stop }
}
