// The rich text of answers and articles as the server keeps it (kefu/bot/richtext.py,
// nh3): the same tags, attributes and URL schemes, so a preview shows what will be stored.
// The server sanitises again; this is for showing, pasting and checking, not for trust.

const TAGS = new Set([
  'p', 'br', 'div', 'span', 'strong', 'b', 'em', 'i', 'u', 's', 'del', 'sub', 'sup',
  'blockquote', 'code', 'pre', 'ul', 'ol', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'hr', 'a', 'img', 'table', 'thead', 'tbody', 'tr', 'th', 'td',
])
const ATTRIBUTES: Record<string, Set<string>> = {
  a: new Set(['href', 'title']),
  img: new Set(['src', 'alt', 'title', 'width', 'height']),
  td: new Set(['colspan', 'rowspan']),
  th: new Set(['colspan', 'rowspan']),
}
const URL_ATTRIBUTES = new Set(['href', 'src'])
const SCHEMES = new Set(['http:', 'https:', 'mailto:', 'tel:'])
/** Removed with everything inside them, as Ammonia does. */
const DROPPED = new Set(['script', 'style', 'template', 'noscript', 'iframe', 'object', 'embed', 'svg', 'math', 'head', 'title'])
const MARKUP = /<\/?[A-Za-z][A-Za-z0-9]*[\s/>]|&(?:#[0-9]+|#[xX][0-9A-Fa-f]+|[A-Za-z]+);/

/** A value with no tag and no character reference is plain text, as on the server. */
export function isMarkup(value: string): boolean {
  return MARKUP.test(value)
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

export function textToHtml(text: string): string {
  return text.replace(/\r\n?/g, '\n').split('\n').map(escape).join('<br>')
}

function allowedUrl(value: string): boolean {
  const url = value.trim()
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(url)
  return !scheme || SCHEMES.has(`${scheme[1]!.toLowerCase()}:`)
}

function clean(source: Node, target: Node, doc: Document): void {
  for (const child of Array.from(source.childNodes)) {
    if (child.nodeType === Node.TEXT_NODE) {
      target.appendChild(doc.createTextNode(child.textContent ?? ''))
      continue
    }
    if (child.nodeType !== Node.ELEMENT_NODE) continue
    const element = child as Element
    const tag = element.tagName.toLowerCase()
    if (DROPPED.has(tag)) continue
    if (!TAGS.has(tag)) {
      clean(element, target, doc) // unwrapped: its text stays
      continue
    }
    const copy = doc.createElement(tag)
    for (const name of ATTRIBUTES[tag] ?? []) {
      const value = element.getAttribute(name)
      if (value === null || (URL_ATTRIBUTES.has(name) && !allowedUrl(value))) continue
      copy.setAttribute(name, value)
    }
    if (tag === 'a') copy.setAttribute('rel', 'noopener noreferrer')
    clean(element, copy, doc)
    target.appendChild(copy)
  }
}

/** Event-handler attributes renamed before parsing: a parsed document shares the page's
 *  Content-Security-Policy, which reports every inline handler it meets (nothing runs). */
function inert(html: string): string {
  return html.replace(/<[^>]*>/g, (tag) => tag.replace(/(\s)on([a-z]+\s*=)/gi, '$1data-on$2'))
}

function parse(html: string): Document {
  return new DOMParser().parseFromString(`<body>${inert(html)}</body>`, 'text/html')
}

/** The safe HTML of `value` (HTML or plain text), as the server would store it. */
export function sanitise(value: string): string {
  const source = isMarkup(value) ? value : textToHtml(value)
  const parsed = parse(source)
  const out = document.implementation.createHTMLDocument('')
  clean(parsed.body, out.body, out)
  return out.body.innerHTML.trim()
}

const BLOCKS = new Set(['p', 'div', 'blockquote', 'pre', 'ul', 'ol', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'table', 'thead', 'tbody', 'tr'])

/** Sanitised HTML as plain text: blocks and <br> on their own lines, "- " before list
 *  items, a link's address after its text, an image's alt text and address. */
export function htmlToText(html: string): string {
  const doc = parse(html)
  const lines: string[] = []
  let line = ''
  const flush = (hard = false) => {
    const text = line.replace(/[ \t\r\n\f]+/g, ' ').trim()
    if (hard || text) lines.push(text)
    line = ''
  }
  const walk = (node: Node) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === Node.TEXT_NODE) {
        line += child.textContent ?? ''
        continue
      }
      if (child.nodeType !== Node.ELEMENT_NODE) continue
      const element = child as Element
      const tag = element.tagName.toLowerCase()
      if (BLOCKS.has(tag)) flush()
      if (tag === 'br') flush(true)
      else if (tag === 'li') line += '- '
      else if (tag === 'img') {
        const src = element.getAttribute('src') ?? ''
        const alt = (element.getAttribute('alt') ?? '').trim()
        line += alt && src ? `${alt} (${src})` : alt || src
      }
      walk(element)
      if (tag === 'a') {
        const href = element.getAttribute('href') ?? ''
        if (href && href !== (element.textContent ?? '').trim() && !href.startsWith('#')) {
          line += ` (${href.replace(/^mailto:|^tel:/, '')})`
        }
      }
      if (BLOCKS.has(tag)) flush()
    }
  }
  walk(doc.body)
  flush()
  return lines.join('\n').trim()
}

/** Whether anything shows once sanitised: text, or an image or a rule. */
export function shows(value: string): boolean {
  const safe = sanitise(value)
  return htmlToText(safe).trim() !== '' || /<(img|hr)\b/.test(safe)
}

/** The same markup, ignoring what the server adds (link rel) and how it spells it. */
export function sameMarkup(sent: string, stored: string): boolean {
  const normal = (html: string) => {
    const doc = parse(html)
    doc.body.querySelectorAll('a').forEach((a) => a.removeAttribute('rel'))
    return doc.body.innerHTML.trim()
  }
  return normal(isMarkup(sent) ? sent : textToHtml(sent)) === normal(stored)
}
