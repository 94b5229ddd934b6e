/// <reference types="vitest/config" />
import { defineConfig } from 'vite'
import { fileURLToPath } from 'node:url'
import vue from '@vitejs/plugin-vue'

// Built into dist/, which admin-console/pom.xml copies into the jar under static/ (served at /).
// `npm run dev` proxies the API to a locally running app (all-in-one on :8080 by default).
// source shared with the other web app (see web-shared/README.md)
const shared = fileURLToPath(new URL('../../web-shared', import.meta.url))

export default defineConfig({
  resolve: { alias: { '@shared': shared } },
  plugins: [vue()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    rollupOptions: {
      output: {
        manualChunks: {
          'element-plus': ['element-plus'],
        },
      },
    },
  },
  server: {
    fs: { allow: ['.', shared] },
    proxy: { '/api': process.env.TAOSHU_API ?? 'http://127.0.0.1:8080' },
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.ts'],
  },
})
