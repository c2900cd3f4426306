import { fileURLToPath, URL } from 'node:url'
import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vite'

// Built into the Python package and served by `kefu serve` at /console/.
export default defineConfig({
  base: '/console/',
  plugins: [vue()],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  define: { __VUE_OPTIONS_API__: 'false', __VUE_PROD_DEVTOOLS__: 'false' },
  build: {
    outDir: '../kefu/web',
    emptyOutDir: true,
    manifest: true, // bench/web_size.py walks it to measure what each page downloads
    target: 'es2022',
    chunkSizeWarningLimit: 1200,
  },
  server: {
    proxy: {
      '/api': { target: process.env.KEFU_URL ?? 'http://127.0.0.1:8000', ws: true },
      '/files': process.env.KEFU_URL ?? 'http://127.0.0.1:8000',
    },
  },
})
