// What every part of one tab's coaching session works with: the store the views render from, the
// host page, the background, the scheduler, and the session's lifetime.

import type { HostAdapter } from '@/lib/hosts/types';
import type { ProtocolMap } from '@/lib/messaging/protocol';
import type { Scheduler } from './scheduler';
import type { CoachingState } from './state';
import type { Store } from './store';

/** A request to the background: the protocol's sendMessage, or a test double of it. */
export type Send = <Type extends keyof ProtocolMap>(
  type: Type,
  ...data: Parameters<ProtocolMap[Type]> extends [] ? [] : [Parameters<ProtocolMap[Type]>[0]]
) => Promise<ReturnType<ProtocolMap[Type]>>;

export interface Session {
  readonly store: Store<CoachingState>;
  readonly host: HostAdapter;
  readonly send: Send;
  readonly schedule: Scheduler;
  /**
   * The content script's lifetime (its context's signal): every listener, observer, interval and
   * timer of the session ends with it.
   */
  readonly signal: AbortSignal;
}
