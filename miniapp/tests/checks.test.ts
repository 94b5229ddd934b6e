import { describe, expect, it } from 'vitest'
// @ts-expect-error plain .mjs build script
import { lintSource } from '../scripts/lint-platform.mjs'

describe('lint: browser-only globals in shared code', () => {
  it('flags them outside #ifdef H5 and lets them be inside', () => {
    const src = [
      'const a = window.innerWidth',
      '// #ifdef H5',
      'document.title = "淘书"',
      '// #endif',
      '<!-- #ifdef MP-WEIXIN -->',
      'localStorage.setItem("x", "1")',
      '<!-- #endif -->',
      'const r = await fetch("/api")',
      '// navigator in a comment is fine',
      "const s = 'window in a string'",
      '<navigator url="/pages/x">链接</navigator>',
      'uni.navigateTo({ url })',
    ].join('\n')
    expect(lintSource(src)).toEqual([
      { line: 1, name: 'window' },
      { line: 6, name: 'localStorage' },
      { line: 8, name: 'fetch' },
    ])
  })
})
