/** Typed wrappers over runtime.sendMessage / tabs.sendMessage. */
import browser from 'webextension-polyfill';
import type { BackgroundRequest, BackgroundResponses, ContentRequest, ContentResponses } from './messages';

export function askBackground<R extends BackgroundRequest>(request: R): Promise<BackgroundResponses[R['type']]> {
  return browser.runtime.sendMessage(request) as Promise<BackgroundResponses[R['type']]>;
}

export function askTab<R extends ContentRequest>(tabId: number, request: R): Promise<ContentResponses[R['type']]> {
  return browser.tabs.sendMessage(tabId, request) as Promise<ContentResponses[R['type']]>;
}
