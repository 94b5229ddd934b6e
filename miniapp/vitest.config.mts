import { defineConfig } from 'vitest/config'
import { fileURLToPath } from 'node:url'

// unit tests run the plain TypeScript of src/api and src/stores with a fake `uni` global (tests/fake-uni.ts); the uni
// vite plugin is not loaded, so the tests start fast
export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  test: { include: ['tests/**/*.test.ts'], environment: 'node' },
})
