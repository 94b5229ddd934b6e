import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'

// Views, components, layouts and stores reach the API only through the per-feature modules in src/api/: no URL literal
// of the admin API outside that folder (tests excepted), so a path changes in one place.
const src = join(__dirname, '..')

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return name === 'api' && dir === src ? [] : files(path)
    return /\.(vue|ts)$/.test(name) && !name.endsWith('.test.ts') ? [path] : []
  })
}

describe('API modules', () => {
  it('leave no /api/admin URL in views, components, layouts or stores', () => {
    const offenders = files(src)
      .filter((f) => readFileSync(f, 'utf8').includes('/api/admin'))
      .map((f) => relative(src, f))
    expect(offenders).toEqual([])
  })
})
