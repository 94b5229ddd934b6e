// Writes ../contract/openapi-app.json: the reader API (/api/app/**) of a running all-in-one app's /v3/api-docs, with only
// the schemas those paths reference (transitively), keys sorted, pretty-printed, so a change of the API shows as a
// readable diff. The builds turn it into src/api/schema.d.ts (openapi-typescript).
//   node scripts/contract.mjs [baseUrl=http://localhost:8080]
import { writeFileSync, mkdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const base = (process.argv[2] ?? 'http://localhost:8080').replace(/\/+$/, '')
const out = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'contract', 'openapi-app.json')

const res = await fetch(`${base}/v3/api-docs`)
if (!res.ok) {
  console.error(`${base}/v3/api-docs answered ${res.status}`)
  process.exit(1)
}
const docs = await res.json()

export function appContract(docs) {
  const paths = Object.fromEntries(Object.entries(docs.paths ?? {}).filter(([p]) => p.startsWith('/api/app/')))
  const schemas = docs.components?.schemas ?? {}
  const keep = new Set()
  const visit = (node) => {
    if (Array.isArray(node)) return node.forEach(visit)
    if (!node || typeof node !== 'object') return
    for (const [k, v] of Object.entries(node)) {
      if (k === '$ref' && typeof v === 'string' && v.startsWith('#/components/schemas/')) {
        const name = v.slice('#/components/schemas/'.length)
        if (!keep.has(name) && schemas[name]) {
          keep.add(name)
          visit(schemas[name])
        }
      } else {
        visit(v)
      }
    }
  }
  visit(paths)
  const kept = Object.fromEntries([...keep].map((n) => [n, schemas[n]]))
  const contract = {
    openapi: docs.openapi,
    info: { title: '淘书 读者端 API (/api/app/**)', version: docs.info?.version ?? '' },
    paths,
    components: { schemas: kept, ...(docs.components?.securitySchemes ? { securitySchemes: docs.components.securitySchemes } : {}) },
  }
  return sortKeys(contract)
}

// object keys sorted (stable diffs); arrays keep their order (parameters, enums and tags mean something in order)
function sortKeys(node) {
  if (Array.isArray(node)) return node.map(sortKeys)
  if (!node || typeof node !== 'object') return node
  return Object.fromEntries(Object.keys(node).sort().map((k) => [k, sortKeys(node[k])]))
}

mkdirSync(dirname(out), { recursive: true })
writeFileSync(out, `${JSON.stringify(appContract(docs), null, 2)}\n`)
console.log(`wrote ${out}`)
