// Shared code (src/**/*.ts, *.vue) runs in WeChat too, where there is no DOM: browser-only globals are allowed only
// inside `#ifdef H5` … `#endif` blocks (uni-app's conditional compilation). Exit 1 with file:line for each use.
import { readFileSync, readdirSync, statSync } from 'node:fs'
import { join, relative, dirname } from 'node:path'
import { fileURLToPath } from 'node:url'

export const BROWSER_ONLY = ['window', 'document', 'localStorage', 'sessionStorage', 'fetch', 'navigator', 'XMLHttpRequest', 'location']
const USE = new RegExp(`(?<![.\\w$'"<\\/-])(${BROWSER_ONLY.join('|')})\\b(?!\\s*:)`)

/** Problems in one file's text: lines outside H5-only blocks that use a browser-only global. */
export function lintSource(text) {
  const problems = []
  const stack = []
  let inBlockComment = false
  text.split('\n').forEach((raw, i) => {
    const directive = raw.match(/(?:\/\/|\/\*|<!--)\s*#(ifdef|ifndef|endif)\s*([\w\s|-]*)/)
    if (directive) {
      if (directive[1] === 'endif') stack.pop()
      else {
        const names = directive[2].split('||').map((s) => s.trim())
        const h5Only = directive[1] === 'ifdef' && names.length > 0 && names.every((n) => n === 'H5' || n === 'WEB')
        stack.push(h5Only)
      }
      return
    }
    if (stack.some(Boolean)) return
    let line = raw
    if (inBlockComment) {
      const end = line.indexOf('*/')
      if (end < 0) return
      line = line.slice(end + 2)
      inBlockComment = false
    }
    line = line.replace(/\/\*.*?\*\//g, '').replace(/<!--.*?-->/g, '').replace(/(^|[^:])\/\/.*$/, '$1')
    if (line.includes('/*')) {
      inBlockComment = true
      line = line.slice(0, line.indexOf('/*'))
    }
    line = line.replace(/'(?:[^'\\]|\\.)*'|`(?:[^`\\]|\\.)*`/g, "''")
    const m = line.match(USE)
    if (m) problems.push({ line: i + 1, name: m[1] })
  })
  return problems
}

function walk(dir) {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n)
    return statSync(p).isDirectory() ? walk(p) : /\.(ts|vue)$/.test(n) && !n.endsWith('.d.ts') ? [p] : []
  })
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..')
  const found = walk(join(root, 'src')).flatMap((f) =>
    lintSource(readFileSync(f, 'utf8')).map((p) => `${relative(root, f)}:${p.line}: 小程序里没有 ${p.name}（只能写在 #ifdef H5 块里，或改用 uni.* 接口）`))
  if (found.length) {
    console.error(found.join('\n'))
    process.exit(1)
  }
  console.log('lint-platform: no browser-only globals outside #ifdef H5')
}
