/** An item of the main menu (MainLayout): the header's el-menu on desktops, NavLinks on phones. */
export interface MenuItem {
  /** The address; for a group of items, just its key. */
  path: string
  label: string
  /** A group: the items under it, shown with it. */
  children?: { path: string; label: string }[]
}
