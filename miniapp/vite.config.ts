import { defineConfig } from 'vite'
import uni from '@dcloudio/vite-plugin-uni'

// H5 is served by the all-in-one app under /m/ (see src/manifest.json h5.router.base); `npm run dev:h5` proxies /api to :8080
export default defineConfig({
  plugins: [uni()],
  server: {
    proxy: { '/api': 'http://localhost:8080' },
  },
})
