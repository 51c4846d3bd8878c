/**
 * When feeds are read: one repeating alarm wakes the worker (alarms survive the worker
 * being stopped and the browser restarting) and reads whatever is due. Each feed keeps
 * its own next check time (interval, backoff, `Retry-After`), so the alarm itself only
 * has to come round often enough.
 */
import browser from '../../shared/browser';
import { logOnce } from '../../shared/log';
import { getStore } from '../store-live';
import { refreshDue } from './refresh';

/** Name of the repeating alarm. */
export const FEED_ALARM = 'second-source-feeds';
/** Minutes between two wake-ups while any feed is followed and active. */
export const FEED_ALARM_PERIOD_MINUTES = 5;

/** Create the alarm when an active feed is followed, clear it when none is. */
export async function syncFeedAlarm(): Promise<void> {
  try {
    const feeds = await (await getStore()).listFeeds();
    const active = feeds.some((f) => !f.paused);
    const existing = await browser.alarms.get(FEED_ALARM);
    if (!active) {
      if (existing) await browser.alarms.clear(FEED_ALARM);
      return;
    }
    if (existing?.periodInMinutes === FEED_ALARM_PERIOD_MINUTES) return;
    browser.alarms.create(FEED_ALARM, {
      delayInMinutes: 1,
      periodInMinutes: FEED_ALARM_PERIOD_MINUTES,
    });
  } catch (error) {
    logOnce('feed-alarm', error);
  }
}

/** What an alarm runs (registered at the worker's top level; tests fire it by name). */
export async function onAlarm(alarm: { name: string }): Promise<void> {
  if (alarm.name !== FEED_ALARM) return;
  try {
    await refreshDue();
  } catch (error) {
    logOnce('feed-refresh', error);
  }
}
