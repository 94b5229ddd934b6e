/// <reference types="vitest/config" />
import { defineConfig } from 'vite'
import { fileURLToPath } from 'node:url'
import vue from '@vitejs/plugin-vue'
import { VitePWA } from 'vite-plugin-pwa'

// Built into dist/, which courier-app-api/pom.xml copies into the jar under META-INF/resources/courier/: served at
// /courier/ by courier-app-api (which redirects / there) and by all-in-one. `npm run dev` proxies the API to a locally
// running app (all-in-one on :8080 by default).
// Vant's icon font is inlined as woff2; its fallback on at.alicdn.com would be a third-party request the CSP refuses
const vantIconsOffline = {
  name: 'vant-icons-offline',
  transform(code: string, id: string) {
    if (!id.includes('vant') || !id.endsWith('.css')) return null
    return code.replace(/,\s*url\(\/\/at\.alicdn\.com[^)]*\)\s*format\(["']woff["']\)/g, '')
  },
}

// source shared with the other web app (see web-shared/README.md)
const shared = fileURLToPath(new URL('../../web-shared', import.meta.url))

export default defineConfig({
  resolve: { alias: { '@shared': shared } },
  base: '/courier/',
  plugins: [
    vue(),
    vantIconsOffline,
    VitePWA({
      // registerSW.js as a file: the CSP allows scripts from our origin only (no inline script)
      injectRegister: 'script',
      registerType: 'autoUpdate',
      includeAssets: ['icon.svg'],
      manifest: {
        name: '淘书配送',
        short_name: '淘书配送',
        description: '淘书社区图书馆配送员：今日路线、交付、取还',
        lang: 'zh-CN',
        start_url: '/courier/',
        scope: '/courier/',
        display: 'standalone',
        orientation: 'portrait',
        background_color: '#ffffff',
        theme_color: '#0b5cad',
        icons: [
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        // the app shell opens with no signal; the day's route itself is kept by the app (src/offline/routeCache.ts),
        // never by the service worker: API answers carry a courier's token and personal data
        globPatterns: ['**/*.{js,css,html,svg,png,woff2}'],
        navigateFallback: '/courier/index.html',
        navigateFallbackAllowlist: [/^\/courier\//],
        runtimeCaching: [],
      },
    }),
  ],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
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
