import { defineConfig } from 'vite';

// Two pages: the README's recipe (index.html) and size.html, which imports only 'tarikh' so that the test can
// measure what the library costs a Vite app, apart from the story's JSON.
export default defineConfig({
  build: { rollupOptions: { input: { main: 'index.html', size: 'size.html' } } },
});
