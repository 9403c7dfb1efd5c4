import type { Action } from '@/api/types'

/** An item of the main menu (MainLayout): the header's el-menu on desktops, NavLinks on phones. */
export interface MenuItem {
  /** The address; for a group of items, just its key. */
  path: string
  label: string
  /** A group: the items under it, shown with it. */
  children?: { path: string; label: string }[]
}

/** 我的任务: the request list narrowed to what is dispatched to the caller. */
export const MY_TASKS = '/requests?mine=true'

/**
 * The resident requests' entries: staff who read requests get the queue, the figures and their
 * own tasks as a group; a member (no queue to read) gets its tasks alone.
 */
export function requestItems(t: (key: string) => string, can: (action: Action) => boolean): MenuItem[] {
  if (can('read_requests')) {
    return [
      {
        path: 'requests',
        label: t('nav.requests'),
        children: [
          { path: '/requests', label: t('nav.requestList') },
          { path: '/requests/metrics', label: t('nav.requestMetrics') },
          { path: MY_TASKS, label: t('nav.myTasks') },
        ],
      },
    ]
  }
  return can('read_own_record') ? [{ path: MY_TASKS, label: t('nav.myTasks') }] : []
}
