/// <reference lib="dom" />
/// <reference lib="dom.iterable" />

/**
 * The viewer's behaviour, serialized into `matn.js` by `viewerScript()`. It must not use
 * anything outside its own body (it runs in the page, not in Node).
 *
 * - Activating a segment (click, or keyboard focus) marks it `data-active` and sets
 *   `data-aligned-active="curated|auto"` on the segments aligned with it, then scrolls the
 *   first of them into view; a status line tells screen readers what happened.
 * - In a column, ↑/↓ move between segments, Home/End go to the first/last, Enter moves to
 *   the first aligned segment, Escape clears the highlight (one tab stop per column).
 * - Activating a citation opens the panel with every place its work is cited (cloned from
 *   the page's list of works cited, so the script builds no markup from data).
 */
function viewer(): void {
  interface Link {
    en: string[]
    fa: string[]
    source: string
  }
  const doc = document
  const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches
  const status = doc.getElementById('matn-status')
  const links: Link[] = readLinks()
  const linksBySegment = new Map<string, Link[]>()
  for (const link of links) {
    for (const id of [...link.en, ...link.fa]) {
      const list = linksBySegment.get(id) ?? []
      list.push(link)
      linksBySegment.set(id, list)
    }
  }
  let marked: Element[] = []

  function readLinks(): Link[] {
    const text = doc.getElementById('matn-alignments')?.textContent ?? '[]'
    let value: unknown
    try {
      value = JSON.parse(text)
    } catch {
      return []
    }
    if (!Array.isArray(value)) return []
    const ids = (list: unknown): string[] => (Array.isArray(list) ? list.filter((id) => typeof id === 'string') : [])
    return value
      .filter((item): item is Record<string, unknown> => typeof item === 'object' && item !== null)
      .map((item) => ({ en: ids(item['en']), fa: ids(item['fa']), source: item['source'] === 'curated' ? 'curated' : 'auto' }))
  }

  function segmentElement(id: string): HTMLElement | null {
    return doc.querySelector<HTMLElement>(`[data-segment="${CSS.escape(id)}"]`)
  }

  function counterpartsOf(id: string): Map<HTMLElement, string> {
    const found = new Map<HTMLElement, string>()
    for (const link of linksBySegment.get(id) ?? []) {
      const others = link.en.includes(id) ? link.fa : link.en
      for (const other of others) {
        const element = segmentElement(other)
        if (!element) continue
        found.set(element, found.get(element) === 'curated' || link.source === 'curated' ? 'curated' : 'auto')
      }
    }
    return found
  }

  function clear(): void {
    for (const element of marked) {
      element.removeAttribute('data-active')
      element.removeAttribute('data-aligned-active')
    }
    marked = []
  }

  function reveal(element: HTMLElement): void {
    const column = element.closest<HTMLElement>('.column')
    const behavior: ScrollBehavior = reducedMotion ? 'auto' : 'smooth'
    if (column && column.scrollHeight > column.clientHeight + 1 && getComputedStyle(column).overflowY !== 'visible') {
      const box = element.getBoundingClientRect()
      const frame = column.getBoundingClientRect()
      if (box.top >= frame.top && box.bottom <= frame.bottom) return
      column.scrollTo({ top: column.scrollTop + box.top - frame.top - column.clientHeight / 3, behavior })
    } else element.scrollIntoView({ block: 'nearest', behavior })
  }

  function activate(element: HTMLElement): void {
    const id = element.dataset['segment']
    if (!id || element.hasAttribute('data-active')) return
    clear()
    element.setAttribute('data-active', '')
    marked.push(element)
    const counterparts = counterpartsOf(id)
    for (const [other, source] of counterparts) {
      other.setAttribute('data-aligned-active', source)
      marked.push(other)
    }
    const first = counterparts.keys().next().value
    if (first) reveal(first)
    if (status) {
      const curated = [...counterparts.values()].filter((source) => source === 'curated').length
      status.textContent =
        counterparts.size === 0
          ? `${id}: no aligned segment`
          : `${id}: ${counterparts.size} aligned segment${counterparts.size === 1 ? '' : 's'} (${curated} curated, ${counterparts.size - curated} automatic)`
    }
  }

  function rove(element: HTMLElement): void {
    const column = element.closest('.column')
    if (!column) return
    for (const other of column.querySelectorAll<HTMLElement>('[data-segment][tabindex="0"]')) {
      if (other !== element) other.tabIndex = -1
    }
    element.tabIndex = 0
  }

  function move(element: HTMLElement, key: string): HTMLElement | undefined {
    const column = element.closest('.column')
    if (!column) return undefined
    const all = [...column.querySelectorAll<HTMLElement>('[data-segment]')]
    const index = all.indexOf(element)
    if (key === 'Home') return all[0]
    if (key === 'End') return all[all.length - 1]
    return all[index + (key === 'ArrowDown' ? 1 : -1)]
  }

  const panel = doc.getElementById('citation-panel') as HTMLDialogElement | null
  const panelBody = panel?.querySelector('.panel-body')
  const panelTitle = panel?.querySelector<HTMLElement>('#citation-panel-title')
  let opener: HTMLElement | null = null

  function openPanel(link: HTMLAnchorElement): boolean {
    const work = doc.getElementById(`work-${link.dataset['work'] ?? ''}`)
    if (!panel || !panelBody || !panelTitle || !work) return false
    const heading = work.querySelector('.work-title')
    panelTitle.replaceChildren(...[...(heading?.childNodes ?? [])].map((node) => node.cloneNode(true)))
    panelBody.replaceChildren(...[...work.children].filter((child) => child !== heading).map((child) => child.cloneNode(true)))
    opener = link
    if (!panel.open) panel.show()
    panelTitle.focus()
    return true
  }

  function closePanel(): void {
    if (!panel?.open) return
    panel.close()
    opener?.focus()
  }

  doc.addEventListener('focusin', (event) => {
    const target = event.target
    if (!(target instanceof HTMLElement) || !target.dataset['segment']) return
    rove(target)
    activate(target)
  })

  doc.addEventListener('click', (event) => {
    const target = event.target
    if (!(target instanceof Element)) return
    const cite = target.closest<HTMLAnchorElement>('a.cite')
    if (cite) {
      if (openPanel(cite)) event.preventDefault()
      return
    }
    if (target.closest('.panel-close')) {
      closePanel()
      return
    }
    const place = target.closest<HTMLAnchorElement>('.citation-panel a[href^="#"]')
    if (place) {
      const destination = doc.getElementById(decodeURIComponent(place.hash.slice(1)))
      if (destination?.dataset['segment']) {
        event.preventDefault()
        destination.focus({ preventScroll: true })
        reveal(destination)
      }
      return
    }
    if (target.closest('a, button')) return
    const segment = target.closest<HTMLElement>('[data-segment]')
    if (segment && doc.activeElement !== segment) segment.focus({ preventScroll: true })
  })

  doc.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      if (panel?.open) {
        event.preventDefault()
        closePanel()
      } else clear()
      return
    }
    const target = event.target
    if (!(target instanceof HTMLElement) || !target.dataset['segment'] || event.altKey || event.ctrlKey || event.metaKey) return
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp' || event.key === 'Home' || event.key === 'End') {
      const next = move(target, event.key)
      if (next) {
        event.preventDefault()
        next.focus({ preventScroll: true })
        reveal(next)
      }
    } else if (event.key === 'Enter') {
      const first = counterpartsOf(target.dataset['segment'] ?? '').keys().next().value
      if (first) {
        event.preventDefault()
        first.focus({ preventScroll: true })
        reveal(first)
      }
    }
  })

  for (const column of doc.querySelectorAll('.column')) {
    const first = column.querySelector<HTMLElement>('[data-segment]')
    if (first) first.tabIndex = 0
  }
  const target = location.hash ? doc.getElementById(decodeURIComponent(location.hash.slice(1))) : null
  if (target?.dataset['segment']) target.focus()
}

/**
 * The viewer's script as the text of `matn.js`: the `viewer` function above, called once
 * the document is parsed (the page loads it with `defer`). Transpilers that keep function
 * names (esbuild's `keepNames`, used by tsx and vitest) wrap inner functions in a
 * `__name(fn, 'name')` call; the script defines that helper as the identity.
 *
 * @returns JavaScript source.
 */
export function viewerScript(): string {
  return `'use strict';\n(() => {\nconst __name = (target) => target;\n(${viewer.toString()})();\n})();\n`
}
