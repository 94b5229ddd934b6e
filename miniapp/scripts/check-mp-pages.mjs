// After `uni build -p mp-weixin`: the package's app.json must list every page of src/pages.json (those in
// `#ifdef H5` blocks excepted) and every tab, or WeChat DevTools refuses the upload / a page 404s at run time.
import { readFileSync, existsSync } from 'node:fs'
import { join, dirname } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const out = join(root, 'dist', 'build', 'mp-weixin')

/** pages.json as mp-weixin sees it: `#ifdef X` … `#endif` blocks kept only for MP-WEIXIN / MP, comments dropped. */
export function pagesFor(platform, text) {
  const lines = text.split('\n')
  const kept = []
  const stack = []
  for (const line of lines) {
    const m = line.match(/^\s*\/\/\s*#(ifdef|ifndef|endif)\s*(.*)$/)
    if (m) {
      if (m[1] === 'endif') stack.pop()
      else {
        const names = m[2].split('||').map((s) => s.trim())
        const hit = names.some((n) => n === platform || (n === 'MP' && platform.startsWith('MP-')))
        stack.push(m[1] === 'ifdef' ? hit : !hit)
      }
      continue
    }
    if (stack.every(Boolean)) kept.push(line)
  }
  const json = JSON.parse(kept.join('\n').replace(/^\s*\/\/.*$/gm, '').replace(/\[\s*,/g, '[').replace(/,\s*]/g, ']'))
  return json
}

const expected = pagesFor('MP-WEIXIN', readFileSync(join(root, 'src', 'pages.json'), 'utf8'))
if (!existsSync(join(out, 'app.json'))) {
  console.error(`没有 ${out}/app.json：请先运行 uni build -p mp-weixin`)
  process.exit(1)
}
const app = JSON.parse(readFileSync(join(out, 'app.json'), 'utf8'))
const problems = []
for (const p of expected.pages.map((x) => x.path)) {
  if (!app.pages.includes(p)) problems.push(`app.json 缺少页面 ${p}`)
  if (!existsSync(join(out, `${p}.js`)) || !existsSync(join(out, `${p}.wxml`))) problems.push(`缺少页面文件 ${p}.js / .wxml`)
}
for (const t of expected.tabBar?.list ?? []) {
  if (!app.tabBar?.list?.some((x) => x.pagePath === t.pagePath)) problems.push(`app.json 的 tabBar 缺少 ${t.pagePath}`)
}
if (!existsSync(join(out, 'project.config.json'))) problems.push('缺少 project.config.json')
if (problems.length) {
  console.error(problems.join('\n'))
  process.exit(1)
}
console.log(`mp-weixin: app.json lists all ${expected.pages.length} pages and ${expected.tabBar?.list?.length ?? 0} tabs`)
