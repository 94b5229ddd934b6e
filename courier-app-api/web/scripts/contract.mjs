// Writes contract/openapi-courier.json: the couriers' part of the backend's OpenAPI document (only /api/courier/**
// paths and the schemas they reference), pretty-printed with keys in a stable order so a diff shows real changes.
// Usage: start the all-in-one app, then `npm run contract` (TAOSHU_API=http://127.0.0.1:8080 by default).
import { writeFileSync, mkdirSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))
const out = resolve(here, '../../../contract/openapi-courier.json')
const base = process.env.TAOSHU_API ?? 'http://127.0.0.1:8080'

const res = await fetch(`${base}/v3/api-docs`)
if (!res.ok) {
  console.error(`GET ${base}/v3/api-docs answered ${res.status}`)
  process.exit(1)
}
const doc = await res.json()

const paths = Object.fromEntries(Object.entries(doc.paths ?? {}).filter(([p]) => p.startsWith('/api/courier/')))
const schemas = doc.components?.schemas ?? {}
const wanted = new Set()
const visit = (node) => {
  if (Array.isArray(node)) return node.forEach(visit)
  if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if (k === '$ref' && typeof v === 'string' && v.startsWith('#/components/schemas/')) {
        const name = v.slice('#/components/schemas/'.length)
        if (!wanted.has(name)) {
          wanted.add(name)
          visit(schemas[name])
        }
      } else {
        visit(v)
      }
    }
  }
}
visit(paths)

const sorted = (node) => {
  if (Array.isArray(node)) return node.map(sorted)
  if (node && typeof node === 'object') {
    return Object.fromEntries(Object.keys(node).sort().map((k) => [k, sorted(node[k])]))
  }
  return node
}

const contract = sorted({
  openapi: doc.openapi,
  info: { title: 'Taoshu courier API', version: doc.info?.version ?? '' },
  paths,
  components: { schemas: Object.fromEntries([...wanted].map((n) => [n, schemas[n]])) },
})
mkdirSync(dirname(out), { recursive: true })
writeFileSync(out, JSON.stringify(contract, null, 2) + '\n')
console.log(`wrote ${out}: ${Object.keys(paths).length} paths, ${wanted.size} schemas`)
