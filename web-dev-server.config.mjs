import { esbuildPlugin } from '@web/dev-server-esbuild';

// `npm start`: serves the demo from source, TypeScript compiled on the fly, reloading on change.
// The page lives in demo/ and reads its dataset from ./data/, as it does in the built dist/demo/.
export default {
  rootDir: '.',
  open: false,
  watch: true,
  nodeResolve: true,
  hostname: 'localhost',
  port: Number(process.env.PORT || 8000),
  middleware: [
    function demoPaths(context, next) {
      if (context.path === '/' || context.path === '/demo') {
        context.redirect('/demo/');
        return undefined;
      }
      if (context.path.startsWith('/demo/data/')) context.url = context.url.replace('/demo/data/', '/data/');
      return next();
    },
  ],
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json' })],
};
