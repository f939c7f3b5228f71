import type { SyncEnvironment } from '../sync-environment.ts'

/**
 * A page whose connectivity and visibility the test flips, firing the engine's handlers.
 *
 * @example
 * const page = new FakeEnvironment()
 * page.goOffline()
 */
export class FakeEnvironment implements SyncEnvironment {
  online = true
  visible = true
  private handlers: Parameters<SyncEnvironment['listen']>[0] | null = null

  isOnline = () => this.online
  isVisible = () => this.visible
  listen = (handlers: Parameters<SyncEnvironment['listen']>[0]) => {
    this.handlers = handlers
    return () => {
      this.handlers = null
    }
  }

  goOffline(): void {
    this.online = false
    this.handlers?.offline()
  }

  goOnline(): void {
    this.online = true
    this.handlers?.online()
  }

  show(): void {
    this.visible = true
    this.handlers?.visible()
  }
}
